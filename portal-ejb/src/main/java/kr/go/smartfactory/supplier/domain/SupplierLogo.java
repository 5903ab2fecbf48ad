package kr.go.smartfactory.supplier.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.NotAudited;

/** The stored logo of one supplier profile (kept apart from the profile so the profile loads without it). */
@Entity
@Table(name = "supplier_logo")
public class SupplierLogo {

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @NotAudited
    @Column(name = "image", nullable = false, length = LogoImage.MAX_BYTES)
    private byte[] image;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SupplierLogo() {
        // JPA
    }

    public SupplierLogo(long supplierId, LogoImage image, Instant now) {
        this.supplierId = supplierId;
        replace(image, now);
    }

    public void replace(LogoImage logo, Instant now) {
        Objects.requireNonNull(logo);
        this.contentType = logo.contentType();
        this.image = logo.bytes();
        this.width = logo.width();
        this.height = logo.height();
        this.updatedAt = now;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getImage() {
        return image.clone();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
