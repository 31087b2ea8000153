/** Parsing and import of the national catalogue, version storage, configuration rules, publication. */
package org.thongsuot.procedures.internal;
