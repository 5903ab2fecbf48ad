package kr.go.smartfactory.supplier.rest;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kr.go.smartfactory.supplier.application.ImportRejected;
import kr.go.smartfactory.supplier.application.ImportReport;
import kr.go.smartfactory.supplier.application.ImportTooLarge;
import kr.go.smartfactory.supplier.application.SupplierImport;

/**
 * Bulk CSV import for staff and administrators (web.xml requires the role; HTTP Basic works for scripts).
 * The body is the CSV file itself (text/csv), UTF-8, at most 20 MB and 20,000 rows, read as it arrives.
 */
@Path("/v1/import")
@Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    private SupplierImport imports;

    @POST
    @Path("/suppliers")
    public ImportReport suppliers(InputStream body) {
        return reading(body, imports::importSuppliers);
    }

    @POST
    @Path("/build-histories")
    public ImportReport buildHistories(InputStream body) {
        return reading(body, imports::importBuildHistories);
    }

    /** Runs an import on the body as it arrives; a refused file is drained so the client gets the report. */
    private static ImportReport reading(InputStream body, java.util.function.Function<Reader, ImportReport> importer) {
        try {
            return importer.apply(utf8(body));
        } catch (ImportRejected refused) {
            drain(body);
            throw refused;
        }
    }

    /**
     * Reads (and drops) what the client is still sending, up to 8 MB more, so it gets the report instead of a
     * connection reset in the middle of its upload.
     */
    static void drain(InputStream body) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long left = 8L * 1024 * 1024;
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException gone) {
            // the client stopped sending: nothing to drain
        }
    }

    /**
     * The body as UTF-8 text, read as the import parses it: a byte that is not UTF-8 or the byte after
     * {@link #MAX_BYTES} stops the import with its message (the file is never held whole in memory).
     */
    static Reader utf8(InputStream body) {
        InputStream bounded = new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > MAX_BYTES) {
                    throw new ImportTooLarge("20 MB");
                }
            }
        };
        return new BufferedReader(new InputStreamReader(bounded, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
    }
}
