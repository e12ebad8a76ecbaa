package org.gridlink.reports;

/** A timeline entry was written (inside the transaction that wrote it). */
record TimelineWritten(long reportId, long eventId) {}
