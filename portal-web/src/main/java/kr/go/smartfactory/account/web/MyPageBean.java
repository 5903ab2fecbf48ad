package kr.go.smartfactory.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.account.application.CompanyService;
import kr.go.smartfactory.account.application.CompanyService.MyPage;

@Named
@RequestScoped
public class MyPageBean {

    @Inject
    private CompanyService companies;

    private MyPage page;

    public MyPage getPage() {
        if (page == null) {
            page = companies.myPage();
        }
        return page;
    }
}
