/** Receipt, numbering, the status machine, storage of dossiers and their files, the demo setup. */
package org.thongsuot.dossiers.internal;
