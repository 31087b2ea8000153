/** Recording, sealing and verifying audit entries; not part of the module's API. */
package org.thongsuot.audit.internal;
