/** The dossiers' REST API and who may call it. */
package org.thongsuot.dossiers.web;
