package kr.go.smartfactory.supplier.application;

import java.io.IOException;

/** Thrown by an import's input stream once the file is over its byte limit; the import reports it on line 0. */
public class ImportTooLarge extends IOException {

    private static final long serialVersionUID = 1L;
    private final String limit;

    public ImportTooLarge(String limit) {
        super("over " + limit);
        this.limit = limit;
    }

    /** The limit as the message shows it ("20 MB"). */
    public String limit() {
        return limit;
    }
}
