package kr.go.smartfactory.program.domain;

/**
 * 지원사업 유형: the kinds of programme round. The type names the round; what it allows (levels, cap, shares,
 * periods) is data on each {@link Announcement}'s {@link GrantRules}, because the rules change every year.
 */
public enum ProgramType {
    /** 기초: a first smart-factory build. */
    BASIC,
    /** 고도화1: upgrading to 중간1/중간2. */
    ADVANCED_1,
    /** 고도화2: upgrading to 중간2/고도. */
    ADVANCED_2,
    /** 5G+AI 스마트공장. */
    FIVE_G_AI,
    /** K-스마트등대공장. */
    LIGHTHOUSE,
    /** 상생형: with a large company's contribution. */
    WIN_WIN,
    /** 동일수준 재신청: a second build at the same level. */
    REAPPLICATION
}
