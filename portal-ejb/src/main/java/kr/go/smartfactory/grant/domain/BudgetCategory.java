package kr.go.smartfactory.grant.domain;

/** 사업비 비목. */
public enum BudgetCategory {
    SOFTWARE, HARDWARE, CONSULTING, OTHER
}
