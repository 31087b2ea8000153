/** The search index and its updates, Vietnamese text folding, the centres' storage. */
package org.thongsuot.portal.internal;
