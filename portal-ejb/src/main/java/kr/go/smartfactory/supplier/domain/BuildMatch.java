package kr.go.smartfactory.supplier.domain;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * What a verified build must show to match an SME's {@link MatchingProfile}: a client of the same industry
 * (KSIC division) and region, taken from a level at or below the SME's current one ({@code levelsBefore}) to
 * one at or above its target ({@code levelsAfter}), with one of the wanted solutions (any, if none wanted).
 */
public record BuildMatch(String industry, Region region, Set<SmartLevel> levelsBefore, Set<SmartLevel> levelsAfter,
        Set<String> solutions) {

    public BuildMatch {
        levelsBefore = Set.copyOf(levelsBefore);
        levelsAfter = Set.copyOf(levelsAfter);
        solutions = Set.copyOf(solutions);
    }

    /** The wanted solutions with everything under them in the classification (AI, or SW.OPS with its MES, ERP, …). */
    public Set<String> solutionsWithDescendants(Map<String, Speciality> classification) {
        Set<String> codes = new TreeSet<>();
        for (String wanted : solutions) {
            classification.keySet().stream().filter(c -> c.equals(wanted) || c.startsWith(wanted + ".")).forEach(codes::add);
        }
        return codes;
    }

    /** How well one supplier's verified builds match, as counted by the database. */
    public record Counts(long regionAndAll, long all, long industryAndSolution, long industry, long solution, long verified) {

        /** The best kind of match this supplier has, and how many builds show it. */
        public Tier tier() {
            if (regionAndAll > 0) {
                return Tier.REGION_INDUSTRY_SOLUTION_LEVEL;
            } else if (all > 0) {
                return Tier.INDUSTRY_SOLUTION_LEVEL;
            } else if (industryAndSolution > 0) {
                return Tier.INDUSTRY_SOLUTION;
            } else if (industry > 0) {
                return Tier.INDUSTRY;
            }
            return Tier.SOLUTION;
        }

        public long count() {
            return switch (tier()) {
                case REGION_INDUSTRY_SOLUTION_LEVEL -> regionAndAll;
                case INDUSTRY_SOLUTION_LEVEL -> all;
                case INDUSTRY_SOLUTION -> industryAndSolution;
                case INDUSTRY -> industry;
                case SOLUTION -> solution;
            };
        }
    }

    /** Kinds of match, best first: suppliers rank by the first, then the next, and so on. */
    public enum Tier {
        REGION_INDUSTRY_SOLUTION_LEVEL, INDUSTRY_SOLUTION_LEVEL, INDUSTRY_SOLUTION, INDUSTRY, SOLUTION
    }
}
