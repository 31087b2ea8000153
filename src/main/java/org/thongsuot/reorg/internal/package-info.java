/** The cut-over engine's internals: plan storage and building, dry run, runner, scheduler, verification. */
package org.thongsuot.reorg.internal;
