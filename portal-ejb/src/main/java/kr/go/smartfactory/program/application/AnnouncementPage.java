package kr.go.smartfactory.program.application;

import java.util.List;

/** One page of a public announcement list: the total, the page asked for and its rows. */
public record AnnouncementPage(long total, int page, int size, List<AnnouncementSummary> items) {
}
