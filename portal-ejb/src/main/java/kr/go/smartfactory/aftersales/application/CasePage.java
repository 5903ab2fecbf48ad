package kr.go.smartfactory.aftersales.application;

import java.util.List;

/** A page of knowledge-base cases and how many match in all. */
public record CasePage(List<CaseView> cases, long total) {
}
