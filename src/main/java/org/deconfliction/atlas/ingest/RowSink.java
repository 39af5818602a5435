package org.deconfliction.atlas.ingest;

/** Where a streaming reader hands each row as soon as it is read: a candidate incident or a rejection. */
interface RowSink {

    void accept(ImportRow row);

    void reject(Rejection rejection);
}
