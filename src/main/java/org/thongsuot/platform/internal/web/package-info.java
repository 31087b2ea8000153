/** Web plumbing shared by all modules: problem details, languages, the page layout's model. */
package org.thongsuot.platform.internal.web;
