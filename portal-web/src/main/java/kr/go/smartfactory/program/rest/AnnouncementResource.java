package kr.go.smartfactory.program.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import kr.go.smartfactory.attachment.rest.AttachmentResource;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.application.AnnouncementCatalog;
import kr.go.smartfactory.program.application.AnnouncementPage;
import kr.go.smartfactory.program.application.AnnouncementSummary;
import kr.go.smartfactory.program.application.AnnouncementView;
import kr.go.smartfactory.program.domain.AnnouncementFilter;
import kr.go.smartfactory.program.domain.AnnouncementPhase;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.web.rest.QueryParams;

/**
 * The public announcement API (no sign-in): published announcements with their rules, their documents, and the
 * deadlines as an iCalendar feed that calendar programs subscribe to. Documented in openapi.yaml.
 */
@Path("/v1/announcements")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementResource {

    private static final DateTimeFormatter ICAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    private AnnouncementCatalog catalog;

    /**
     * {@code phase} UPCOMING, OPEN or CLOSED; {@code type} a programme type; {@code region} a region code (the
     * announcements its companies may apply to, nationwide ones included); {@code q} words of the title;
     * {@code page} from 0, {@code size} 1–50. A wrong value answers a JSON 400 naming the parameter.
     */
    @GET
    public AnnouncementPage list(@QueryParam("phase") String phase, @QueryParam("type") String type,
            @QueryParam("region") String region, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AnnouncementPhase p = QueryParams.enumValue("phase", phase, AnnouncementPhase.class, v -> v != AnnouncementPhase.DRAFT);
        int rows = QueryParams.integer("size", size, 1, AnnouncementCatalog.MAX_SIZE, 20);
        return catalog.page(new AnnouncementFilter(p, QueryParams.enumValue("type", type, ProgramType.class),
                QueryParams.enumValue("region", region, Region.class), QueryParams.text("q", q, 200)),
                QueryParams.integer("page", page, 0, AnnouncementCatalog.MAX_ROWS / rows - 1, 0), rows);
    }

    @GET
    @Path("/{id:[0-9]+}")
    public AnnouncementView announcement(@PathParam("id") long id) {
        return catalog.announcement(id).orElseThrow(NotFoundException::new);
    }

    /** A document published with the announcement (공고문, forms): anyone may download it. */
    @GET
    @Path("/{id:[0-9]+}/documents/{document:[0-9]+}")
    public Response document(@PathParam("id") long id, @PathParam("document") long document) {
        return AttachmentResource.send(catalog.document(id, document).orElseThrow(NotFoundException::new), "public, max-age=3600");
    }

    /** Every published deadline from 90 days ago on, as iCalendar (RFC 5545) events on the deadline. */
    @GET
    @Path("/deadlines.ics")
    @Produces("text/calendar; charset=UTF-8")
    public String deadlines(@Context UriInfo uri) {
        String base = uri.getBaseUri().resolve("..").toString().replaceAll("/$", "");
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Smart Factory 1st Street//Announcements//KO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text("스마트공장 지원사업 공고 마감"));
        String stamp = ICAL_TIME.format(Instant.now());
        for (AnnouncementSummary a : catalog.deadlines()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:announcement-" + a.id() + "-deadline@smartfactory.kr");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + ICAL_TIME.format(a.closesAt()));
            line(ics, "DTEND:" + ICAL_TIME.format(a.closesAt()));
            line(ics, "SUMMARY:" + text("[마감] " + a.title()));
            line(ics, "URL:" + base + "/announcements/view.xhtml?id=" + a.id());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newlines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "");
    }

    /** RFC 5545 3.1: lines end in CRLF and fold at 75 octets (never inside a UTF-8 character). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
