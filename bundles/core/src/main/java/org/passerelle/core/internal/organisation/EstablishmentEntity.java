package org.passerelle.core.internal.organisation;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** An establishment; logo and stamp images appear on its documents. */
@Entity
@Table(name = "ESTABLISHMENT")
public class EstablishmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "UAI", nullable = false, unique = true, length = 8)
    private String uai;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "ADDRESS", length = 500)
    private String address;

    @Column(name = "CONTACT_EMAIL", length = 254)
    private String contactEmail;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    /** One of TimeZones.SELECTABLE. */
    @Column(name = "TIME_ZONE", nullable = false, length = 40)
    private String timeZone = org.passerelle.core.organisation.TimeZones.DEFAULT;

    @Column(name = "LOGO")
    private byte[] logo;

    @Column(name = "LOGO_TYPE", length = 40)
    private String logoType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "STAMP")
    private byte[] stamp;

    @Column(name = "STAMP_TYPE", length = 40)
    private String stampType;

    @Version
    @Column(name = "OPT_LOCK")
    private int version;

    protected EstablishmentEntity() {
    }

    public EstablishmentEntity(String uai, String name, String address, String contactEmail) {
        update(uai, name, address, contactEmail);
    }

    public final void update(String newUai, String newName, String newAddress, String newContactEmail) {
        this.uai = newUai;
        this.name = newName;
        this.address = newAddress;
        this.contactEmail = newContactEmail;
    }

    /** kind is "logo" or "stamp". */
    public void image(String kind, byte[] bytes, String contentType) {
        if ("logo".equals(kind)) {
            this.logo = bytes;
            this.logoType = contentType;
        } else {
            this.stamp = bytes;
            this.stampType = contentType;
        }
    }

    public byte[] imageBytes(String kind) {
        return "logo".equals(kind) ? logo : stamp;
    }

    public String imageType(String kind) {
        return "logo".equals(kind) ? logoType : stampType;
    }

    public long id() {
        return id;
    }

    public String uai() {
        return uai;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String timeZone() {
        return timeZone;
    }

    public void changeTimeZone(String newTimeZone) {
        this.timeZone = newTimeZone;
    }

    public int version() {
        return version;
    }
}
