package kr.go.smartfactory.supplier.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.SpecialityAdministration;
import kr.go.smartfactory.supplier.application.SpecialityAdministration.Node;
import kr.go.smartfactory.web.support.Actions;

/** admin/specialities.xhtml: an administrator keeps the solution classification. */
@Named
@ViewScoped
public class SpecialityAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SpecialityAdministration administration;

    private transient List<Node> tree;
    private String code;
    private String nameKo;
    private String nameEn;
    private int sortOrder;
    private String newParent;
    private String newSegment;
    private String newNameKo;
    private String newNameEn;

    public List<Node> getTree() {
        if (tree == null) {
            tree = administration.tree();
        }
        return tree;
    }

    public void edit(Node node) {
        code = node.code();
        nameKo = node.nameKo();
        nameEn = node.nameEn();
        sortOrder = node.sortOrder();
    }

    public void save() {
        run(() -> administration.rename(code, nameKo, nameEn, sortOrder), "specialities.saved");
    }

    public void add() {
        run(() -> administration.add(newParent, newSegment == null ? null : newSegment.strip().toUpperCase(java.util.Locale.ROOT),
                newNameKo, newNameEn), "specialities.added");
        newSegment = null;
        newNameKo = null;
        newNameEn = null;
    }

    public void remove(String removed) {
        run(() -> administration.remove(removed), "specialities.removed");
    }

    private void run(Runnable action, String doneKey) {
        if (Actions.run(action, doneKey)) {
            tree = null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getNewParent() {
        return newParent;
    }

    public void setNewParent(String newParent) {
        this.newParent = newParent;
    }

    public String getNewSegment() {
        return newSegment;
    }

    public void setNewSegment(String newSegment) {
        this.newSegment = newSegment;
    }

    public String getNewNameKo() {
        return newNameKo;
    }

    public void setNewNameKo(String newNameKo) {
        this.newNameKo = newNameKo;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }
}
