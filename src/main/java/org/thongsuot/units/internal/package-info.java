/** Storage, queries, Vietnamese name folding and the reference-data loader of the units module. */
package org.thongsuot.units.internal;
