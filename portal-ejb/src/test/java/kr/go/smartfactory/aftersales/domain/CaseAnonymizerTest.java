package kr.go.smartfactory.aftersales.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a published case may not hold: names of the request's companies and people, and identifying numbers. */
class CaseAnonymizerTest {

    private static final CaseAnonymizer ANONYMIZER = new CaseAnonymizer(List.of("(주)한빛정밀", "스마트솔루션(주)"), List.of("박제조", "김 공급"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "(주)한빛정밀 2공장 사출기 오류 | [기업명] 2공장 사출기 오류",
            "한빛정밀 공장에서 발생 | [기업명] 공장에서 발생",
            "주식회사 한빛정밀 담당자 | [기업명] 담당자",
            "스마트솔루션(주)에서 패치 배포 | [기업명]에서 패치 배포",
            "박제조 과장님 확인 부탁 | [담당자] 과장님 확인 부탁",
            "김 공급 / 김공급 책임 | [담당자] / [담당자] 책임",
            "연락처 010-1234-5678 | 연락처 [전화번호]",
            "연락처 01012345678 | 연락처 [전화번호]",
            "대표번호 1588-1234 | 대표번호 [전화번호]",
            "사무실 02.555.1234 | 사무실 [전화번호]",
            "공장 055 123 4567 | 공장 [전화번호]",
            "메일 park.jejo@hanbit.co.kr 로 | 메일 [이메일] 로",
            "사업자 130-81-23453 | 사업자 [번호]",
            "사업자 1308123453 | 사업자 [번호]",
            "주민 800101-1234567 | 주민 [번호]",
            "접수번호 AS-2026-000012 참조 | 접수번호 [번호] 참조",
            "협약 SF-2025-000003 | 협약 [번호]",
            // thirteen digits read as a resident number whatever they are: privacy first, staff rewrite a barcode
            "바코드 8801234567890 | 바코드 [번호]",
    })
    void scrubsNamesAndNumbers(String text, String expected) {
        assertEquals(expected, ANONYMIZER.scrub(text));
        assertTrue(ANONYMIZER.finds(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MES 실적 집계 화면에서 같은 실적이 두 번 합산됨",
            "버전 2.3.1 패치 후 해결, 재시작 3회",
            "사출기 6대, 2025년 12월 설치",
            "[기업명]의 [담당자]에게 [전화번호]로 안내",
            "온도 센서 값 120 이상에서 경보",
            "오류 코드 E-1024, 포트 8080",
    })
    void leavesWhatNamesNobody(String text) {
        assertEquals(text, ANONYMIZER.scrub(text));
        assertFalse(ANONYMIZER.finds(text));
    }

    @Test
    void aBlankOrMissingNameIsIgnoredAndTheLongestNameGoesFirst() {
        CaseAnonymizer a = new CaseAnonymizer(java.util.Arrays.asList(null, " ", "한빛", "한빛정밀"), List.of());
        assertEquals("[기업명] 사출", a.scrub("한빛정밀 사출"));
        assertEquals("[기업명] 사출", a.scrub("한빛 사출"));
        assertFalse(a.finds(null));
    }
}
