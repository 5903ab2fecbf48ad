package kr.go.smartfactory.attachment.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import kr.go.smartfactory.attachment.application.Attachments;

/**
 * {@code GET /api/v1/attachments/{id}}: an uploaded file, to someone allowed to read it (the service decides:
 * 403 otherwise). Always a download ({@code Content-Disposition: attachment}) with the type its content proved,
 * {@code nosniff} and a sandboxing CSP, so a browser never renders it as a page of the portal.
 */
@Path("/v1/attachments")
public class AttachmentResource {

    @Inject
    private Attachments attachments;

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") long id) {
        return send(attachments.open(id), "private, no-store");
    }

    /** A file as a download, with the headers every file of the portal goes out with. */
    public static Response send(Attachments.Download d, String cacheControl) {
        StreamingOutput body = out -> Files.copy(d.file(), out);
        return Response.ok(body, d.contentType())
                .header("Content-Disposition", disposition(d.name()))
                .header("Content-Length", d.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", cacheControl)
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(d.sha256())))
                .build();
    }

    /** attachment; filename="ascii fallback"; filename*=UTF-8''the%20real%20name (RFC 6266). */
    public static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
