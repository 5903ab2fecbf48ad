package kr.go.smartfactory.supplier.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kr.go.smartfactory.supplier.application.ImportRejected;
import kr.go.smartfactory.supplier.application.ImportReport;
import kr.go.smartfactory.supplier.application.SupplierImport;

/**
 * Bulk CSV import for staff and administrators (web.xml requires the role; HTTP Basic works for scripts).
 * The body is the CSV file itself, UTF-8, at most 20 MB.
 */
@Path("/v1/import")
@Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    private SupplierImport imports;

    @POST
    @Path("/suppliers")
    public ImportReport suppliers(InputStream body) throws IOException {
        return imports.importSuppliers(utf8(body));
    }

    @POST
    @Path("/build-histories")
    public ImportReport buildHistories(InputStream body) throws IOException {
        return imports.importBuildHistories(utf8(body));
    }

    /** The whole body as UTF-8 text; a file too large or not UTF-8 is refused before anything is parsed. */
    static String utf8(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ImportRejected(List.of(new ImportRejected.LineError(0, "import.tooLarge", List.of("20 MB"))));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejected(List.of(new ImportRejected.LineError(0, "import.notUtf8", List.of())));
        }
    }
}
