<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ctlv::CatalogCoverage</name>
    <message>
        <source>a Certificate Trust List, but not a security catalog</source>
        <translation>eine Zertifikatvertrauensliste, aber kein Sicherheitskatalog</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogFilesDialog</name>
    <message>
        <source>Check files against this catalog</source>
        <translation>Dateien gegen diesen Katalog prüfen</translation>
    </message>
    <message>
        <source>Add files or folders, or drop them here. Each file is hashed as Windows does (the Authenticode image hash of a PE file, the hash of every byte otherwise) and looked up among the catalog's members by hash, never by name.</source>
        <translation>Fügen Sie Dateien oder Ordner hinzu oder ziehen Sie sie hierher. Jede Datei wird so gehasht, wie Windows es tut (der Authenticode-Image-Hash einer PE-Datei, sonst der Hash über alle Bytes), und unter den Elementen des Katalogs nach ihrem Hash gesucht, nie nach ihrem Namen.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) covered</source>
        <translation>
            <numerusform>%1 von %n Datei abgedeckt</numerusform>
            <numerusform>%1 von %n Dateien abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>hashing…</source>
        <translation>wird gehasht…</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>Zu prüfende Dateien</translation>
    </message>
    <message>
        <source>Folder to check</source>
        <translation>Zu prüfender Ordner</translation>
    </message>
    <message>
        <source>Open a security catalog (.cat) first: the current tab holds none.</source>
        <translation>Öffnen Sie zuerst einen Sicherheitskatalog (.cat): der aktuelle Tab enthält keinen.</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogMemberModel</name>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name (File)</source>
        <translation>Name (Datei)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Deckt ab</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogMembers</name>
    <message>
        <source>%1 does not decode: %2</source>
        <translation>%1 lässt sich nicht dekodieren: %2</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogText</name>
    <message>
        <source>any purpose</source>
        <translation>jeder Zweck</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Meets no Windows driver-signing policy: no intact, trusted and authorised signature.</source>
        <translation>Erfüllt keine Treibersignaturrichtlinie von Windows: keine intakte, vertrauenswürdige und berechtigte Signatur.</translation>
    </message>
    <message>
        <source>PE image</source>
        <translation>PE-Image</translation>
    </message>
    <message>
        <source>Flat file</source>
        <translation>Flache Datei</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Signer is authorised to sign catalogs</source>
        <translation>Signaturgeber ist berechtigt, Kataloge zu signieren</translation>
    </message>
    <message>
        <source>Signer is not authorised to sign catalogs</source>
        <translation>Signaturgeber ist nicht berechtigt, Kataloge zu signieren</translation>
    </message>
    <message>
        <source>Windows' Security Catalog dialog: "This digital signature is OK."</source>
        <translation>Sicherheitskatalog-Dialog von Windows: „Diese digitale Signatur ist gültig.“</translation>
    </message>
    <message>
        <source>Windows' Security Catalog dialog would not call the signature OK</source>
        <translation>Der Sicherheitskatalog-Dialog von Windows würde die Signatur nicht als gültig bezeichnen</translation>
    </message>
    <message>
        <source>Driver policy: Microsoft-signed</source>
        <translation>Treiberrichtlinie: von Microsoft signiert</translation>
    </message>
    <message>
        <source>Driver policy: vendor-signed</source>
        <translation>Treiberrichtlinie: vom Hersteller signiert</translation>
    </message>
    <message>
        <source>Driver policy: none</source>
        <translation>Treiberrichtlinie: keine</translation>
    </message>
    <message>
        <source>No trusted timestamp: judged today</source>
        <translation>Kein vertrauenswürdiger Zeitstempel: zum heutigen Tag beurteilt</translation>
    </message>
    <message>
        <source>A security catalog must be signed for code signing (1.3.6.1.5.5.7.3.3) or one of Microsoft's driver purposes, through every certificate of the chain. The signer's effective purposes: %1.</source>
        <translation>Ein Sicherheitskatalog muss für Codesignatur (1.3.6.1.5.5.7.3.3) oder einen der Treiberzwecke von Microsoft signiert sein, und zwar durch jedes Zertifikat der Kette. Die wirksamen Zwecke des Signaturgebers: %1.</translation>
    </message>
    <message>
        <source>A security catalog must be signed for code signing (1.3.6.1.5.5.7.3.3) or one of Microsoft's driver purposes (Windows Hardware Driver Verification 1.3.6.1.4.1.311.10.3.5, its attested and extended forms, Windows System Component Verification). The signer's chain allows only: %1. Windows does not accept this catalog for the files it lists.</source>
        <translation>Ein Sicherheitskatalog muss für Codesignatur (1.3.6.1.5.5.7.3.3) oder einen der Treiberzwecke von Microsoft signiert sein (Windows-Hardwaretreiberüberprüfung 1.3.6.1.4.1.311.10.3.5, ihre attestierte und erweiterte Form, Windows-Systemkomponentenüberprüfung). Die Kette des Signaturgebers erlaubt nur: %1. Windows akzeptiert diesen Katalog nicht für die Dateien, die er aufführt.</translation>
    </message>
    <message>
        <source>Windows shows catalogs in its Security Catalog dialog (not the Certificate Trust List dialog): the signature details of %1 would read "This digital signature is OK." That dialog has no trust-list purpose check.</source>
        <translation>Windows zeigt Kataloge in seinem Sicherheitskatalog-Dialog (nicht im Dialog für Zertifikatvertrauenslisten): die Signaturdetails von %1 würden „Diese digitale Signatur ist gültig.“ lauten. Dieser Dialog prüft keinen Vertrauenslisten-Zweck.</translation>
    </message>
    <message>
        <source>Windows shows catalogs in its Security Catalog dialog: its signature details would not read "This digital signature is OK."; the other findings say why.</source>
        <translation>Windows zeigt Kataloge in seinem Sicherheitskatalog-Dialog: dessen Signaturdetails würden nicht „Diese digitale Signatur ist gültig.“ lauten; die anderen Befunde sagen, warum.</translation>
    </message>
    <message>
        <source>Certificates were checked as of today, %1: the catalog carries no timestamp from a trusted time-stamping authority, and under Authenticode an untimestamped signature counts only while its certificates are valid.</source>
        <translation>Die Zertifikate wurden zum heutigen Tag geprüft, %1: der Katalog trägt keinen Zeitstempel einer vertrauenswürdigen Zeitstempelstelle, und unter Authenticode zählt eine Signatur ohne Zeitstempel nur, solange ihre Zertifikate gültig sind.</translation>
    </message>
    <message>
        <source>Signed by Microsoft through the Windows Hardware Dev Center (Windows Hardware Compatibility Publisher: driver verification or attestation, chaining to a Microsoft root): what new installations of Windows 10, version 1607 and later require of new kernel-mode drivers when Secure Boot is on.</source>
        <translation>Von Microsoft über das Windows Hardware Dev Center signiert (Windows Hardware Compatibility Publisher: Treiberüberprüfung oder Attestierung, mit Kette zu einem Microsoft-Stammzertifikat): was Neuinstallationen von Windows 10 ab Version 1607 bei aktiviertem Secure Boot von neuen Kernelmodustreibern verlangen.</translation>
    </message>
    <message>
        <source>Signed by the vendor under Authenticode (code signing, chaining to a trusted root): accepted for user-mode files and by older Windows, but not for new kernel-mode drivers on new installations of Windows 10, version 1607 and later with Secure Boot on (Microsoft still allows cross-signed drivers on upgraded PCs, with Secure Boot off, and from certificates issued before 29 July 2015).</source>
        <translation>Vom Hersteller unter Authenticode signiert (Codesignatur, mit Kette zu einem vertrauenswürdigen Stammzertifikat): akzeptiert für Dateien im Benutzermodus und von älteren Windows-Versionen, aber nicht für neue Kernelmodustreiber auf Neuinstallationen von Windows 10 ab Version 1607 mit aktiviertem Secure Boot (Microsoft lässt kreuzsignierte Treiber weiterhin zu auf aktualisierten PCs, bei deaktiviertem Secure Boot und mit Zertifikaten, die vor dem 29. Juli 2015 ausgestellt wurden).</translation>
    </message>
    <message>
        <source>%1, %2 twin of #%3</source>
        <extracomment>%1 is what the hash covers ("PE image"), %2 the twin's hash algorithm ("SHA-1"), %3 the number of the member (as in the entries table's # column) that describes the same file with SPC_INDIRECT_DATA.</extracomment>
        <translation>%1, %2-Zwilling von #%3</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateCheck</name>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>not a readable X.509 certificate: %1</source>
        <translation>kein lesbares X.509-Zertifikat: %1</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>Kette</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateInfo</name>
    <message>
        <source>not a readable X.509 certificate</source>
        <translation>kein lesbares X.509-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateSourceWriter</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>Certificate source: %1, %n certificate(s)</source>
        <translation>
            <numerusform>Zertifikatquelle: %1, %n Zertifikat</numerusform>
            <numerusform>Zertifikatquelle: %1, %n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>List in %1\%2 (%3 bytes), LastSyncTime %4</source>
        <translation>Liste in %1\%2 (%3 Bytes), LastSyncTime %4</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>  Certificate</source>
        <translation>  Zertifikat</translation>
    </message>
    <message>
        <source>missing (not in the certificate sources)</source>
        <translation>fehlt (nicht in den Zertifikatquellen)</translation>
    </message>
    <message>
        <source>expires %1, %2 %3, from %4</source>
        <translation>läuft ab %1, %2 %3, aus %4</translation>
    </message>
    <message>
        <source>SHA-256 MISMATCH: the certificate's SHA-256 is %1</source>
        <translation>SHA-256 WEICHT AB: das SHA-256 des Zertifikats ist %1</translation>
    </message>
    <message>
        <source>Certificate sources</source>
        <translation>Zertifikatquellen</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries matched, %2 without a certificate, %3 with a SHA-256 mismatch; %4 duplicate certificates ignored</source>
        <translation>%1 Einträge verknüpft, %2 ohne Zertifikat, %3 mit abweichendem SHA-256; %4 doppelte Zertifikate übergangen</translation>
    </message>
    <message>
        <source>Not in this list</source>
        <translation>Nicht in dieser Liste</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateSources</name>
    <message>
        <source>the PEM header at offset %1 is not closed by "-----"</source>
        <translation>der PEM-Kopf bei Offset %1 wird nicht mit „-----“ geschlossen</translation>
    </message>
    <message>
        <source>the PEM block "%1" at offset %2 has no END line; the file is truncated</source>
        <translation>der PEM-Block „%1“ bei Offset %2 hat keine END-Zeile; die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the PEM block "%1" at offset %2 is not valid base64</source>
        <translation>der PEM-Block „%1“ bei Offset %2 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the certificate at offset %1 is not built as an X.509 certificate</source>
        <translation>das Zertifikat bei Offset %1 ist nicht als X.509-Zertifikat aufgebaut</translation>
    </message>
    <message>
        <source>the PKCS7 block at offset %1 is not a PKCS #7 signed message</source>
        <translation>der PKCS7-Block bei Offset %1 ist keine signierte PKCS-#7-Nachricht</translation>
    </message>
    <message>
        <source>%1: skipped the PEM block "%2" at offset %3 (not a certificate)</source>
        <translation>%1: PEM-Block „%2“ bei Offset %3 übersprungen (kein Zertifikat)</translation>
    </message>
    <message>
        <source>more than %1 certificates</source>
        <translation>mehr als %1 Zertifikate</translation>
    </message>
    <message>
        <source>the PEM file holds no CERTIFICATE or PKCS7 block</source>
        <translation>die PEM-Datei enthält keinen CERTIFICATE- oder PKCS7-Block</translation>
    </message>
    <message>
        <source>%1: the key %2 is named after another SHA-1 than its certificate's (%3)</source>
        <translation>%1: der Schlüssel %2 ist nach einem anderen SHA-1 benannt als dem seines Zertifikats (%3)</translation>
    </message>
    <message>
        <source>the folder holds more than %1 files</source>
        <translation>der Ordner enthält mehr als %1 Dateien</translation>
    </message>
    <message>
        <source>%1: the folder holds no certificate</source>
        <translation>%1: der Ordner enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>the store ends inside an element header at offset %1 (%2 of 12 bytes)</source>
        <translation>der Speicher endet in einem Elementkopf bei Offset %1 (%2 von 12 Bytes)</translation>
    </message>
    <message>
        <source>the end marker at offset %1 is not twelve zero bytes</source>
        <translation>die Endmarke bei Offset %1 besteht nicht aus zwölf Nullbytes</translation>
    </message>
    <message>
        <source>the element at offset %1 has the id %2; ids go up to 65535</source>
        <translation>das Element bei Offset %1 hat die ID %2; IDs reichen bis 65535</translation>
    </message>
    <message>
        <source>the element at offset %1 (id %2) has the encoding type %3; a store uses 1 (X.509 ASN.1)</source>
        <translation>das Element bei Offset %1 (ID %2) hat den Kodierungstyp %3; ein Speicher verwendet 1 (X.509 ASN.1)</translation>
    </message>
    <message>
        <source>the element at offset %1 (id %2) says it is %3 bytes long, more than the %4 bytes an element may take</source>
        <translation>das Element bei Offset %1 (ID %2) gibt %3 Bytes Länge an, mehr als die %4 Bytes, die ein Element haben darf</translation>
    </message>
    <message>
        <source>the element at offset %1 (id %2) says it is %3 bytes long, but only %4 bytes follow; the store is truncated</source>
        <translation>das Element bei Offset %1 (ID %2) gibt %3 Bytes Länge an, aber nur %4 Bytes folgen; der Speicher ist abgeschnitten</translation>
    </message>
    <message>
        <source>the certificate element at offset %1 holds no readable certificate</source>
        <translation>das Zertifikatelement bei Offset %1 enthält kein lesbares Zertifikat</translation>
    </message>
    <message>
        <source>more than 4096 properties before a certificate</source>
        <translation>mehr als 4096 Eigenschaften vor einem Zertifikat</translation>
    </message>
    <message>
        <source>the properties from offset %1 on belong to no certificate: the store ends before it</source>
        <translation>die Eigenschaften ab Offset %1 gehören zu keinem Zertifikat: der Speicher endet davor</translation>
    </message>
    <message>
        <source>the store has no end marker; it is truncated at offset %1</source>
        <translation>der Speicher hat keine Endmarke; er ist bei Offset %1 abgeschnitten</translation>
    </message>
    <message>
        <source>%1 bytes follow the end marker, from offset %2 on</source>
        <translation>%1 Bytes folgen auf die Endmarke, ab Offset %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: the SHA-1 property at offset %2 says %3, but the certificate's SHA-1 is %4</source>
        <translation>%1: die SHA-1-Eigenschaft bei Offset %2 lautet %3, aber das SHA-1 des Zertifikats ist %4</translation>
    </message>
    <message>
        <source>%1: the PKCS #7 message holds no certificate</source>
        <translation>%1: die PKCS-#7-Nachricht enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>not a certificate source: neither a serialized store (.sst), a registry export (.reg), PEM, a DER certificate nor a PKCS #7 certificate bag</source>
        <translation>keine Zertifikatquelle: weder ein serialisierter Speicher (.sst), ein Registry-Export (.reg), PEM, ein DER-Zertifikat noch ein PKCS-#7-Zertifikatbündel</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateTableModel</name>
    <message>
        <source>Unreadable certificate: %1</source>
        <translation>Unlesbares Zertifikat: %1</translation>
    </message>
    <message>
        <source>SHA-1 of the certificate</source>
        <translation>SHA-1 des Zertifikats</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>ctlv::ChainBuilder</name>
    <message>
        <source>the signer certificate cannot be read</source>
        <translation>das Zertifikat des Signaturgebers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the chain cannot be built: %1</source>
        <translation>die Kette kann nicht gebildet werden: %1</translation>
    </message>
    <message>
        <source>issuer not found: %1</source>
        <translation>Aussteller nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the root %1 is not a trusted root</source>
        <translation>die Wurzel %1 ist kein vertrauenswürdiges Stammzertifikat</translation>
    </message>
    <message>
        <source>%1 is a version 3 CA certificate without the BasicConstraints extension</source>
        <translation>%1 ist ein CA-Zertifikat der Version 3 ohne die Erweiterung BasicConstraints</translation>
    </message>
    <message>
        <source>the chain ends at the root %1, which is not in the trust store here (the file carries it only as a cross-certificate issued by %2, which is not here either); if you trust that root, give its certificate with --trust (or in the viewer's settings)</source>
        <translation>die Kette endet bei der Wurzel %1, die hier nicht im Vertrauensspeicher ist (die Datei enthält sie nur als Cross-Zertifikat, ausgestellt von %2, das hier ebenfalls fehlt); wenn Sie dieser Wurzel vertrauen, geben Sie ihr Zertifikat mit --trust an (oder in den Einstellungen des Viewers)</translation>
    </message>
</context>
<context>
    <name>ctlv::ChainTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: signer certificate not in the file</source>
        <translation>%1: Zertifikat des Signaturgebers nicht in der Datei</translation>
    </message>
    <message>
        <source>Issuer: %1
Serial number: %2</source>
        <translation>Aussteller: %1
Seriennummer: %2</translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation>Kette vertrauenswürdig</translation>
    </message>
    <message>
        <source>Chain not trusted</source>
        <translation>Kette nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Chain evaluated at %1</source>
        <translation>Kette geprüft zum Zeitpunkt %1</translation>
    </message>
    <message>
        <source>Issuer: %1
Valid from %2 to %3
SHA-1: %4</source>
        <translation>Aussteller: %1
Gültig von %2 bis %3
SHA-1: %4</translation>
    </message>
    <message>
        <source>Issuer not found: %1</source>
        <extracomment>The chain stops: the certificate that issued the last one is nowhere to be found</extracomment>
        <translation>Aussteller nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Neither the file nor the trust stores hold the certificate of this issuer.</source>
        <translation>Weder die Datei noch die Vertrauensspeicher enthalten das Zertifikat dieses Ausstellers.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not yet valid at %1 (from %2)</source>
        <translation>noch nicht gültig am %1 (ab %2)</translation>
    </message>
    <message>
        <source>expired at %1 (valid until %2)</source>
        <translation>abgelaufen am %1 (gültig bis %2)</translation>
    </message>
    <message>
        <source>valid at %1 (%2 to %3)</source>
        <translation>gültig am %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>any purpose (no extended key usage extension)</source>
        <translation>jeder Zweck (keine Erweiterung für erweiterte Schlüsselverwendung)</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Verwendungszwecke</translation>
    </message>
</context>
<context>
    <name>ctlv::CheckPanel</name>
    <message>
        <source>Certificate check</source>
        <translation>Zertifikatprüfung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the certificate check</source>
        <translation>Zertifikatprüfung schließen</translation>
    </message>
    <message>
        <source>certificate %1 (%2) is not valid on that date</source>
        <translation>Zertifikat %1 (%2) ist an diesem Datum nicht gültig</translation>
    </message>
    <message>
        <source>the signature of certificate %1 (%2) does not verify</source>
        <translation>die Signatur von Zertifikat %1 (%2) lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>the certificate's extended key usage does not include %1</source>
        <translation>die erweiterte Schlüsselverwendung des Zertifikats enthält %1 nicht</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: yes.</source>
        <extracomment>%1 Windows generation, %2 purpose, %3 date</extracomment>
        <translation>%1 würde dieser Kette für %2 am %3 vertrauen: ja.</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: no, because %4.</source>
        <translation>%1 würde dieser Kette für %2 am %3 vertrauen: nein, weil %4.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>valid %1 to %2, SHA-1 %3</source>
        <translation>gültig %1 bis %2, SHA-1 %3</translation>
    </message>
    <message>
        <source>named by the disallowed list (entry %1)</source>
        <translation>von der Liste gesperrter Zertifikate genannt (Eintrag %1)</translation>
    </message>
    <message>
        <source>the list's entry %1: %2 (%3)</source>
        <translation>Eintrag %1 der Liste: %2 (%3)</translation>
    </message>
    <message>
        <source>(the chain ends here: no issuer among the certificates given or added)</source>
        <translation>(die Kette endet hier: kein Aussteller unter den angegebenen oder hinzugefügten Zertifikaten)</translation>
    </message>
    <message>
        <source>No entry of this list names a certificate of the chain.</source>
        <translation>Kein Eintrag dieser Liste nennt ein Zertifikat der Kette.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Dates: issued %1, used %2</source>
        <translation>Daten: ausgestellt %1, verwendet %2</translation>
    </message>
    <message>
        <source>, timestamp %1</source>
        <translation>, Zeitstempel %1</translation>
    </message>
    <message>
        <source>%1 could not be checked.</source>
        <translation>%1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save this answer and its evidence as a PDF report</source>
        <translation>Diese Antwort und ihre Belege als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Export the certificate check</source>
        <translation>Zertifikatprüfung exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>No certificate has been checked.</source>
        <translation>Es wurde noch kein Zertifikat geprüft.</translation>
    </message>
</context>
<context>
    <name>ctlv::CheckReport</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not valid at the date asked about</source>
        <translation>zum gefragten Datum nicht gültig</translation>
    </message>
    <message>
        <source>its signature does not verify with its issuer's key</source>
        <translation>seine Signatur lässt sich mit dem Schlüssel des Ausstellers nicht bestätigen</translation>
    </message>
    <message>
        <source>its extended key usage does not include the purpose</source>
        <translation>seine erweiterte Schlüsselverwendung enthält den Zweck nicht</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Zertifikatprüfung</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disallowed list</source>
        <translation>Liste gesperrter Zertifikate</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Disallowed</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>named by the disallowed list (entry %1)</source>
        <translation>von der Liste gesperrter Zertifikate genannt (Eintrag %1)</translation>
    </message>
    <message>
        <source>The chain ends here: no issuer among the certificates given.</source>
        <translation>Die Kette endet hier: Unter den angegebenen Zertifikaten ist kein Aussteller.</translation>
    </message>
    <message>
        <source>The list's entry</source>
        <translation>Der Eintrag der Liste</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Names chain certificate</source>
        <translation>Nennt Kettenzertifikat</translation>
    </message>
    <message>
        <source>No entry of this list names a certificate of the chain.</source>
        <translation>Kein Eintrag dieser Liste nennt ein Zertifikat der Kette.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>No rule of the list applies.</source>
        <translation>Keine Regel der Liste greift.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Issued (the certificate's notBefore)</source>
        <translation>Ausgestellt (notBefore des Zertifikats)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Used (the date asked about)</source>
        <translation>Verwendet (das gefragte Datum)</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>The deciding property's date</source>
        <translation>Datum der entscheidenden Eigenschaft</translation>
    </message>
    <message>
        <source>Certificate check · %1</source>
        <translation>Zertifikatprüfung · %1</translation>
    </message>
</context>
<context>
    <name>ctlv::ContainerReader</name>
    <message>
        <source>a Windows executable</source>
        <translation>eine Windows-Programmdatei</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>out of memory while opening the CAB archive</source>
        <translation>nicht genug Speicher beim Öffnen des CAB-Archivs</translation>
    </message>
    <message>
        <source>not a readable CAB archive: %1</source>
        <translation>kein lesbares CAB-Archiv: %1</translation>
    </message>
    <message numerus="yes">
        <source>the CAB archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>das CAB-Archiv ist nach %n Bestandteil beschädigt: %1</numerusform>
            <numerusform>das CAB-Archiv ist nach %n Bestandteilen beschädigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the CAB archive has more than %1 members, more than any trust list needs</source>
        <translation>das CAB-Archiv hat mehr als %1 Bestandteile, mehr als eine Vertrauensliste je braucht</translation>
    </message>
    <message>
        <source>the CAB member "%1" would expand to %2 bytes, more than the limit of %3 bytes</source>
        <translation>der CAB-Bestandteil „%1“ würde auf %2 Bytes anwachsen, mehr als die Grenze von %3 Bytes</translation>
    </message>
    <message>
        <source>the CAB member "%1" could not be decompressed: %2</source>
        <translation>der CAB-Bestandteil „%1“ konnte nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>the CAB member "%1" expands beyond the limits (%2 bytes per member, %3 times the archive's size); the archive looks like a decompression bomb</source>
        <translation>der CAB-Bestandteil „%1“ wächst über die Grenzen hinaus (%2 Bytes je Bestandteil, das %3-Fache der Archivgröße); das Archiv sieht nach einer Dekompressionsbombe aus</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>the CAB archive is empty: it holds no Certificate Trust List</source>
        <translation>das CAB-Archiv ist leer: es enthält keine Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <source>the CAB archive holds no Certificate Trust List; its members are: %1</source>
        <translation>das CAB-Archiv enthält keine Zertifikatvertrauensliste; seine Bestandteile sind: %1</translation>
    </message>
    <message>
        <source>this is a 3D model in binary STL format (%1 triangles), not a Certificate Trust List; Windows trust lists share the .stl extension with 3D models</source>
        <translation>dies ist ein 3D-Modell im binären STL-Format (%1 Dreiecke), keine Zertifikatvertrauensliste; Windows-Vertrauenslisten teilen die Endung .stl mit 3D-Modellen</translation>
    </message>
    <message>
        <source>the PEM block "%1" at offset %2 holds no valid base64 data</source>
        <translation>der PEM-Block „%1“ bei Offset %2 enthält keine gültigen Base64-Daten</translation>
    </message>
    <message>
        <source>this PEM file holds %1, not a PKCS #7 Certificate Trust List (expected "-----BEGIN PKCS7-----" or "-----BEGIN CMS-----")</source>
        <translation>diese PEM-Datei enthält %1, keine PKCS-#7-Zertifikatvertrauensliste (erwartet: „-----BEGIN PKCS7-----“ oder „-----BEGIN CMS-----“)</translation>
    </message>
    <message>
        <source>the PEM block that starts at offset %1 has no matching END line; the file is truncated</source>
        <translation>zum PEM-Block ab Offset %1 fehlt die END-Zeile; die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>this is a 3D model in ASCII STL format ("%1"), not a Certificate Trust List; Windows trust lists share the .stl extension with 3D models</source>
        <translation>dies ist ein 3D-Modell im ASCII-STL-Format („%1“), keine Zertifikatvertrauensliste; Windows-Vertrauenslisten teilen die Endung .stl mit 3D-Modellen</translation>
    </message>
    <message>
        <source>this is an HTML or XML page, not a Certificate Trust List; a proxy or captive portal often returns such a page instead of the file that was asked for</source>
        <translation>dies ist eine HTML- oder XML-Seite, keine Zertifikatvertrauensliste; ein Proxy oder ein Captive Portal liefert oft eine solche Seite statt der angeforderten Datei</translation>
    </message>
    <message>
        <source>this is an HTML page titled "%1", not a Certificate Trust List; a proxy or captive portal often returns such a page instead of the file that was asked for</source>
        <translation>dies ist eine HTML-Seite mit dem Titel „%1“, keine Zertifikatvertrauensliste; ein Proxy oder ein Captive Portal liefert oft eine solche Seite statt der angeforderten Datei</translation>
    </message>
    <message>
        <source>this is a text file, not a Certificate Trust List (it begins with "%1")</source>
        <translation>dies ist eine Textdatei, keine Zertifikatvertrauensliste (sie beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>this is %1, not a Certificate Trust List</source>
        <translation>dies ist %1, keine Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <source>the content is not a Certificate Trust List: it is neither a CAB archive, DER, PEM nor base64 (it begins with the bytes %1)</source>
        <translation>der Inhalt ist keine Zertifikatvertrauensliste: weder ein CAB-Archiv noch DER, PEM oder Base64 (er beginnt mit den Bytes %1)</translation>
    </message>
    <message>
        <source>the base64 text ends in the middle of a group of four characters at offset %1; the file is truncated or damaged</source>
        <translation>der Base64-Text endet mitten in einer Vierergruppe bei Offset %1; die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>the base64 text goes on after its closing "=" padding at offset %1; the file is damaged</source>
        <translation>der Base64-Text geht nach seinem abschließenden „=“-Auffüllzeichen bei Offset %1 weiter; die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the base64 text holds %1 at offset %2, a character base64 does not use; the file is damaged</source>
        <translation>der Base64-Text enthält bei Offset %2 %1, ein Zeichen, das Base64 nicht verwendet; die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the CAB archive expands to more than the limit of %1 bytes in all (at the member "%2"); the archive looks like a decompression bomb</source>
        <translation>das CAB-Archiv entpackt sich zu mehr als der Grenze von insgesamt %1 Bytes (beim Bestandteil „%2“); das Archiv sieht wie eine Dekompressionsbombe aus</translation>
    </message>
    <message>
        <source>this is a Windows serialized certificate store (.sst), not a Certificate Trust List; "ctltool dump" lists its certificates, and --certs links them to a list</source>
        <translation>dies ist ein serialisierter Windows-Zertifikatspeicher (.sst), keine Zertifikatvertrauensliste; „ctltool dump“ listet seine Zertifikate, und --certs verknüpft sie mit einer Liste</translation>
    </message>
    <message>
        <source>the CAB archive is truncated: it ends at offset %1, inside its header</source>
        <translation>das CAB-Archiv ist abgeschnitten: es endet bei Offset %1, innerhalb seines Kopfes</translation>
    </message>
    <message>
        <source>the CAB archive is truncated: its header gives its size as %1 bytes, but the file ends at offset %2</source>
        <translation>das CAB-Archiv ist abgeschnitten: sein Kopf gibt seine Größe mit %1 Bytes an, aber die Datei endet bei Offset %2</translation>
    </message>
</context>
<context>
    <name>ctlv::ContextHelp</name>
    <message>
        <source>Automatic Root Certificates Update. Windows does not ship every trusted root certificate. When it meets a certificate that chains to a root it does not have, CryptoAPI downloads authrootstl.cab from Windows Update (ctldl.windowsupdate.com, over plain HTTP on port 80: the file is signed, so it needs no TLS), checks the signature of the authroot.stl inside, and if the root is listed fetches that root certificate by its SHA-1 thumbprint. Microsoft documents that computers which can reach Windows Update receive updated lists daily (Windows 8 and Windows Server 2012 and later, and Windows Vista, 7, Server 2008 and 2008 R2 with the updates KB 2677070 and KB 2813430). disallowedcert.stl (certificates Windows must distrust) is fetched the same way, and so is pinrules.stl on the Windows versions that use pin rules.</source>
        <translation>Automatische Aktualisierung der Stammzertifikate. Windows liefert nicht jedes vertrauenswürdige Stammzertifikat mit. Trifft es auf ein Zertifikat, dessen Kette zu einem Stammzertifikat führt, das es nicht hat, lädt CryptoAPI authrootstl.cab von Windows Update herunter (ctldl.windowsupdate.com, über einfaches HTTP auf Port 80: die Datei ist signiert und braucht daher kein TLS), prüft die Signatur der darin enthaltenen authroot.stl und holt, wenn das Stammzertifikat aufgeführt ist, dieses Stammzertifikat über seinen SHA-1-Fingerabdruck. Microsoft dokumentiert, dass Computer, die Windows Update erreichen, täglich aktualisierte Listen erhalten (Windows 8 und Windows Server 2012 und neuer sowie Windows Vista, 7, Server 2008 und 2008 R2 mit den Updates KB 2677070 und KB 2813430). disallowedcert.stl (Zertifikate, denen Windows misstrauen muss) wird auf dieselbe Weise geholt, ebenso pinrules.stl auf den Windows-Versionen, die Pinning-Regeln verwenden.</translation>
    </message>
    <message>
        <source>Why CAPI2 Event ID 11 or 4107 appears. The event ("Failed extract of third-party root list from auto update cab"; Event ID 11 on Windows Vista and Server 2008, 4107 on later versions) means Windows could not fetch or accept the list. The download is made by the computer account through WinHTTP, not by the signed-in user: a proxy that demands authentication blocks it even when users can browse, and so does a firewall that only allows HTTPS. It does not mean that Microsoft's list is bad: opened here, a genuine list verifies.</source>
        <translation>Warum CAPI2-Ereignis-ID 11 oder 4107 erscheint. Das Ereignis („Failed extract of third-party root list from auto update cab“; Ereignis-ID 11 unter Windows Vista und Server 2008, 4107 unter späteren Versionen) bedeutet, dass Windows die Liste nicht holen oder nicht annehmen konnte. Der Download erfolgt durch das Computerkonto über WinHTTP, nicht durch den angemeldeten Benutzer: ein Proxy, der eine Authentifizierung verlangt, blockiert ihn, auch wenn Benutzer surfen können, und ebenso eine Firewall, die nur HTTPS zulässt. Es bedeutet nicht, dass die Liste von Microsoft fehlerhaft ist: hier geöffnet, lässt sich eine echte Liste verifizieren.</translation>
    </message>
    <message>
        <source>A proxy for the computer account. The user's proxy settings (Internet Options, or a proxy configuration script set for the user) do not apply, because the download does not run as the user. On Windows Vista, Server 2008 and later set the computer's WinHTTP proxy from an elevated prompt with "netsh winhttp set proxy proxy-server="host:port" bypass-list="&lt;local&gt;"", or copy the Internet Explorer settings with "netsh winhttp import proxy source=ie"; "netsh winhttp show proxy" shows what is set. Alternatively let ctldl.windowsupdate.com through on port 80 without authentication.</source>
        <translation>Ein Proxy für das Computerkonto. Die Proxyeinstellungen des Benutzers (Internetoptionen oder ein für den Benutzer festgelegtes Proxykonfigurationsskript) gelten nicht, weil der Download nicht als der Benutzer läuft. Legen Sie unter Windows Vista, Server 2008 und neuer den WinHTTP-Proxy des Computers an einer Eingabeaufforderung mit erhöhten Rechten mit „netsh winhttp set proxy proxy-server="host:port" bypass-list="&lt;local&gt;"“ fest, oder übernehmen Sie die Einstellungen des Internet Explorer mit „netsh winhttp import proxy source=ie“; „netsh winhttp show proxy“ zeigt, was festgelegt ist. Alternativ lassen Sie ctldl.windowsupdate.com auf Port 80 ohne Authentifizierung durch.</translation>
    </message>
    <message>
        <source>A stale cached list. When the event's error reads "A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file", Windows is holding a cached copy of the list whose signer certificate has expired. Microsoft's fix (KB 2328240, Windows Vista, Server 2008 and later) is "certutil -urlcache * delete", run by every account involved (each user who signs in, and for the system accounts by deleting the CryptnetUrlCache folders under %windir%\ServiceProfiles and the system profile). Windows also keeps the last list it accepted in the registry values EncodedCtl and LastSyncTime under HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate; Microsoft does not document removing them, so export the key before deleting both if the cache clean-up alone does not help: Windows then fetches the list anew.</source>
        <translation>Eine veraltete zwischengespeicherte Liste. Lautet der Fehler des Ereignisses „Eine erforderliche Zertifikatkette liegt nicht innerhalb des Gültigkeitszeitraums bei der Überprüfung anhand der aktuellen Systemuhr oder des Zeitstempels in der signierten Datei“ („A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file“), hält Windows eine zwischengespeicherte Kopie der Liste, deren Signaturzertifikat abgelaufen ist. Die Lösung von Microsoft (KB 2328240, Windows Vista, Server 2008 und neuer) ist „certutil -urlcache * delete“, ausgeführt von jedem beteiligten Konto (jedem Benutzer, der sich anmeldet, und für die Systemkonten durch Löschen der Ordner CryptnetUrlCache unter %windir%\ServiceProfiles und im Systemprofil). Windows speichert außerdem die zuletzt angenommene Liste in den Registry-Werten EncodedCtl und LastSyncTime unter HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate; Microsoft dokumentiert nicht, sie zu entfernen. Exportieren Sie daher den Schlüssel, bevor Sie beide löschen, falls das Leeren des Caches allein nicht hilft: Windows holt die Liste dann neu.</translation>
    </message>
    <message>
        <source>When the error reads "The data is invalid". Windows received something that is not a signed CAB archive, most often a proxy's or captive portal's HTML page (a login or block page) served in place of authrootstl.cab. Fetch the URL from the event through the same proxy and open the result here: CTL Viewer says when it is an HTML page and shows its title.</source>
        <translation>Wenn der Fehler „Die Daten sind ungültig“ („The data is invalid“) lautet. Windows hat etwas erhalten, das kein signiertes CAB-Archiv ist, meist die HTML-Seite eines Proxys oder Captive Portals (eine Anmelde- oder Sperrseite), die anstelle von authrootstl.cab ausgeliefert wurde. Rufen Sie die URL aus dem Ereignis über denselben Proxy ab und öffnen Sie das Ergebnis hier: CTL Viewer sagt, wenn es eine HTML-Seite ist, und zeigt ihren Titel.</translation>
    </message>
    <message>
        <source>Turning the updates off. The Group Policy setting is Computer Configuration ▸ Administrative Templates ▸ System ▸ Internet Communication Management ▸ Internet Communication settings ▸ Turn off Automatic Root Certificates Update; it sets DisableRootAutoUpdate = 1 under HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot. Since Windows 8.1 and Windows Server 2012 R2 (and on older versions with KB 2677070 and KB 2813430) it no longer stops the disallowed-certificate updates: those are controlled separately by EnableDisallowedCertAutoUpdate (a DWORD in the same key; 1 keeps them on). With root updates off, Windows learns no new roots by itself, and sites and signed software that chain to roots the machine lacks fail.</source>
        <translation>Die Aktualisierungen abschalten. Die Gruppenrichtlinieneinstellung ist Computerkonfiguration ▸ Administrative Vorlagen ▸ System ▸ Internetkommunikationsverwaltung ▸ Internetkommunikationseinstellungen ▸ Automatisches Update der Stammzertifikate deaktivieren; sie setzt DisableRootAutoUpdate = 1 unter HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot. Seit Windows 8.1 und Windows Server 2012 R2 (und auf älteren Versionen mit KB 2677070 und KB 2813430) stoppt sie die Aktualisierungen der gesperrten Zertifikate nicht mehr: diese werden getrennt über EnableDisallowedCertAutoUpdate gesteuert (ein DWORD im selben Schlüssel; 1 lässt sie eingeschaltet). Sind die Stammzertifikat-Updates abgeschaltet, lernt Windows von sich aus keine neuen Stammzertifikate, und Websites und signierte Software, deren Kette zu Stammzertifikaten führt, die dem Computer fehlen, schlagen fehl.</translation>
    </message>
    <message>
        <source>Offline and disconnected networks. On a computer that can reach Windows Update, "certutil -syncWithWU \\server\share" downloads authrootstl.cab, disallowedcertstl.cab, the disallowed certificates and every root certificate into a folder. Point the clients at it with the registry value RootDirURL (a file share or an http:// URL) under HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate, set by Group Policy preferences; this works on Windows 8.1 and Server 2012 R2 and later, and on Windows Vista, 7, 8, Server 2008, 2008 R2 and 2012 with KB 2677070 and KB 2813430. Refresh the folder regularly, for example with a scheduled task. "certutil -generateSSTFromWU roots.sst" writes the current roots into one store file instead.</source>
        <translation>Offline- und abgetrennte Netzwerke. Auf einem Computer, der Windows Update erreicht, lädt „certutil -syncWithWU \\server\share“ authrootstl.cab, disallowedcertstl.cab, die gesperrten Zertifikate und jedes Stammzertifikat in einen Ordner. Verweisen Sie die Clients mit dem Registry-Wert RootDirURL (eine Dateifreigabe oder eine http://-URL) unter HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate darauf, gesetzt über Gruppenrichtlinien-Einstellungen; das funktioniert unter Windows 8.1 und Server 2012 R2 und neuer sowie unter Windows Vista, 7, 8, Server 2008, 2008 R2 und 2012 mit KB 2677070 und KB 2813430. Aktualisieren Sie den Ordner regelmäßig, zum Beispiel mit einer geplanten Aufgabe. „certutil -generateSSTFromWU roots.sst“ schreibt die aktuellen Stammzertifikate stattdessen in eine einzelne Speicherdatei.</translation>
    </message>
    <message>
        <source>Why WSUS does not help. WSUS distributes update packages; the trust lists are not update packages, and clients fetch them from the CTL addresses (or RootDirURL) directly, so approving updates in WSUS never delivers a new authroot.stl or disallowedcert.stl.</source>
        <translation>Warum WSUS nicht hilft. WSUS verteilt Updatepakete; die Vertrauenslisten sind keine Updatepakete, und die Clients holen sie direkt von den CTL-Adressen (oder RootDirURL). Das Genehmigen von Updates in WSUS liefert daher nie eine neue authroot.stl oder disallowedcert.stl aus.</translation>
    </message>
</context>
<context>
    <name>ctlv::CtlDocument</name>
    <message>
        <source>Trusted root certificates (authroot)</source>
        <translation>Vertrauenswürdige Stammzertifikate (authroot)</translation>
    </message>
    <message>
        <source>Disallowed certificates (disallowedcert)</source>
        <translation>Gesperrte Zertifikate (disallowedcert)</translation>
    </message>
    <message>
        <source>Certificate pinning rules (pinrules)</source>
        <translation>Regeln für Zertifikat-Pinning (pinrules)</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <source>Enterprise or other trust list</source>
        <translation>Unternehmens- oder andere Vertrauensliste</translation>
    </message>
    <message>
        <source>SHA-1 of the certificate</source>
        <translation>SHA-1 des Zertifikats</translation>
    </message>
    <message>
        <source>MD5 of the public key</source>
        <translation>MD5 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>SHA-384 of the signed certificate body (TBSCertificate)</source>
        <translation>SHA-384 des signierten Zertifikatsinhalts (TBSCertificate)</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256-Hash</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>Other identifier</source>
        <translation>Andere Kennung</translation>
    </message>
</context>
<context>
    <name>ctlv::CtlParser</name>
    <message>
        <source>the attribute SET at offset %1 holds more than %2 attributes, the limit for one entry (attribute %3 starts at offset %4)</source>
        <translation>die Attributmenge (SET) bei Offset %1 enthält mehr als %2 Attribute, die Grenze für einen Eintrag (Attribut %3 beginnt bei Offset %4)</translation>
    </message>
    <message>
        <source>expected one value, found %1</source>
        <translation>ein Wert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an OCTET STRING value</source>
        <translation>OCTET-STRING-Wert erwartet</translation>
    </message>
    <message>
        <source>expected an INTEGER value</source>
        <translation>INTEGER-Wert erwartet</translation>
    </message>
    <message>
        <source>expected an 8-byte FILETIME, found %1 bytes</source>
        <translation>8-Byte-FILETIME erwartet, %1 Bytes gefunden</translation>
    </message>
    <message>
        <source>FILETIME value out of range</source>
        <translation>FILETIME-Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the friendly name is not UTF-16LE text</source>
        <translation>der Anzeigename ist kein UTF-16LE-Text</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the PKCS #7 structure at offset %1</source>
        <translation>
            <numerusform>%n Byte folgt dem Ende der PKCS-#7-Struktur bei Offset %1</numerusform>
            <numerusform>%n Bytes folgen dem Ende der PKCS-#7-Struktur bei Offset %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate bag at offset %1 holds more than %2 certificates, the limit (certificate %3 starts at offset %4)</source>
        <translation>der Zertifikatsbehälter bei Offset %1 enthält mehr als %2 Zertifikate, die Grenze (Zertifikat %3 beginnt bei Offset %4)</translation>
    </message>
    <message>
        <source>certificate bag element of type %1 at offset %2 is not an X.509 certificate; kept aside</source>
        <translation>Element des Zertifikatsbehälters vom Typ %1 bei Offset %2 ist kein X.509-Zertifikat; beiseitegelegt</translation>
    </message>
    <message>
        <source>the signed data carries CRLs at offset %1 (not used by CTLs)</source>
        <translation>die signierten Daten enthalten CRLs bei Offset %1 (von CTLs nicht verwendet)</translation>
    </message>
    <message>
        <source>the SignedData has no signerInfos field, which PKCS #7 requires: the list carries no signature</source>
        <translation>die SignedData-Struktur hat kein signerInfos-Feld, das PKCS #7 verlangt: die Liste trägt keine Signatur</translation>
    </message>
    <message>
        <source>expected the signer identifier (issuerAndSerialNumber or [0] subjectKeyIdentifier) at offset %1, found %2</source>
        <translation>Kennung des Signaturgebers (issuerAndSerialNumber oder [0] subjectKeyIdentifier) bei Offset %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>nested signature at offset %1 is not PKCS #7 signed data; kept as an attribute</source>
        <translation>die verschachtelte Signatur bei Offset %1 ist keine PKCS-#7-SignedData-Struktur; als Attribut behalten</translation>
    </message>
    <message>
        <source>signed attribute %1 of the signer at offset %2 could not be decoded: %3</source>
        <translation>das signierte Attribut %1 des Signaturgebers bei Offset %2 konnte nicht dekodiert werden: %3</translation>
    </message>
    <message>
        <source>expected the CTL thisUpdate time (UTCTime or GeneralizedTime) at offset %1, found %2</source>
        <translation>thisUpdate-Zeit der CTL (UTCTime oder GeneralizedTime) bei Offset %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the end of the CTL</source>
        <translation>das Ende der CTL</translation>
    </message>
    <message>
        <source>the list holds more than %1 entries, the limit (entry %2 starts at offset %3)</source>
        <translation>die Liste enthält mehr als %1 Einträge, die Grenze (Eintrag %2 beginnt bei Offset %3)</translation>
    </message>
    <message>
        <source>this is a PKCS #7 structure of type %1, not signed data, so it cannot be a Certificate Trust List</source>
        <translation>dies ist eine PKCS-#7-Struktur vom Typ %1, keine signierten Daten, und kann daher keine Zertifikatvertrauensliste sein</translation>
    </message>
    <message>
        <source>the list carries more than %1 certificates in all, the limit (certificate %2 starts at offset %3)</source>
        <translation>die Liste enthält mehr als %1 Zertifikate insgesamt, die Grenze (Zertifikat %2 beginnt bei Offset %3)</translation>
    </message>
    <message>
        <source>the list carries more than %1 signatures (signerInfos, countersignatures and nested signatures together), the limit (signature %2 starts at offset %3)</source>
        <translation>die Liste enthält mehr als %1 Signaturen (signerInfos, Gegensignaturen und verschachtelte Signaturen zusammen), die Grenze (Signatur %2 beginnt bei Offset %3)</translation>
    </message>
    <message>
        <source>the list carries more than %1 nested signatures, the limit (nested signature %2 starts at offset %3)</source>
        <translation>die Liste enthält mehr als %1 verschachtelte Signaturen, die Grenze (verschachtelte Signatur %2 beginnt bei Offset %3)</translation>
    </message>
    <message>
        <source>the CTL sequenceNumber at offset %1 is negative; it counts the list's versions up from zero</source>
        <translation>die sequenceNumber der CTL bei Offset %1 ist negativ; sie zählt die Versionen der Liste von null an</translation>
    </message>
    <message>
        <source>this is a PKCS #7 signed message whose content type is %1, not a Certificate Trust List (%2)</source>
        <translation>dies ist eine signierte PKCS-#7-Nachricht mit dem Inhaltstyp %1, keine Zertifikatvertrauensliste (%2)</translation>
    </message>
    <message>
        <source>the RFC 3161 timestamp at offset %1 is not PKCS #7 signed data; kept as an attribute</source>
        <translation>der RFC-3161-Zeitstempel bei Offset %1 ist keine PKCS-#7-signierte Datenstruktur; als Attribut beibehalten</translation>
    </message>
    <message>
        <source>the list carries more than %1 nested signatures and timestamps, the limit (timestamp %2 starts at offset %3)</source>
        <translation>die Liste trägt mehr als %1 verschachtelte Signaturen und Zeitstempel, die Grenze (Zeitstempel %2 beginnt bei Offset %3)</translation>
    </message>
</context>
<context>
    <name>ctlv::CtlTool</name>
    <message>
        <source>--trust %1: the file holds no certificate (PEM or DER)</source>
        <translation>--trust %1: die Datei enthält kein Zertifikat (PEM oder DER)</translation>
    </message>
    <message>
        <source>--at %1: not a date; use ISO 8601 such as 2025-06-16 or 2025-06-16T17:56:11Z</source>
        <translation>--at %1: kein Datum; verwenden Sie ISO 8601 wie 2025-06-16 oder 2025-06-16T17:56:11Z</translation>
    </message>
    <message>
        <source>--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1</source>
        <translation>--accept-eku %1: keine OID in Punktschreibweise wie 1.3.6.1.4.1.311.10.3.1</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>List: %1, %2 entries, produced %3</source>
        <translation>Liste: %1, %2 Einträge, erstellt %3</translation>
    </message>
    <message>
        <source>Windows' CTL dialog:</source>
        <translation>CTL-Dialog von Windows:</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>keine Warnung</translation>
    </message>
    <message>
        <source>would say "not valid" (cosmetic)</source>
        <translation>würde „nicht gültig“ melden (kosmetisch)</translation>
    </message>
    <message>
        <source>would say "not valid" (real)</source>
        <translation>würde „nicht gültig“ melden (echt)</translation>
    </message>
    <message>
        <source>ctltool export: %1 holds %2 lists; exporting the first</source>
        <translation>ctltool export: %1 enthält %2 Listen; die erste wird exportiert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Output options:
  --json              one JSON document: {"formatVersion", "results": [one per list
                      or unreadable file]}, indented for people
  --compact           with --json: the same document on one line
  --json-lines        one compact JSON object per line, each written as soon as it
                      is ready (NDJSON)
</source>
        <translation>Ausgabeoptionen:
  --json              ein JSON-Dokument: {"formatVersion", "results": [eines je Liste
                      oder unlesbarer Datei]}, für Menschen eingerückt
  --compact           mit --json: dasselbe Dokument in einer Zeile
  --json-lines        ein kompaktes JSON-Objekt je Zeile, jedes geschrieben, sobald es
                      fertig ist (NDJSON)
</translation>
    </message>
    <message>
        <source>  --entries           with --json or --json-lines: include the list's entries
</source>
        <translation>  --entries           mit --json oder --json-lines: die Einträge der Liste einschließen
</translation>
    </message>
    <message>
        <source>Validation options:
  --trust FILE        also trust the root certificate(s) in FILE (PEM or DER); repeatable
  --at DATE           check the chain at DATE (ISO 8601, e.g. 2025-06-16 or 2025-06-16T17:56:11Z)
                      instead of the list's own time
  --accept-eku OID    also accept this purpose as authorising a CTL signer; repeatable
  --no-system-trust   do not use the system's trusted roots, only the bundled Microsoft roots
</source>
        <translation>Prüfoptionen:
  --trust DATEI       auch dem/den Stammzertifikat(en) in DATEI vertrauen (PEM oder DER); wiederholbar
  --at DATUM          die Kette zum DATUM prüfen (ISO 8601, z. B. 2025-06-16 oder 2025-06-16T17:56:11Z)
                      statt zum Zeitpunkt der Liste selbst
  --accept-eku OID    diesen Verwendungszweck ebenfalls als Berechtigung zum Signieren von CTLs annehmen; wiederholbar
  --no-system-trust   nicht den Stammzertifikaten des Systems vertrauen, nur den mitgelieferten von Microsoft
</translation>
    </message>
    <message>
        <source>Every command:
  --lang CODE         messages and reports in this language (en, de, ko) instead of the system's
  -h, --help          show this help
</source>
        <translation>Für jeden Befehl:
  --lang CODE         Meldungen und Berichte in dieser Sprache (en, de, ko) statt in der des Systems
  -h, --help          diese Hilfe zeigen
</translation>
    </message>
    <message>
        <source>Usage: ctltool COMMAND [OPTIONS] FILE...

Commands:
  dump      show everything a Certificate Trust List holds (with --json, the validation too)
  verify    check signatures, chain, signer authorisation and times, and explain the verdict
  export    write a PDF report, or the entries (or findings) as CSV
  help      show the help of a command

</source>
        <translation>Aufruf: ctltool BEFEHL [OPTIONEN] DATEI...

Befehle:
  dump      alles zeigen, was eine Zertifikatvertrauensliste enthält (mit --json auch die Prüfung)
  verify    Signaturen, Kette, Berechtigung des Signaturgebers und Zeiten prüfen und das Ergebnis erklären
  export    einen PDF-Bericht oder die Einträge (oder Befunde) als CSV schreiben
  help      die Hilfe eines Befehls zeigen

</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Exit codes: 0 read; 2 unreadable, not a Certificate Trust List, a usage error, or the
output cannot be written.
</source>
        <translation>Exit-Codes: 0 gelesen; 2 unlesbar, keine Zertifikatvertrauensliste, ein Bedienfehler, oder die
Ausgabe kann nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>Check signatures, chain, signer authorisation and times, and explain the verdict and
whether Windows' warning about the list is cosmetic.
</source>
        <translation>Signaturen, Kette, Berechtigung des Signaturgebers und Zeiten prüfen, das Ergebnis erklären und
sagen, ob die Warnung von Windows zur Liste nur kosmetisch ist.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 written; 2 unreadable input, a usage error, or the output cannot be written.
</source>
        <translation>Exit-Codes: 0 geschrieben; 2 Eingabe unlesbar, ein Bedienfehler, oder die Ausgabe kann nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>ctltool: %1 (see "ctltool --help")</source>
        <translation>ctltool: %1 (siehe „ctltool --help“)</translation>
    </message>
    <message>
        <source>ctltool %1: %2 (see "ctltool %1 --help")</source>
        <translation>ctltool %1: %2 (siehe „ctltool %1 --help“)</translation>
    </message>
    <message>
        <source>ctltool: cannot write the output: %1</source>
        <translation>ctltool: die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>give --json or --json-lines, not both</source>
        <translation>--json oder --json-lines angeben, nicht beides</translation>
    </message>
    <message>
        <source>--compact goes with --json</source>
        <translation>--compact gehört zu --json</translation>
    </message>
    <message>
        <source>--entries goes with --json or --json-lines</source>
        <translation>--entries gehört zu --json oder --json-lines</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper muss a4 oder letter sein</translation>
    </message>
    <message>
        <source>--separator takes one character other than a quote or a line break</source>
        <translation>--separator nimmt ein Zeichen, das weder Anführungszeichen noch Zeilenumbruch ist</translation>
    </message>
    <message>
        <source>help: there is no command "%1"</source>
        <translation>help: es gibt keinen Befehl „%1“</translation>
    </message>
    <message>
        <source>"%1" is not a command; the command comes first</source>
        <translation>„%1“ ist kein Befehl; der Befehl kommt zuerst</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>ctltool dump [--json [--compact] | --json-lines] [--certs SOURCE]... [VALIDATION OPTIONS] FILE...</source>
        <translation>ctltool dump [--json [--compact] | --json-lines] [--certs QUELLE]... [PRÜFOPTIONEN] DATEI...</translation>
    </message>
    <message>
        <source>ctltool verify [--json [--compact] | --json-lines] [--entries] [--certs SOURCE]... [VALIDATION OPTIONS] FILE...</source>
        <translation>ctltool verify [--json [--compact] | --json-lines] [--entries] [--certs QUELLE]... [PRÜFOPTIONEN] DATEI...</translation>
    </message>
    <message>
        <source>ctltool export --pdf OUT [--paper a4|letter] [VALIDATION OPTIONS] FILE
ctltool export --csv OUT [--findings] [--separator CHAR] [--bom] [--certs SOURCE]... [VALIDATION OPTIONS] FILE
ctltool export --pem OUT --certs SOURCE... [--purpose P] [--at DATE] [--not-before include|exclude] FILE</source>
        <translation>ctltool export --pdf AUSGABE [--paper a4|letter] [PRÜFOPTIONEN] DATEI
ctltool export --csv AUSGABE [--findings] [--separator ZEICHEN] [--bom] [--certs QUELLE]... [PRÜFOPTIONEN] DATEI
ctltool export --pem AUSGABE --certs QUELLE... [--purpose P] [--at DATUM] [--not-before include|exclude] DATEI</translation>
    </message>
    <message>
        <source>Certificate options:
  --certs SOURCE      link each entry to its certificate from SOURCE: a .sst store, a PEM bundle,
                      a .crt/.cer/.pem certificate, a .p7b/.p7c bag, a regedit export (.reg) or a
                      folder of these; repeatable
  --recursive         with --certs: read the subfolders of folders too
</source>
        <translation>Zertifikatoptionen:
  --certs QUELLE      jeden Eintrag mit seinem Zertifikat aus QUELLE verknüpfen: ein .sst-Speicher,
                      ein PEM-Bündel, ein .crt/.cer/.pem-Zertifikat, ein .p7b/.p7c-Bündel, ein
                      regedit-Export (.reg) oder ein Ordner davon; wiederholbar
  --recursive         mit --certs: auch die Unterordner von Ordnern lesen
</translation>
    </message>
    <message>
        <source>  --version           show the program's version

FILE may be a .stl or .ctl (DER, PEM or base64) or a .cab such as authrootstl.cab; dump
also shows a certificate source's certificates, and a .reg export's lists.
Exit codes: export: 0 written, 2 unreadable input or the output cannot be written.
            dump: 0 read, 2 unreadable or not a Certificate Trust List.
            verify: 0 valid or valid with warnings; 1 untrusted, invalid, unsigned or malformed;
            2 unreadable or not a Certificate Trust List.
Every command exits with 2 on a usage error or when its output cannot be written.
See "ctltool COMMAND --help" and the manual page ctltool(1).
</source>
        <translation>  --version           die Version des Programms zeigen

DATEI kann eine .stl oder .ctl (DER, PEM oder Base64) oder eine .cab wie authrootstl.cab sein; dump
zeigt auch die Zertifikate einer Zertifikatquelle und die Listen eines .reg-Exports.
Exit-Codes: export: 0 geschrieben, 2 Eingabe unlesbar oder Ausgabe nicht schreibbar.
            dump: 0 gelesen, 2 unlesbar oder keine Zertifikatvertrauensliste.
            verify: 0 gültig oder gültig mit Warnungen; 1 nicht vertrauenswürdig, ungültig, unsigniert oder fehlerhaft;
            2 unlesbar oder keine Zertifikatvertrauensliste.
Jeder Befehl endet mit 2 bei einem Bedienfehler oder wenn seine Ausgabe nicht geschrieben werden kann.
Siehe „ctltool BEFEHL --help“ und die Handbuchseite ctltool(1).
</translation>
    </message>
    <message>
        <source>Show everything a Certificate Trust List holds: the file, the list's metadata, every
certificate, signer and entry. With --json, the validation too. Given a certificate
source (see --certs), its certificates with their store properties.
</source>
        <translation>Alles zeigen, was eine Zertifikatvertrauensliste enthält: die Datei, die Metadaten der Liste,
jedes Zertifikat, jeden Signaturgeber und jeden Eintrag. Mit --json auch die Prüfung. Bei einer
Zertifikatquelle (siehe --certs) ihre Zertifikate mit ihren Speichereigenschaften.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 valid or valid with warnings; 1 untrusted, invalid, unsigned or malformed, or
an entry's certificate (--certs) does not match the list's SHA-256;
2 unreadable, not a Certificate Trust List, a usage error, or the output cannot be
written.
</source>
        <translation>Exit-Codes: 0 gültig oder gültig mit Warnungen; 1 nicht vertrauenswürdig, ungültig, unsigniert oder
fehlerhaft, oder das Zertifikat eines Eintrags (--certs) passt nicht zum SHA-256 der Liste;
2 unlesbar, keine Zertifikatvertrauensliste, ein Bedienfehler, oder die Ausgabe kann nicht
geschrieben werden.
</translation>
    </message>
    <message>
        <source>Write a PDF report of one list, its entries (with --findings, its findings) as CSV, or
the roots it names as a PEM trust bundle.
The file OUT is replaced atomically.

Export options:
  --pdf OUT           write the PDF report to OUT
  --paper SIZE        a4 (the default) or letter
  --csv OUT           write CSV (RFC 4180, UTF-8) to OUT
  --findings          with --csv: one row per finding instead of one per entry
  --separator CHAR    with --csv: the field separator (default ','; '\t' for a tab)
  --bom               with --csv: begin with a UTF-8 byte order mark
  --pem OUT           write the trust bundle: the certificates the list names (--certs), as
                      PEM with comment lines, in list order; entries without a certificate
                      are listed on standard error
  --purpose P         with --pem: only the roots the list grants P (an OID, or server-auth,
                      client-auth, code-signing, email, time-stamping, ocsp-signing)
  --not-before WHAT   with --pem: include or exclude (the default) roots restricted by a
                      NotBefore date, which a PEM bundle cannot express
                      (--at DATE: the date Disable dates are judged at; default now)
</source>
        <translation>Einen PDF-Bericht einer Liste schreiben, ihre Einträge (mit --findings ihre Befunde) als CSV, oder
die Stammzertifikate, die sie nennt, als PEM-Vertrauensbündel.
Die Datei AUSGABE wird atomar ersetzt.

Exportoptionen:
  --pdf AUSGABE       den PDF-Bericht nach AUSGABE schreiben
  --paper GRÖSSE      a4 (Vorgabe) oder letter
  --csv AUSGABE       CSV (RFC 4180, UTF-8) nach AUSGABE schreiben
  --findings          mit --csv: eine Zeile je Befund statt je Eintrag
  --separator ZEICHEN mit --csv: das Trennzeichen (Vorgabe ','; '\t' für einen Tabulator)
  --bom               mit --csv: mit einer UTF-8-Bytereihenfolgemarke beginnen
  --pem AUSGABE       das Vertrauensbündel schreiben: die Zertifikate, die die Liste nennt (--certs),
                      als PEM mit Kommentarzeilen, in Listenreihenfolge; Einträge ohne Zertifikat
                      werden auf der Standardfehlerausgabe genannt
  --purpose P         mit --pem: nur die Stammzertifikate, denen die Liste P gewährt (eine OID, oder
                      server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing)
  --not-before WAS    mit --pem: Stammzertifikate mit NotBefore-Datum einschließen (include) oder
                      auslassen (exclude, Vorgabe); ein PEM-Bündel kann diese Einschränkung nicht ausdrücken
                      (--at DATUM: der Zeitpunkt, zu dem Disable-Daten beurteilt werden; Vorgabe jetzt)
</translation>
    </message>
    <message>
        <source>--purpose and --not-before go with --pem</source>
        <translation>--purpose und --not-before gehören zu --pem</translation>
    </message>
    <message>
        <source>--pem needs the certificates: give --certs SOURCE</source>
        <translation>--pem braucht die Zertifikate: --certs QUELLE angeben</translation>
    </message>
    <message>
        <source>--purpose %1: give an OID or one of server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing</source>
        <translation>--purpose %1: eine OID oder eines von server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing angeben</translation>
    </message>
    <message>
        <source>--not-before must be include or exclude</source>
        <translation>--not-before muss include oder exclude sein</translation>
    </message>
    <message>
        <source>no certificate for entry %1</source>
        <translation>kein Zertifikat für Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1: the certificate's SHA-256 differs from the list's; left out</source>
        <translation>Eintrag %1: das SHA-256 des Zertifikats weicht von dem der Liste ab; ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2 certificates written; %3 entries without a certificate, %4 with a SHA-256 mismatch, %5 not granted the purpose, %6 disabled at %7</source>
        <translation>%1: %2 Zertifikate geschrieben; %3 Einträge ohne Zertifikat, %4 mit abweichendem SHA-256, %5 ohne den Zweck, %6 deaktiviert am %7</translation>
    </message>
    <message>
        <source>%1 roots restricted by a NotBefore date are included without that restriction: a PEM bundle cannot express it</source>
        <translation>%1 Stammzertifikate mit NotBefore-Datum sind ohne diese Einschränkung enthalten: ein PEM-Bündel kann sie nicht ausdrücken</translation>
    </message>
    <message>
        <source>%1 roots restricted by a NotBefore date are left out (--not-before include puts them in): a PEM bundle cannot express the restriction</source>
        <translation>%1 Stammzertifikate mit NotBefore-Datum sind ausgelassen (--not-before include nimmt sie auf): ein PEM-Bündel kann die Einschränkung nicht ausdrücken</translation>
    </message>
    <message>
        <source>this is a certificate source (%1), not a Certificate Trust List; give it with --certs to link it to a list</source>
        <translation>dies ist eine Zertifikatquelle (%1), keine Zertifikatvertrauensliste; mit --certs angeben, um sie mit einer Liste zu verknüpfen</translation>
    </message>
    <message>
        <source>give exactly one of --pdf OUT, --csv OUT or --pem OUT, and one FILE</source>
        <translation>genau eines von --pdf AUSGABE, --csv AUSGABE oder --pem AUSGABE und eine DATEI angeben</translation>
    </message>
    <message>
        <source>this program writes no PDF; run ctltool-export</source>
        <translation>dieses Programm schreibt kein PDF; ctltool-export ausführen</translation>
    </message>
    <message>
        <source>this is a certificate source, not a Certificate Trust List; give it with --certs</source>
        <translation>dies ist eine Zertifikatquelle, keine Zertifikatvertrauensliste; mit --certs angeben</translation>
    </message>
    <message>
        <source>Certificate does not match the list's SHA-256</source>
        <translation>Zertifikat passt nicht zum SHA-256 der Liste</translation>
    </message>
    <message>
        <source>Entry %1 names a certificate that %2 holds, but the list gives the SHA-256 %3 and that certificate's SHA-256 is %4. It is not the certificate the list means; it is not linked.</source>
        <translation>Eintrag %1 nennt ein Zertifikat, das %2 enthält, aber die Liste gibt das SHA-256 %3 an, und das SHA-256 dieses Zertifikats ist %4. Es ist nicht das Zertifikat, das die Liste meint; es wird nicht verknüpft.</translation>
    </message>
    <message>
        <source>%1: holds no Certificate Trust List (a certificate source?)</source>
        <translation>%1: enthält keine Zertifikatvertrauensliste (eine Zertifikatquelle?)</translation>
    </message>
    <message>
        <source>ctltool history [--json [--compact] | --csv] FILE...|DIR</source>
        <translation>ctltool history [--json [--compact] | --csv] DATEI...|ORDNER</translation>
    </message>
    <message>
        <source>The history of every entry across many lists: the lists ordered by thisUpdate, then
sequence number (each kind of list on its own), each compared with the one before it.
Lists with the same entries (the same list in an STL and a CAB, or re-signed) count
once and say so. Per entry: first seen, last seen and every change; per list: its
entries and changes. A folder is read without its subfolders; its files that hold no
list are skipped with a note.

Output options:
  --json              {lists[], entries[] {identifier, friendlyName, firstSeen,
                      lastSeen, events[] {date, list, change, old, new}}}
  --compact           with --json: on one line
  --csv               one row per event (RFC 4180)
  --lang CODE         messages in this language (en, de, ko)
  -h, --help          show this help

Exit codes: 0 written; 2 unreadable input, no list, a usage error, or the output
cannot be written.
</source>
        <translation>Die Geschichte jedes Eintrags über viele Listen: die Listen sortiert nach thisUpdate, dann nach
Sequenznummer (jede Art von Liste für sich), jede mit der vorhergehenden verglichen. Listen mit
denselben Einträgen (dieselbe Liste in einer STL und einer CAB, oder neu signiert) zählen einmal
und sagen das. Je Eintrag: zuerst gesehen, zuletzt gesehen und jede Änderung; je Liste: ihre
Einträge und Änderungen. Ein Ordner wird ohne seine Unterordner gelesen; seine Dateien, die keine
Liste enthalten, werden mit einem Hinweis übersprungen.

Ausgabeoptionen:
  --json              {lists[], entries[] {identifier, friendlyName, firstSeen,
                      lastSeen, events[] {date, list, change, old, new}}}
  --compact           mit --json: in einer Zeile
  --csv               eine Zeile je Ereignis (RFC 4180)
  --lang CODE         Meldungen in dieser Sprache (en, de, ko)
  -h, --help          diese Hilfe zeigen

Exit-Codes: 0 geschrieben; 2 Eingabe unlesbar, keine Liste, ein Bedienfehler, oder die Ausgabe
kann nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>give two files: OLD and NEW</source>
        <translation>zwei Dateien angeben: ALT und NEU</translation>
    </message>
    <message>
        <source>%1 holds %2 lists and %3 holds %4: comparing the %5 lists</source>
        <translation>%1 enthält %2 Listen und %3 enthält %4: die %5-Listen werden verglichen</translation>
    </message>
    <message>
        <source>give --json or --csv, not both</source>
        <translation>--json oder --csv angeben, nicht beides</translation>
    </message>
    <message>
        <source>give the lists: files or a folder</source>
        <translation>die Listen angeben: Dateien oder einen Ordner</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: übersprungen</translation>
    </message>
    <message>
        <source>%1: no list in this folder</source>
        <translation>%1: keine Liste in diesem Ordner</translation>
    </message>
    <message>
        <source>--purpose %1: give an OID, any, or one of server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing, document-signing, smart-card-logon</source>
        <translation>--purpose %1: eine OID, any oder eines von server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing, document-signing, smart-card-logon angeben</translation>
    </message>
    <message>
        <source>--windows must be 10 or 7</source>
        <translation>--windows muss 10 oder 7 sein</translation>
    </message>
    <message>
        <source>%1: not a Certificate Trust List</source>
        <translation>%1: keine Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <source>ctltool status [--purpose P] [--at DATE] [--windows 10|7] [--disallowed LIST] [--json | --csv] LIST</source>
        <translation>ctltool status [--purpose P] [--at DATUM] [--windows 10|7] [--disallowed LISTE] [--json | --csv] LISTE</translation>
    </message>
    <message>
        <source>Question options:
  --purpose P         an OID, or server-auth, client-auth, code-signing, email, time-stamping,
                      ocsp-signing, document-signing, smart-card-logon; any (the default): the
                      entry as a whole
  --at DATE           the date asked about (ISO 8601; default now)
  --windows 10|7      10: Windows 10/11 and Server 2016+ (the default); 7: Windows 7/8.1, which
                      ignore Disable and NotBefore dates
  --disallowed LIST   also a disallowed list: certificates it names read disallowed
</source>
        <translation>Frageoptionen:
  --purpose P         eine OID, oder server-auth, client-auth, code-signing, email, time-stamping,
                      ocsp-signing, document-signing, smart-card-logon; any (Vorgabe): der
                      Eintrag als Ganzes
  --at DATUM          das erfragte Datum (ISO 8601; Vorgabe jetzt)
  --windows 10|7      10: Windows 10/11 und Server 2016+ (Vorgabe); 7: Windows 7/8.1, die
                      Disable- und NotBefore-Daten ignorieren
  --disallowed LISTE  auch eine Liste gesperrter Zertifikate: was sie nennt, gilt als disallowed
</translation>
    </message>
    <message>
        <source>What Windows makes of every entry of an authroot list for a purpose, at a date, on a
Windows generation: trusted, not-before (only certificates issued before a date),
disabled, purpose-not-granted, disallowed or not-listed, with the reason and, per
entry, the status for every purpose it mentions. The counts come first. As of a
date D: a certificate issued on D and used on D.
</source>
        <translation>Was Windows aus jedem Eintrag einer authroot-Liste für einen Zweck, zu einem Datum, unter einer
Windows-Generation macht: trusted, not-before (nur Zertifikate, die vor einem Datum ausgestellt
wurden), disabled, purpose-not-granted, disallowed oder not-listed, mit dem Grund und je Eintrag
dem Status für jeden Zweck, den er nennt. Die Anzahlen kommen zuerst. Zum Stichtag D: ein
Zertifikat, das am Tag D ausgestellt und am Tag D verwendet wird.
</translation>
    </message>
    <message>
        <source>
Output options:
  --json              one JSON object: at, windows, purpose, counts, entries[]
  --csv               one CSV row per entry and purpose

Exit codes: 0 written; 2 unreadable input, a usage error, or the output cannot be
written.
</source>
        <translation>
Ausgabeoptionen:
  --json              ein JSON-Objekt: at, windows, purpose, counts, entries[]
  --csv               eine CSV-Zeile je Eintrag und Zweck

Exit-Codes: 0 geschrieben; 2 Eingabe unlesbar, ein Bedienfehler, oder die Ausgabe kann nicht
geschrieben werden.
</translation>
    </message>
    <message>
        <source>Would Windows trust this certificate? Builds the chain from CERT to a root with the
chain files and certificate sources, finds the root in the list by the list's
identifier type, looks every chain certificate up in the disallowed list, and applies
the list's rules with the certificate's own issue date: one sentence, then the
evidence (chain, entry, properties, dates).
</source>
        <translation>Würde Windows diesem Zertifikat vertrauen? Bildet die Kette von ZERT zu einem Stammzertifikat aus
den Kettendateien und Zertifikatquellen, findet das Stammzertifikat in der Liste über deren
Kennungstyp, sucht jedes Zertifikat der Kette in der Liste gesperrter Zertifikate und wendet
die Regeln der Liste mit dem eigenen Ausstellungsdatum des Zertifikats an: ein Satz, dann die
Belege (Kette, Eintrag, Eigenschaften, Daten).
</translation>
    </message>
    <message>
        <source>give exactly one LIST</source>
        <translation>genau eine LISTE angeben</translation>
    </message>
    <message>
        <source>%1 entries; as of %2 on %3, for %4</source>
        <translation>%1 Einträge; zum Stichtag %2 unter %3, für %4</translation>
    </message>
    <message>
        <source>--timestamp %1: not a date</source>
        <translation>--timestamp %1: kein Datum</translation>
    </message>
    <message>
        <source>give exactly one CERT</source>
        <translation>genau ein ZERT angeben</translation>
    </message>
    <message>
        <source>give the authroot list with --list LIST</source>
        <translation>die authroot-Liste mit --list LISTE angeben</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>certificate %1 (%2) is not valid on that date</source>
        <translation>Zertifikat %1 (%2) ist an diesem Datum nicht gültig</translation>
    </message>
    <message>
        <source>the signature of certificate %1 (%2) does not verify</source>
        <translation>die Signatur von Zertifikat %1 (%2) lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>the certificate's extended key usage does not include %1</source>
        <translation>die erweiterte Schlüsselverwendung des Zertifikats enthält %1 nicht</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: yes.</source>
        <translation>%1 würde dieser Kette für %2 am %3 vertrauen: ja.</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: no, because %4.</source>
        <translation>%1 würde dieser Kette für %2 am %3 vertrauen: nein, weil %4.</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>valid %1 to %2, SHA-1 %3</source>
        <translation>gültig %1 bis %2, SHA-1 %3</translation>
    </message>
    <message>
        <source>named by the disallowed list (entry %1)</source>
        <translation>von der Liste gesperrter Zertifikate genannt (Eintrag %1)</translation>
    </message>
    <message>
        <source>the list's entry %1</source>
        <translation>Eintrag %1 der Liste</translation>
    </message>
    <message>
        <source>(the chain ends here: no issuer among the certificates given)</source>
        <translation>(die Kette endet hier: kein Aussteller unter den angegebenen Zertifikaten)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>Dates: issued %1, used %2</source>
        <translation>Daten: ausgestellt %1, verwendet %2</translation>
    </message>
    <message>
        <source>, timestamp %1</source>
        <translation>, Zeitstempel %1</translation>
    </message>
    <message>
        <source>Catalogs: %1 indexed, %2 members; %3 cover the files given</source>
        <translation>Kataloge: %1 indiziert, %2 Elemente; %3 decken die angegebenen Dateien ab</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>  Verdict: %1</source>
        <translation>  Ergebnis: %1</translation>
    </message>
    <message>
        <source>  Signer: %1</source>
        <translation>  Signaturgeber: %1</translation>
    </message>
    <message>
        <source>  Members: %1</source>
        <translation>  Elemente: %1</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>NOT covered</source>
        <translation>NICHT abgedeckt</translation>
    </message>
    <message>
        <source>differs from a covered member only in line endings: with CRLF it is %1</source>
        <translation>unterscheidet sich von einem abgedeckten Element nur in den Zeilenenden: mit CRLF ist sie %1</translation>
    </message>
    <message>
        <source>Members no file matches: %1</source>
        <translation>Elemente, zu denen keine Datei passt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files covered</source>
        <translation>%1 von %2 Dateien abgedeckt</translation>
    </message>
    <message>
        <source>ctltool verify-files [--json [--compact]] [VALIDATION OPTIONS] CATALOG PATH...</source>
        <translation>ctltool verify-files [--json [--compact]] [PRÜFOPTIONEN] KATALOG PFAD...</translation>
    </message>
    <message>
        <source>Check which files a security catalog (.cat) covers. Each PATH (a file, or a folder
searched recursively) is hashed as Windows does: the Authenticode image hash of a PE
file (.sys, .dll, .exe, ...), the hash of every byte of anything else, in SHA-1 and
SHA-256; and looked up among the catalog's members by hash, never by name. Says which
member covers each file, which files no member covers (and when a text file would be
covered with CRLF line ends), and which members no file matches. CATALOG may be a
folder of catalogs (a copy of System32\CatRoot): every catalog in it is indexed and
each file is reported with the catalogs that cover it. The catalog itself is not
checked as one of the files.
</source>
        <translation>Prüfen, welche Dateien ein Sicherheitskatalog (.cat) abdeckt. Jeder PFAD (eine Datei oder ein
rekursiv durchsuchter Ordner) wird so gehasht, wie Windows es tut: der Authenticode-Image-Hash
einer PE-Datei (.sys, .dll, .exe, ...), der Hash über alle Bytes bei allem anderen, in SHA-1 und
SHA-256; und unter den Elementen des Katalogs nach Hash gesucht, nie nach Name. Nennt, welches
Element jede Datei abdeckt, welche Dateien kein Element abdeckt (und wann eine Textdatei mit
CRLF-Zeilenenden abgedeckt wäre) und zu welchen Elementen keine Datei passt. KATALOG kann ein
Ordner mit Katalogen sein (eine Kopie von System32\CatRoot): jeder Katalog darin wird indiziert,
und jede Datei wird mit den Katalogen gemeldet, die sie abdecken. Der Katalog selbst wird nicht
als eine der Dateien geprüft.
</translation>
    </message>
    <message>
        <source>Output options:
  --json              one JSON document: {"formatVersion", "catalog", "files",
                      "members"}, indented for people
  --compact           with --json: the same document on one line
</source>
        <translation>Ausgabeoptionen:
  --json              ein JSON-Dokument: {"formatVersion", "catalog", "files",
                      "members"}, für Menschen eingerückt
  --compact           mit --json: dasselbe Dokument in einer Zeile
</translation>
    </message>
    <message>
        <source>Exit codes: 0 the catalog is valid (or valid with warnings) and covers every file; 1
a file is not covered by a valid catalog; 2 a file or the catalog cannot be read, a
usage error, or the output cannot be written.
</source>
        <translation>Exit-Codes: 0 der Katalog ist gültig (oder gültig mit Warnungen) und deckt jede Datei ab;
1 eine Datei ist von keinem gültigen Katalog abgedeckt; 2 eine Datei oder der Katalog kann nicht
gelesen werden, ein Bedienfehler, oder die Ausgabe kann nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>give a CATALOG and at least one file or folder</source>
        <translation>einen KATALOG und mindestens eine Datei oder einen Ordner angeben</translation>
    </message>
    <message>
        <source>not a security catalog</source>
        <translation>kein Sicherheitskatalog</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 are not catalogs and were left out</source>
        <translation>
            <numerusform>%n Datei in %1 ist kein Katalog und wurde ausgelassen</numerusform>
            <numerusform>%n Dateien in %1 sind keine Kataloge und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective trust commands:
  status    what Windows trusts in a list, for which purpose, as of when, on which Windows
  check     would Windows trust this certificate?

</source>
        <translation>Befehle zum wirksamen Vertrauen:
  status    wem Windows in einer Liste vertraut, für welchen Zweck, wann, unter welchem Windows
  check     würde Windows diesem Zertifikat vertrauen?

</translation>
    </message>
    <message>
        <source>Security catalog commands:
  verify-files  which files a security catalog (.cat) covers

</source>
        <translation>Befehle für Sicherheitskataloge:
  verify-files  welche Dateien ein Sicherheitskatalog (.cat) abdeckt

</translation>
    </message>
    <message>
        <source>Commands for what changed:
  diff      what changed between two lists (text, JSON, CSV or Markdown)
  history   the history of every entry across many lists

</source>
        <translation>Befehle für Änderungen:
  diff      was sich zwischen zwei Listen geändert hat (Text, JSON, CSV oder Markdown)
  history   die Geschichte jedes Eintrags über viele Listen

</translation>
    </message>
    <message>
        <source>verify-files: 0 the catalog is valid and covers every file; 1 a file is not covered by a
valid catalog; 2 a file or the catalog cannot be read (see "ctltool verify-files --help").
</source>
        <translation>verify-files: 0 der Katalog ist gültig und deckt jede Datei ab; 1 eine Datei ist von keinem
gültigen Katalog abgedeckt; 2 Datei oder Katalog unlesbar (siehe „ctltool verify-files --help“).
</translation>
    </message>
    <message>
        <source>Exit codes of diff: 0 identical, 1 different, 2 unreadable.
</source>
        <translation>Exit-Codes von diff: 0 identisch, 1 verschieden, 2 unlesbar.
</translation>
    </message>
    <message>
        <source>Driver signing policy:</source>
        <translation>Treibersignaturrichtlinie:</translation>
    </message>
    <message>
        <source>give one of --json, --csv, --markdown or --pdf</source>
        <translation>eines von --json, --csv, --markdown oder --pdf angeben</translation>
    </message>
    <message>
        <source>give --json or --pdf, not both</source>
        <translation>--json oder --pdf angeben, nicht beides</translation>
    </message>
    <message>
        <source>ctltool diff [--json [--compact] | --csv | --markdown | --pdf OUT [--paper a4|letter]] OLD NEW</source>
        <translation>ctltool diff [--json [--compact] | --csv | --markdown | --pdf AUSGABE [--paper a4|letter]] ALT NEU</translation>
    </message>
    <message>
        <source>Compare two lists (any input dump reads: .stl, .cab, PEM, .reg): the list fields, the
entries added and removed, and every attribute of the entries in both, matched by
identifier. Purposes and policies are compared as sets. The same list in an STL and a
CAB is identical.

Output options:
  --json              {old, new, list[], added[], removed[], changed[]}; attributes are
                      named as dump --json names the entry keys
  --compact           with --json: on one line
  --csv               one row per change (RFC 4180): change, identifier, friendlyName,
                      attribute, old, new
  --markdown          a summary that reads like a deployment notice, with names and
                      thumbprints
  --pdf OUT           a PDF report ("-": standard output): page 1 the summary in words
                      with both files' facts, then every change in a table; written
                      atomically, never over OLD or NEW
  --paper SIZE        with --pdf: a4 (the default) or letter
  --lang CODE         messages in this language (en, de, ko)
  -h, --help          show this help

When a file holds several lists, the lists of the same kind are compared.
Exit codes: 0 identical; 1 different; 2 unreadable input, a usage error, or the output
cannot be written.
</source>
        <translation>Zwei Listen vergleichen (jede Eingabe, die dump liest: .stl, .cab, PEM, .reg): die Listenfelder,
die hinzugefügten und entfernten Einträge und jedes Attribut der Einträge, die in beiden stehen,
zugeordnet über die Kennung. Zwecke und Richtlinien werden als Mengen verglichen. Dieselbe Liste
in einer STL und einer CAB ist identisch.

Ausgabeoptionen:
  --json              {old, new, list[], added[], removed[], changed[]}; die Attribute heißen
                      so wie die Eintragsschlüssel bei dump --json
  --compact           mit --json: in einer Zeile
  --csv               eine Zeile je Änderung (RFC 4180): change, identifier, friendlyName,
                      attribute, old, new
  --markdown          eine Zusammenfassung im Stil einer Bereitstellungsmitteilung, mit Namen
                      und Fingerabdrücken
  --pdf AUSGABE       ein PDF-Bericht ("-": Standardausgabe): Seite 1 die Zusammenfassung
                      in Worten mit den Angaben beider Dateien, dann jede Änderung in einer
                      Tabelle; atomar geschrieben, nie über ALT oder NEU
  --paper GRÖSSE      mit --pdf: a4 (Vorgabe) oder letter
  --lang CODE         Meldungen in dieser Sprache (en, de, ko)
  -h, --help          diese Hilfe zeigen

Enthält eine Datei mehrere Listen, werden die Listen derselben Art verglichen.
Exit-Codes: 0 identisch; 1 verschieden; 2 Eingabe unlesbar, ein Bedienfehler, oder die Ausgabe
kann nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper gehört zu --pdf</translation>
    </message>
    <message>
        <source>ctltool check --list LIST [--chain FILE]... [--disallowed LIST] [--certs SOURCE]... [--purpose P] [--at DATE] [--timestamp DATE] [--windows 10|7] [--json | --pdf OUT [--paper a4|letter]] CERT</source>
        <translation>ctltool check --list LISTE [--chain DATEI]... [--disallowed LISTE] [--certs QUELLE]... [--purpose P] [--at DATUM] [--timestamp DATUM] [--windows 10|7] [--json | --pdf AUSGABE [--paper a4|letter]] ZERT</translation>
    </message>
    <message>
        <source>  --timestamp DATE    a signature's trusted timestamp: Disable dates compare it instead
                      of --at

Input options:
  --list LIST         the authroot list (required)
  --chain FILE        intermediate certificates (PEM, DER, bundle); repeatable
  --certs SOURCE      more certificates (.sst, PEM bundle, folder, ...); repeatable
  --json              one JSON object: trusted, status, reason, root, chain[], purpose,
                      at, windows
  --pdf OUT           a PDF report ("-": standard output): the sentence, then the
                      evidence; written atomically, never over an input
  --paper SIZE        with --pdf: a4 (the default) or letter

Exit codes: 0 trusted; 1 not trusted; 2 unreadable input, a usage error, or the
output cannot be written.
</source>
        <translation>  --timestamp DATUM   der vertrauenswürdige Zeitstempel einer Signatur: Disable-Daten werden
                      mit ihm statt mit --at verglichen

Eingabeoptionen:
  --list LISTE        die authroot-Liste (erforderlich)
  --chain DATEI       Zwischenzertifikate (PEM, DER, Bündel); wiederholbar
  --certs QUELLE      weitere Zertifikate (.sst, PEM-Bündel, Ordner, ...); wiederholbar
  --json              ein JSON-Objekt: trusted, status, reason, root, chain[], purpose,
                      at, windows
  --pdf AUSGABE       ein PDF-Bericht ("-": Standardausgabe): der Satz, dann die Belege;
                      atomar geschrieben, nie über eine Eingabe
  --paper GRÖSSE      mit --pdf: a4 (Vorgabe) oder letter

Exit-Codes: 0 vertrauenswürdig; 1 nicht vertrauenswürdig; 2 Eingabe unlesbar, ein Bedienfehler,
oder die Ausgabe kann nicht geschrieben werden.
</translation>
    </message>
</context>
<context>
    <name>ctlv::DetailModel</name>
    <message>
        <source>Entry %1 of %2: %3</source>
        <translation>Eintrag %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffReport</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters; the CSV export has the whole value)</source>
        <translation>
            <numerusform>%1… (%n Zeichen; der CSV-Export enthält den ganzen Wert)</numerusform>
            <numerusform>%1… (%n Zeichen; der CSV-Export enthält den ganzen Wert)</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>Diese Aktualisierung</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 zu %2</translation>
    </message>
    <message>
        <source>The lists are identical.</source>
        <translation>Die Listen sind identisch.</translation>
    </message>
    <message>
        <source>The lists differ.</source>
        <translation>Die Listen unterscheiden sich.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Old list</source>
        <translation>Alte Liste</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>List fields</source>
        <translation>Listenfelder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>(the list)</source>
        <translation>(die Liste)</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffTableModel</name>
    <message>
        <source>(the list)</source>
        <translation>(die Liste)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffText</name>
    <message numerus="yes">
        <source>%n root(s)</source>
        <translation>
            <numerusform>%n Stammzertifikat</numerusform>
            <numerusform>%n Stammzertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Verwendungszwecke</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>Deaktiviert ab</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>Deaktivierte Verwendungszwecke</translation>
    </message>
    <message>
        <source>NotBefore</source>
        <translation>NotBefore</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore-Verwendungszwecke</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Schlüsselkennung</translation>
    </message>
    <message>
        <source>Subject name MD5</source>
        <translation>MD5 des Subjektnamens</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>Signatur-Hash</translation>
    </message>
    <message>
        <source>Public key MD5</source>
        <translation>MD5 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>EV / root program policies</source>
        <translation>EV-/Root-Programm-Richtlinien</translation>
    </message>
    <message>
        <source>Chain policies</source>
        <translation>Kettenrichtlinien</translation>
    </message>
    <message>
        <source>Disallowed as CA from</source>
        <translation>Als CA gesperrt ab</translation>
    </message>
    <message>
        <source>Pin rules</source>
        <translation>Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin rule flags</source>
        <translation>Flags der Pinning-Regeln</translation>
    </message>
    <message>
        <source>Unknown attributes</source>
        <translation>Unbekannte Attribute</translation>
    </message>
    <message>
        <source>Kind of list</source>
        <translation>Art der Liste</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>Diese Aktualisierung</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Subject usage</source>
        <translation>Verwendung der Subjekte</translation>
    </message>
    <message>
        <source>List identifier</source>
        <translation>Listenkennung</translation>
    </message>
    <message>
        <source>Subject algorithm</source>
        <translation>Subjekt-Algorithmus</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signaturgeber</translation>
    </message>
    <message>
        <source>Signer's issuer</source>
        <translation>Aussteller des Signaturgebers</translation>
    </message>
    <message>
        <source>Signer's serial number</source>
        <translation>Seriennummer des Signaturgebers</translation>
    </message>
    <message>
        <source>Certificate Transparency logs</source>
        <translation>Certificate-Transparency-Logs</translation>
    </message>
    <message>
        <source>Extension %1</source>
        <translation>Erweiterung %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The lists are identical: same list fields and entries.</source>
        <translation>Die Listen sind identisch: dieselben Listenfelder und Einträge.</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>fügt %1 hinzu</translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>ändert %1</translation>
    </message>
    <message numerus="yes">
        <source>changes %n list field(s)</source>
        <translation>
            <numerusform>ändert %n Listenfeld</numerusform>
            <numerusform>ändert %n Listenfelder</numerusform>
        </translation>
    </message>
    <message>
        <source>The new list %1; %2 unchanged.</source>
        <translation>Die neue Liste %1; %2 unverändert.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Changes in %1 from %2 to %3</source>
        <translation>Änderungen in %1 von %2 bis %3</translation>
    </message>
    <message>
        <source>Old: %1 (%2 entries). New: %3 (%4 entries).</source>
        <translation>Alt: %1 (%2 Einträge). Neu: %3 (%4 Einträge).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>List fields</source>
        <translation>Listenfelder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Adds %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removes %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>all purposes</source>
        <translation>alle Verwendungszwecke</translation>
    </message>
    <message>
        <source>Disables %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <source>From; purposes</source>
        <translation>Ab; Verwendungszwecke</translation>
    </message>
    <message>
        <source>Re-enables %1 (removes the Disable date)</source>
        <translation>Wieder aktiviert (Disable-Datum entfernt): %1</translation>
    </message>
    <message>
        <source>Adds NotBefore for %1 to %2</source>
        <translation>NotBefore für %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Removes the NotBefore date from %1</source>
        <translation>NotBefore-Datum entfernt: %1</translation>
    </message>
    <message>
        <source>Removes %1 from %2</source>
        <translation>Verwendungszwecke entfernt (%1): %2</translation>
    </message>
    <message>
        <source>Adds %1 to %2</source>
        <translation>Verwendungszwecke hinzugefügt (%1): %2</translation>
    </message>
    <message>
        <source>Changes the purposes of %1</source>
        <translation>Verwendungszwecke geändert: %1</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <source>Changes the %1 of %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 entries)</source>
        <translation>%1 (%2, %3, %4 Einträge)</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>alt: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>%1 lists, %2 with distinct entries:</source>
        <translation>%1 Listen, %2 mit unterschiedlichen Einträgen:</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>same entries as %1</source>
        <translation>dieselben Einträge wie %1</translation>
    </message>
    <message>
        <source>+%1 -%2 ~%3</source>
        <translation>+%1 -%2 ~%3</translation>
    </message>
    <message>
        <source>%1 entries:</source>
        <translation>%1 Einträge:</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(verschwunden)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffView</name>
    <message>
        <source>Old: %1 (%2, %3 entries)
New: %4 (%5, %6 entries)
%7</source>
        <translation>Alt: %1 (%2, %3 Einträge)
Neu: %4 (%5, %6 Einträge)
%7</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>List fields</source>
        <translation>Listenfelder</translation>
    </message>
    <message>
        <source>Filter changes (name, thumbprint, attribute, value)</source>
        <translation>Änderungen filtern (Name, Fingerabdruck, Attribut, Wert)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 von %2 Änderungen</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Diff: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the diff as Markdown</source>
        <translation>Vergleich als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export the diff as CSV</source>
        <translation>Vergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export the diff as a PDF report</source>
        <translation>Den Vergleich als PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ctlv::DocumentLoader</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this is a 3D model in binary STL format (%1 triangles), not a Certificate Trust List; Windows trust lists share the .stl extension with 3D models</source>
        <translation>dies ist ein 3D-Modell im binären STL-Format (%1 Dreiecke), keine Zertifikatvertrauensliste; Windows-Vertrauenslisten teilen die Endung .stl mit 3D-Modellen</translation>
    </message>
    <message>
        <source>this is an X.509 certificate (%1), not a Certificate Trust List</source>
        <translation>dies ist ein X.509-Zertifikat (%1), keine Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file; it was not opened, since reading it could wait forever (give - to read standard input)</source>
        <translation>dies ist eine benannte Pipe (FIFO), keine Datei; sie wurde nicht geöffnet, da das Lesen ewig warten könnte (- liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>this is a socket, not a file; it was not opened</source>
        <translation>dies ist ein Socket, keine Datei; er wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>this is a character device, not a file; it was not read, since a device such as /dev/zero never ends</source>
        <translation>dies ist ein zeichenorientiertes Gerät, keine Datei; es wurde nicht gelesen, da ein Gerät wie /dev/zero nie endet</translation>
    </message>
    <message>
        <source>this is a block device (a disk), not a file; it was not read</source>
        <translation>dies ist ein Blockgerät (ein Datenträger), keine Datei; es wurde nicht gelesen</translation>
    </message>
    <message>
        <source>this is not a regular file; it was not read</source>
        <translation>dies ist keine reguläre Datei; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the input is longer than the limit of %1 bytes</source>
        <translation>die Eingabe ist länger als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>(standard input)</source>
        <translation>(Standardeingabe)</translation>
    </message>
</context>
<context>
    <name>ctlv::DocumentTreeModel</name>
    <message>
        <source>Member of the cabinet archive</source>
        <translation>Bestandteil des Cabinet-Archivs</translation>
    </message>
    <message>
        <source>Certificate Trust List of %1</source>
        <translation>Zertifikatvertrauensliste von %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Signers and chain</source>
        <translation>Signaturgeber und Kette</translation>
    </message>
    <message>
        <source>certificate not in the file</source>
        <translation>Zertifikat nicht in der Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>Einträge (%1)</translation>
    </message>
    <message>
        <source>Extensions (%1)</source>
        <translation>Erweiterungen (%1)</translation>
    </message>
    <message>
        <source>Findings (not checked)</source>
        <extracomment>The list has not been validated (yet)</extracomment>
        <translation>Befunde (nicht geprüft)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Not in this list (%1)</source>
        <translation>Nicht in dieser Liste (%1)</translation>
    </message>
    <message>
        <source>Certificates of the added sources that no entry names</source>
        <translation>Zertifikate der hinzugefügten Quellen, die kein Eintrag nennt</translation>
    </message>
</context>
<context>
    <name>ctlv::DocumentView</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>This file cannot be shown as a Certificate Trust List</source>
        <translation>Diese Datei kann nicht als Zertifikatvertrauensliste angezeigt werden</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Byte offset:</source>
        <translation>Byte-Offset:</translation>
    </message>
    <message>
        <source>Contents of the file</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <source>Filter entries: name, thumbprint, purpose, date…</source>
        <translation>Einträge filtern: Name, Fingerabdruck, Zweck, Datum…</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Entry count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation>Erklärung des gewählten Befunds</translation>
    </message>
    <message>
        <source>Signers and certificate chains</source>
        <translation>Signaturgeber und Zertifikatketten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag</numerusform>
            <numerusform>%1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Copy row as tab-separated text</source>
        <translation>Zeile als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Copy identifier (SHA-1 thumbprint)</source>
        <translation>Kennung kopieren (SHA-1-Fingerabdruck)</translation>
    </message>
    <message>
        <source>Copy SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy field and value</source>
        <translation>Feld und Wert kopieren</translation>
    </message>
    <message>
        <source>Export certificate as PEM…</source>
        <translation>Zertifikat als PEM exportieren…</translation>
    </message>
    <message>
        <source>Export certificate as DER…</source>
        <translation>Zertifikat als DER exportieren…</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.cer *.der)</source>
        <translation>DER-Zertifikat (*.cer *.der)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation>Es gibt keine Liste zum Exportieren.</translation>
    </message>
    <message>
        <source>No entries are selected.</source>
        <translation>Es sind keine Einträge ausgewählt.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Filter certificates: subject, issuer, thumbprint…</source>
        <translation>Zertifikate filtern: Antragsteller, Aussteller, Fingerabdruck…</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>Zertifikate filtern</translation>
    </message>
    <message>
        <source>Certificate count</source>
        <translation>Zertifikatanzahl</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln certificates</source>
        <translation>
            <numerusform>%1 von %Ln Zertifikat</numerusform>
            <numerusform>%1 von %Ln Zertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Open a trust list first.</source>
        <translation>Öffnen Sie zuerst eine Vertrauensliste.</translation>
    </message>
    <message>
        <source>%1 holds no certificates to add.</source>
        <translation>%1 enthält keine Zertifikate zum Hinzufügen.</translation>
    </message>
    <message>
        <source>Certificates not in this list</source>
        <translation>Zertifikate, die nicht in dieser Liste stehen</translation>
    </message>
    <message>
        <source>No certificate is linked to this entry.</source>
        <translation>Mit diesem Eintrag ist kein Zertifikat verknüpft.</translation>
    </message>
    <message>
        <source>Add certificates to the list first.</source>
        <translation>Zuerst Zertifikate zur Liste hinzufügen.</translation>
    </message>
    <message>
        <source>Entries per status</source>
        <translation>Einträge je Status</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A count of entries with a status, e.g. "412 Trusted"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Copy finding</source>
        <translation>Befund kopieren</translation>
    </message>
    <message>
        <source>Copy code (%1)</source>
        <translation>Code kopieren (%1)</translation>
    </message>
</context>
<context>
    <name>ctlv::EntryStatus</name>
    <message>
        <source>Trusted</source>
        <extracomment>Status of a root certificate entry: no restriction applies</extracomment>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Disabled for some purposes</source>
        <translation>Für einige Zwecke deaktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Restricted by NotBefore date</source>
        <extracomment>Certificates issued after a date are no longer trusted</extracomment>
        <translation>Durch NotBefore-Datum eingeschränkt</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Wird deaktiviert</translation>
    </message>
    <message>
        <source>Distrusted</source>
        <extracomment>An entry of the disallowed certificate list</extracomment>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Pin rule</source>
        <translation>Pinning-Regel</translation>
    </message>
    <message>
        <source>In the catalog</source>
        <extracomment>A member of a security catalog (a file's hash the catalog vouches for)</extracomment>
        <translation>Im Katalog</translation>
    </message>
</context>
<context>
    <name>ctlv::EntryTableModel</name>
    <message>
        <source>Always</source>
        <extracomment>An empty disabled date in the list: the entry has been disabled since forever</extracomment>
        <translation>Immer</translation>
    </message>
    <message>
        <source>SHA-256 of the certificate</source>
        <translation>SHA-256 des Zertifikats</translation>
    </message>
    <message>
        <source>The entry lists no purposes.</source>
        <translation>Der Eintrag nennt keine Verwendungszwecke.</translation>
    </message>
    <message>
        <source>The list gives an empty date: the entry is disabled since forever.</source>
        <translation>Die Liste gibt ein leeres Datum an: der Eintrag ist seit jeher deaktiviert.</translation>
    </message>
    <message>
        <source>The list gives an empty NotBefore date.</source>
        <translation>Die Liste gibt ein leeres NotBefore-Datum an.</translation>
    </message>
    <message>
        <source>Certificates issued after %1 are not trusted.</source>
        <translation>Nach %1 ausgestellten Zertifikaten wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Windows trusts this root for the purposes listed.</source>
        <translation>Windows vertraut diesem Stammzertifikat für die aufgeführten Zwecke.</translation>
    </message>
    <message>
        <source>Windows no longer trusts this root for: %1.</source>
        <translation>Windows vertraut diesem Stammzertifikat nicht mehr für: %1.</translation>
    </message>
    <message>
        <source>Windows no longer trusts this root for any purpose.</source>
        <translation>Windows vertraut diesem Stammzertifikat für keinen Zweck mehr.</translation>
    </message>
    <message>
        <source>Windows does not trust certificates this root issued after the NotBefore date.</source>
        <translation>Windows vertraut Zertifikaten nicht, die dieses Stammzertifikat nach dem NotBefore-Datum ausgestellt hat.</translation>
    </message>
    <message>
        <source>Windows will stop trusting this root on %1.</source>
        <translation>Windows wird diesem Stammzertifikat ab %1 nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>Windows treats this certificate as untrusted.</source>
        <translation>Windows behandelt dieses Zertifikat als nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>A certificate pinning rule for this domain.</source>
        <translation>Eine Regel für Zertifikat-Pinning für diese Domain.</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Verwendungszwecke</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>Deaktiviert ab</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>Deaktivierte Zwecke</translation>
    </message>
    <message>
        <source>NotBefore</source>
        <translation>NotBefore</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore-Zwecke</translation>
    </message>
    <message>
        <source>EV policies</source>
        <translation>EV-Richtlinien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SHA-1 of the certificate, or the domain name for pin rules</source>
        <translation>SHA-1 des Zertifikats, bei Pinning-Regeln der Domainname</translation>
    </message>
    <message>
        <source>Extended key usages Windows enables for this root</source>
        <translation>Erweiterte Schlüsselverwendungen, die Windows für dieses Stammzertifikat freigibt</translation>
    </message>
    <message>
        <source>Trust stops on this date (for the disabled purposes, or for all)</source>
        <translation>Das Vertrauen endet an diesem Datum (für die deaktivierten Zwecke oder für alle)</translation>
    </message>
    <message>
        <source>Certificates issued after this date are not trusted</source>
        <translation>Nach diesem Datum ausgestellten Zertifikaten wird nicht vertraut</translation>
    </message>
    <message>
        <source>Extended Validation policies of the root program</source>
        <translation>Extended-Validation-Richtlinien des Root-Programms</translation>
    </message>
    <message>
        <source>Cert. subject</source>
        <translation>Zert.-Antragsteller</translation>
    </message>
    <message>
        <source>Cert. expires</source>
        <translation>Zert. läuft ab</translation>
    </message>
    <message>
        <source>Cert. key</source>
        <translation>Zert.-Schlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Whether the added certificates hold the one this entry names</source>
        <translation>Ob die hinzugefügten Zertifikate das enthalten, das dieser Eintrag nennt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Hash (tag)</source>
        <translation>Hash (Tag)</translation>
    </message>
    <message>
        <source>Hash of</source>
        <translation>Hash über</translation>
    </message>
    <message>
        <source>OS attributes</source>
        <translation>OS-Attribute</translation>
    </message>
    <message>
        <source>What Windows makes of the root for the purpose, date and Windows chosen above the table</source>
        <translation>Was Windows für den Zweck, das Datum und die Windows-Version, die über der Tabelle gewählt sind, aus dem Stammzertifikat macht</translation>
    </message>
    <message>
        <source>Windows accepts a file with this hash when the catalog's signature is valid (see the verdict).</source>
        <translation>Windows akzeptiert eine Datei mit diesem Hash, wenn die Signatur des Katalogs gültig ist (siehe Ergebnis).</translation>
    </message>
</context>
<context>
    <name>ctlv::ExportTarget</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>(standard output)</source>
        <translation>(Standardausgabe)</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8; an export is written only under a UTF-8 name</source>
        <translation>der Name ist kein gültiges UTF-8; ein Export wird nur unter einem UTF-8-Namen geschrieben</translation>
    </message>
    <message>
        <source>this is a symbolic link to a file that does not exist; an export writes through a link only to an existing regular file</source>
        <translation>dies ist ein symbolischer Link auf eine Datei, die es nicht gibt; ein Export schreibt durch einen Link nur in eine vorhandene reguläre Datei</translation>
    </message>
    <message>
        <source>this is a symbolic link to %1, not to a regular file; an export never replaces it</source>
        <translation>dies ist ein symbolischer Link auf %1, nicht auf eine reguläre Datei; ein Export ersetzt ihn nie</translation>
    </message>
    <message>
        <source>this is %1, not a regular file; an export never replaces it</source>
        <translation>dies ist %1, keine reguläre Datei; ein Export ersetzt das nie</translation>
    </message>
    <message>
        <source>this is the input %1 (the same file); an export never replaces the list it is made from</source>
        <translation>dies ist die Eingabe %1 (dieselbe Datei); ein Export ersetzt nie die Liste, aus der er entsteht</translation>
    </message>
</context>
<context>
    <name>ctlv::FileCoverageModel</name>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>Not covered (line endings)</source>
        <translation>Nicht abgedeckt (Zeilenenden)</translation>
    </message>
    <message>
        <source>differs from a covered member only in line endings: %1</source>
        <translation>unterscheidet sich von einem abgedeckten Element nur in den Zeilenenden: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ctlv::FileHash</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1 bytes at offset %2 (the file may have changed while it was read)</source>
        <translation>%1 Bytes bei Offset %2 können nicht gelesen werden (die Datei hat sich womöglich während des Lesens geändert)</translation>
    </message>
    <message>
        <source>not a valid PE image: %1</source>
        <translation>kein gültiges PE-Image: %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>ctlv::FindingsModel</name>
    <message>
        <source>Cosmetic</source>
        <extracomment>A finding that changes nothing about the list's validity</extracomment>
        <translation>Kosmetisch</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>ctlv::HistoryView</name>
    <message>
        <source>%1: holds no list; skipped</source>
        <translation>%1: enthält keine Liste; übersprungen</translation>
    </message>
    <message>
        <source>%1 lists, %2 with distinct entries; %3 entries followed.</source>
        <translation>%1 Listen, %2 mit unterschiedlichen Einträgen; %3 Einträge verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a list skipped (hover for why).</source>
        <translation>
            <numerusform>%n Datei ohne Liste übersprungen (Mauszeiger darüber zeigt, warum).</numerusform>
            <numerusform>%n Dateien ohne Liste übersprungen (Mauszeiger darüber zeigt, warum).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>In the newest list</source>
        <translation>In der neuesten Liste</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>same entries as %1</source>
        <translation>dieselben Einträge wie %1</translation>
    </message>
    <message>
        <source>first list of its kind</source>
        <translation>erste Liste ihrer Art</translation>
    </message>
    <message>
        <source>Filter roots (name, thumbprint)</source>
        <translation>Stammzertifikate filtern (Name, Fingerabdruck)</translation>
    </message>
    <message>
        <source>Roots</source>
        <translation>Stammzertifikate</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>History (%1 lists)</source>
        <translation>Verlauf (%1 Listen)</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>zuerst gesehen</translation>
    </message>
</context>
<context>
    <name>ctlv::Language</name>
    <message>
        <source>--lang needs a language code; available: %1</source>
        <translation>--lang braucht einen Sprachcode; verfügbar: %1</translation>
    </message>
    <message>
        <source>--lang %1: no translation for this language; available: %2</source>
        <translation>--lang %1: keine Übersetzung für diese Sprache; verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>ctlv::MainWindow</name>
    <message>
        <source>CTL Viewer</source>
        <translation>CTL Viewer</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;bundled sample</source>
        <translation>&amp;Mitgeliefertes Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>Entries as CSV: &amp;all…</source>
        <translation>Einträge als CSV: &amp;alle…</translation>
    </message>
    <message>
        <source>Entries as CSV: &amp;filtered view…</source>
        <translation>Einträge als CSV: ge&amp;filterte Ansicht…</translation>
    </message>
    <message>
        <source>Entries as CSV: &amp;selected rows…</source>
        <translation>Einträge als CSV: aus&amp;gewählte Zeilen…</translation>
    </message>
    <message>
        <source>F&amp;indings as CSV…</source>
        <translation>&amp;Befunde als CSV…</translation>
    </message>
    <message>
        <source>CSV: use the locale's separator (; where the decimal separator is a comma)</source>
        <translation>CSV: Trennzeichen des Gebietsschemas verwenden (; wo das Dezimaltrennzeichen ein Komma ist)</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark (for spreadsheet programs)</source>
        <translation>CSV: mit einer Byte-Reihenfolge-Markierung beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>PDF: US Letter paper instead of A4</source>
        <translation>PDF: US-Letter-Papier statt A4</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste a list (PEM or base64)</source>
        <translation>Liste &amp;einfügen (PEM oder Base64)</translation>
    </message>
    <message>
        <source>&amp;Find entries</source>
        <translation>Einträge &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Trust and purposes…</source>
        <translation>&amp;Vertrauen und Zwecke…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Windows root updates and CAPI2 Event ID 11</source>
        <translation>Windows-Stammzertifikat-Updates und CAPI2-Ereignis-ID 11</translation>
    </message>
    <message>
        <source>&amp;About CTL Viewer</source>
        <translation>Ü&amp;ber CTL Viewer</translation>
    </message>
    <message>
        <source>Bundled sample</source>
        <translation>Mitgeliefertes Beispiel</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>Das mitgelieferte Beispiel fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>Open Certificate Trust Lists</source>
        <translation>Zertifikatvertrauenslisten öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Öffnen.</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Trust and purposes</source>
        <translation>Vertrauen und Zwecke</translation>
    </message>
    <message>
        <source>About CTL Viewer</source>
        <translation>Über CTL Viewer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTL Viewer %1&lt;/h3&gt;&lt;p&gt;Opens Microsoft Certificate Trust Lists and the CAB files Windows Update ships them in, shows everything inside, and verifies them the way Windows does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CTL Viewer %1&lt;/h3&gt;&lt;p&gt;Öffnet Microsoft-Zertifikatvertrauenslisten und die CAB-Dateien, in denen Windows Update sie ausliefert, zeigt alles darin und prüft sie so, wie Windows es tut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open a trust list first.</source>
        <translation>Öffnen Sie zuerst eine Vertrauensliste.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Certificates (*.sst *.crt *.cer *.der *.pem *.p7b *.p7c *.reg)</source>
        <translation>Zertifikate (*.sst *.crt *.cer *.der *.pem *.p7b *.p7c *.reg)</translation>
    </message>
    <message>
        <source>&amp;Add certificates…</source>
        <translation>Zertifikate &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add certificate fol&amp;der…</source>
        <translation>Zertifikat&amp;ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Trust bundle…</source>
        <translation>&amp;Vertrauensbündel…</translation>
    </message>
    <message>
        <source>Certificate Trust Lists (*.stl *.cab *.ctl *.p7s *.cat);;CAB archives (*.cab);;%1;;All files (*)</source>
        <translation>Zertifikatvertrauenslisten (*.stl *.cab *.ctl *.p7s *.cat);;CAB-Archive (*.cab);;%1;;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add certificates</source>
        <translation>Zertifikate hinzufügen</translation>
    </message>
    <message>
        <source>Add certificate folder</source>
        <translation>Zertifikatordner hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading certificates…</source>
        <translation>Zertifikate werden gelesen…</translation>
    </message>
    <message>
        <source>%1 entries linked, %2 missing, %3 SHA-256 mismatches</source>
        <translation>%1 Einträge verknüpft, %2 fehlen, %3 mit abweichendem SHA-256</translation>
    </message>
    <message>
        <source>Add certificates to a trust list first.</source>
        <translation>Zuerst Zertifikate zu einer Vertrauensliste hinzufügen.</translation>
    </message>
    <message>
        <source>PEM bundles (*.pem)</source>
        <translation>PEM-Bündel (*.pem)</translation>
    </message>
    <message>
        <source>%1 certificates written; left out: %2 without a certificate, %3 with another SHA-256, %4 not granted the purpose, %5 disabled, %6 restricted by a NotBefore date</source>
        <translation>%1 Zertifikate geschrieben; ausgelassen: %2 ohne Zertifikat, %3 mit anderem SHA-256, %4 ohne den Zweck, %5 deaktiviert, %6 mit NotBefore-Einschränkung</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Open &amp;history of a folder…</source>
        <translation>Verl&amp;auf eines Ordners öffnen…</translation>
    </message>
    <message>
        <source>Open history of &amp;files…</source>
        <translation>Verlauf von Da&amp;teien öffnen…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>&amp;Check files against this catalog…</source>
        <translation>Dateien gegen diesen &amp;Katalog prüfen…</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Certificates and chains (*.crt *.cer *.der *.pem *.p7b *.p7c)</source>
        <translation>Zertifikate und Ketten (*.crt *.cer *.der *.pem *.p7b *.p7c)</translation>
    </message>
    <message>
        <source>Compared in %1 ms: %2</source>
        <translation>Verglichen in %1 ms: %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Open a list first: the diff compares the list shown with another.</source>
        <translation>Öffnen Sie zuerst eine Liste: der Vergleich vergleicht die angezeigte Liste mit einer anderen.</translation>
    </message>
    <message>
        <source>%1 holds no Certificate Trust List.</source>
        <translation>%1 enthält keine Zertifikatvertrauensliste.</translation>
    </message>
    <message>
        <source>A file…</source>
        <translation>Eine Datei…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare the list shown (old) with (new):</source>
        <translation>Die angezeigte Liste (alt) vergleichen mit (neu):</translation>
    </message>
    <message>
        <source>Certificate Trust Lists (*.stl *.ctl *.cab *.reg *.pem);;All files (*)</source>
        <translation>Zertifikatvertrauenslisten (*.stl *.ctl *.cab *.reg *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open history</source>
        <translation>Verlauf öffnen</translation>
    </message>
    <message>
        <source>No Certificate Trust List was found.
%1</source>
        <translation>Es wurde keine Zertifikatvertrauensliste gefunden.
%1</translation>
    </message>
    <message>
        <source>Open the history of the lists in a folder</source>
        <translation>Den Verlauf der Listen in einem Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the history of several lists</source>
        <translation>Den Verlauf mehrerer Listen öffnen</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The print system did not take the report (lp: %1).</source>
        <translation>Das Drucksystem hat den Bericht nicht angenommen (lp: %1).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation>Der Bericht wurde an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>ctlv::ModelText</name>
    <message>
        <source>Primary signer</source>
        <translation>Hauptsignaturgeber</translation>
    </message>
    <message>
        <source>Nested signer</source>
        <translation>Verschachtelter Signaturgeber</translation>
    </message>
    <message>
        <source>Countersigner</source>
        <translation>Gegensignaturgeber</translation>
    </message>
</context>
<context>
    <name>ctlv::PdfReport</name>
    <message>
        <source>Certificate Trust List report</source>
        <translation>Bericht zur Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is cosmetic.</source>
        <translation>Die Warnung „nicht gültig“ von Windows ist kosmetisch.</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is real.</source>
        <translation>Die Warnung „nicht gültig“ von Windows ist berechtigt.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Signers and certificate chains</source>
        <translation>Signaturgeber und Zertifikatketten</translation>
    </message>
    <message>
        <source>The list carries no signature.</source>
        <translation>Die Liste trägt keine Signatur.</translation>
    </message>
    <message>
        <source>Signer %1: %2</source>
        <translation>Signaturgeber %1: %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation>lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>trusted as of %1</source>
        <translation>vertrauenswürdig zum Zeitpunkt %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>Purposes: %1</source>
        <translation>Verwendungszwecke: %1</translation>
    </message>
    <message>
        <source>any (no EKU extension)</source>
        <translation>jeder (keine EKU-Erweiterung)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Issuer not found: %1</source>
        <translation>Aussteller nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Status as of %1.</source>
        <translation>Status zum Zeitpunkt %1.</translation>
    </message>
    <message>
        <source>Friendly name, identifier, SHA-256</source>
        <translation>Anzeigename, Kennung, SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Certificate Trust List report: %1</source>
        <translation>Bericht zur Zertifikatvertrauensliste: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>der PDF-Writer kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>CTL Viewer %1 · generated %2 UTC</source>
        <translation>CTL Viewer %1 · erstellt %2 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>warning: no installed font has %1 characters: the PDF shows them as empty boxes (on Debian, install %2)</source>
        <translation>Warnung: keine installierte Schrift hat %1-Zeichen: das PDF zeigt sie als leere Kästchen (unter Debian %2 installieren)</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Findings: %1, %2.</source>
        <translation>Befunde: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signaturgeber</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <source>Chain at the list's time</source>
        <translation>Kette zum Zeitpunkt der Liste</translation>
    </message>
    <message>
        <source>What the list grants</source>
        <translation>Was die Liste gewährt</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Entries by status as of %1.</source>
        <translation>Einträge nach Status zum Zeitpunkt %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Roots by purpose: what %1 makes of them for a certificate issued and used on %2.</source>
        <translation>Stammzertifikate nach Zweck: was %1 aus ihnen für ein Zertifikat macht, das am %2 ausgestellt und verwendet wird.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Roots with a NotBefore date</source>
        <translation>Stammzertifikate mit NotBefore-Datum</translation>
    </message>
    <message>
        <source>Roots with a Disable date</source>
        <translation>Stammzertifikate mit Disable-Datum</translation>
    </message>
    <message>
        <source>%1 (reached: %2, still to come: %3)</source>
        <translation>%1 (erreicht: %2, noch ausstehend: %3)</translation>
    </message>
    <message>
        <source>Entries without a purposes attribute (every purpose)</source>
        <translation>Einträge ohne Attribut für Verwendungszwecke (jeder Zweck)</translation>
    </message>
    <message>
        <source>Certificate Transparency logs</source>
        <translation>Certificate-Transparency-Logs</translation>
    </message>
    <message>
        <source>Dates are UTC. Long names are shortened with …; the CSV export has them in full.</source>
        <translation>Datumsangaben in UTC. Lange Namen sind mit … gekürzt; der CSV-Export enthält sie vollständig.</translation>
    </message>
    <message>
        <source>File, hash (tag), hash of</source>
        <translation>Datei, Hash (Tag), Hash über</translation>
    </message>
    <message>
        <source>OS attributes</source>
        <translation>OS-Attribute</translation>
    </message>
    <message>
        <source>Appendix: the list's fields</source>
        <translation>Anhang: die Felder der Liste</translation>
    </message>
    <message>
        <source>Appendix: extensions</source>
        <translation>Anhang: Erweiterungen</translation>
    </message>
    <message>
        <source>%1 · SHA-256 %2…</source>
        <translation>%1 · SHA-256 %2…</translation>
    </message>
</context>
<context>
    <name>ctlv::PeImage</name>
    <message>
        <source>%1 at offset %2 runs past the end of the file (%3 bytes)</source>
        <translation>%1 bei Offset %2 reicht über das Dateiende hinaus (%3 Bytes)</translation>
    </message>
    <message>
        <source>The optional header</source>
        <translation>Der optionale Header</translation>
    </message>
    <message>
        <source>The optional header at offset %1 is %2 bytes long, too short for its magic number</source>
        <translation>Der optionale Header bei Offset %1 ist %2 Bytes lang, zu kurz für seine Magic Number</translation>
    </message>
    <message>
        <source>The optional header at offset %1 has magic number 0x%2, neither PE32 (0x10b) nor PE32+ (0x20b)</source>
        <translation>Der optionale Header bei Offset %1 hat die Magic Number 0x%2, weder PE32 (0x10b) noch PE32+ (0x20b)</translation>
    </message>
    <message>
        <source>The optional header at offset %1 is %2 bytes long, too short to hold the certificate table entry (%3 bytes needed)</source>
        <translation>Der optionale Header bei Offset %1 ist %2 Bytes lang, zu kurz für den Eintrag der Zertifikattabelle (%3 Bytes nötig)</translation>
    </message>
    <message numerus="yes">
        <source>The section table (%n section(s))</source>
        <translation>
            <numerusform>Die Abschnittstabelle (%n Abschnitt)</numerusform>
            <numerusform>Die Abschnittstabelle (%n Abschnitte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1's data (%2 bytes)</source>
        <translation>Die Daten von Abschnitt %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>The section described at offset %1 starts at offset %2, inside the previous section's data (which ends at offset %3)</source>
        <translation>Der bei Offset %1 beschriebene Abschnitt beginnt bei Offset %2, innerhalb der Daten des vorigen Abschnitts (die bei Offset %3 enden)</translation>
    </message>
    <message>
        <source>The certificate table (offset %1, %2 bytes) runs past the end of the file (%3 bytes)</source>
        <translation>Die Zertifikattabelle (Offset %1, %2 Bytes) reicht über das Dateiende hinaus (%3 Bytes)</translation>
    </message>
    <message>
        <source>The certificate table (offset %1) lies inside the headers (%2 bytes)</source>
        <translation>Die Zertifikattabelle (Offset %1) liegt innerhalb der Header (%2 Bytes)</translation>
    </message>
    <message>
        <source>The certificate table (offset %1, %2 bytes) overlaps a section's data (offset %3, %4 bytes)</source>
        <translation>Die Zertifikattabelle (Offset %1, %2 Bytes) überlappt die Daten eines Abschnitts (Offset %3, %4 Bytes)</translation>
    </message>
    <message>
        <source>The COFF file header</source>
        <translation>Der COFF-Dateiheader</translation>
    </message>
    <message>
        <source>The headers (SizeOfHeaders %1 bytes)</source>
        <translation>Die Header (SizeOfHeaders %1 Bytes)</translation>
    </message>
    <message>
        <source>SizeOfHeaders (%1 bytes) ends before the optional header's certificate table entry (offset %2)</source>
        <translation>SizeOfHeaders (%1 Bytes) endet vor dem Eintrag der Zertifikattabelle im optionalen Header (Offset %2)</translation>
    </message>
</context>
<context>
    <name>ctlv::RegistryExport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the hex value ends with a comma but no backslash; its continuation line is missing</source>
        <translation>der Hex-Wert endet mit einem Komma, aber ohne Backslash; seine Fortsetzungszeile fehlt</translation>
    </message>
    <message>
        <source>two commas without a hex byte between them</source>
        <translation>zwei Kommas ohne Hex-Byte dazwischen</translation>
    </message>
    <message>
        <source>"%1" is not a hex byte</source>
        <translation>„%1“ ist kein Hex-Byte</translation>
    </message>
    <message>
        <source>a registry export begins with "%1" or "%2"</source>
        <translation>ein Registry-Export beginnt mit „%1“ oder „%2“</translation>
    </message>
    <message>
        <source>the key name has no closing "]"</source>
        <translation>der Schlüsselname hat keine schließende „]“</translation>
    </message>
    <message>
        <source>a value before the first [key]</source>
        <translation>ein Wert vor dem ersten [Schlüssel]</translation>
    </message>
    <message>
        <source>expected a [key], a "name"=value line or a blank line</source>
        <translation>erwartet: ein [Schlüssel], eine Zeile „Name“=Wert oder eine Leerzeile</translation>
    </message>
    <message>
        <source>the value name is not followed by "="</source>
        <translation>auf den Wertnamen folgt kein „=“</translation>
    </message>
    <message>
        <source>the string value is not closed by "</source>
        <translation>der Zeichenkettenwert wird nicht mit " geschlossen</translation>
    </message>
    <message>
        <source>a dword value takes eight hex digits</source>
        <translation>ein dword-Wert hat acht Hex-Ziffern</translation>
    </message>
    <message>
        <source>unknown value type "%1"</source>
        <translation>unbekannter Werttyp „%1“</translation>
    </message>
    <message>
        <source>the hex value of "%1" ends with a backslash, but the file ends there</source>
        <translation>der Hex-Wert von „%1“ endet mit einem Backslash, aber die Datei endet dort</translation>
    </message>
    <message>
        <source>the hex value of "%1" ends with a backslash, but line %2 does not continue it</source>
        <translation>der Hex-Wert von „%1“ endet mit einem Backslash, aber Zeile %2 setzt ihn nicht fort</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>ctlv::Sections</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The attribute is present with an empty value.</source>
        <translation>Das Attribut ist mit leerem Wert vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <comment>%1 is the count with the locale's digit grouping</comment>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file size in KiB or MiB, then the exact count of bytes</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cabinet archive (CAB)</source>
        <translation>Cabinet-Archiv (CAB)</translation>
    </message>
    <message>
        <source>DER (binary PKCS #7)</source>
        <translation>DER (binäres PKCS #7)</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>PEM-Text</translation>
    </message>
    <message>
        <source>Base64 text</source>
        <translation>Base64-Text</translation>
    </message>
    <message numerus="yes">
        <source>%n CT log key(s)</source>
        <translation>
            <numerusform>%n CT-Log-Schlüssel</numerusform>
            <numerusform>%n CT-Log-Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin rule(s)</source>
        <translation>
            <numerusform>%n Pinning-Regel</numerusform>
            <numerusform>%n Pinning-Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>numbers %1; %n pin(s)</source>
        <translation>
            <numerusform>Nummern %1; %n Pin</numerusform>
            <numerusform>Nummern %1; %n Pins</numerusform>
        </translation>
    </message>
    <message>
        <source>CT log %1</source>
        <translation>CT-Log %1</translation>
    </message>
    <message>
        <source>Log ID (SHA-256 of the log's public key); key: %1</source>
        <translation>Log-ID (SHA-256 des öffentlichen Schlüssels des Logs); Schlüssel: %1</translation>
    </message>
    <message>
        <source>Pin rule %1</source>
        <translation>Pinning-Regel %1</translation>
    </message>
    <message>
        <source>Log end date</source>
        <translation>Enddatum des Logs</translation>
    </message>
    <message>
        <source>Decoding problem</source>
        <translation>Dekodierungsproblem</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject usage</source>
        <translation>Verwendung der Subjekte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>List identifier</source>
        <translation>Listenkennung</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>Sequence number as FILETIME</source>
        <translation>Sequenznummer als FILETIME</translation>
    </message>
    <message>
        <source>Microsoft writes the FILETIME of the list's creation as its sequence number.</source>
        <translation>Microsoft schreibt die FILETIME der Erstellung der Liste als ihre Sequenznummer.</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>Diese Aktualisierung</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject algorithm</source>
        <translation>Subjekt-Algorithmus</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>CTL inside an OCTET STRING (CMS style)</source>
        <translation>CTL in einem OCTET STRING (CMS-Stil)</translation>
    </message>
    <message>
        <source>CTL SEQUENCE under [0] EXPLICIT (Microsoft style)</source>
        <translation>CTL-SEQUENCE unter [0] EXPLICIT (Microsoft-Stil)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation>CAB-Bestandteil</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>Registry-Wert</translation>
    </message>
    <message>
        <source>Certificates in the file</source>
        <translation>Zertifikate in der Datei</translation>
    </message>
    <message>
        <source>None: the list is unsigned</source>
        <translation>Keine: die Liste ist nicht signiert</translation>
    </message>
    <message>
        <source>Digest algorithms</source>
        <translation>Hash-Algorithmen</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>Trailing bytes</source>
        <translation>Überzählige Bytes am Ende</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>Art der Kennung</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Schlüsselkennung</translation>
    </message>
    <message>
        <source>Subject name MD5</source>
        <translation>MD5 des Subjektnamens</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>Signatur-Hash</translation>
    </message>
    <message>
        <source>Public key MD5</source>
        <translation>MD5 des öffentlichen Schlüssels</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Keine aufgeführt</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Always (disabled since forever)</source>
        <translation>Immer (seit jeher deaktiviert)</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>Deaktivierte Verwendungszwecke</translation>
    </message>
    <message>
        <source>Always (empty value)</source>
        <translation>Immer (leerer Wert)</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore-Verwendungszwecke</translation>
    </message>
    <message>
        <source>Chain policies</source>
        <translation>Kettenrichtlinien</translation>
    </message>
    <message>
        <source>Disallowed as CA from</source>
        <translation>Als CA gesperrt ab</translation>
    </message>
    <message>
        <source>EV policies</source>
        <translation>EV-Richtlinien</translation>
    </message>
    <message>
        <source>%1, flags 0x%2 (%3)</source>
        <translation>%1, Flags 0x%2 (%3)</translation>
    </message>
    <message>
        <source>Pin rules</source>
        <translation>Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin rule indexes</source>
        <translation>Indizes der Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin rule flags</source>
        <translation>Flags der Pinning-Regeln</translation>
    </message>
    <message>
        <source>Unknown attributes</source>
        <translation>Unbekannte Attribute</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1 (offset %2)</source>
        <translation>%1 (Offset %2)</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>Alle Attribute</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>the certificates of the signed data</source>
        <translation>den Zertifikaten der signierten Daten</translation>
    </message>
    <message>
        <source>the certificates of the nested signature</source>
        <translation>den Zertifikaten der verschachtelten Signatur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Nicht nach</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Fingerabdrücke</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Any purpose (no EKU extension)</source>
        <translation>Jeder Zweck (keine EKU-Erweiterung)</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>End entity</source>
        <translation>Endentität</translation>
    </message>
    <message>
        <source>Certificate authority, path length %1</source>
        <translation>Zertifizierungsstelle, Pfadlänge %1</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>Basiseinschränkungen</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation>Schlüsselkennung des Subjekts</translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation>Schlüsselkennung der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signaturgeber</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation>Nicht in der Datei</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>Signierter Inhalt</translation>
    </message>
    <message>
        <source>Digested bytes</source>
        <translation>Gehashte Bytes</translation>
    </message>
    <message>
        <source>%1 bytes from offset %2</source>
        <translation>%1 Bytes ab Offset %2</translation>
    </message>
    <message>
        <source>Content type attribute</source>
        <translation>Attribut Inhaltstyp</translation>
    </message>
    <message>
        <source>Message digest</source>
        <translation>Nachrichtenhash</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Digest matches</source>
        <translation>Hash stimmt überein</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>Signatur gültig</translation>
    </message>
    <message>
        <source>Content type matches</source>
        <translation>Inhaltstyp stimmt überein</translation>
    </message>
    <message>
        <source>Signed attributes well formed</source>
        <translation>Signierte Attribute wohlgeformt</translation>
    </message>
    <message>
        <source>Chain trusted at signing</source>
        <translation>Kette beim Signieren vertrauenswürdig</translation>
    </message>
    <message>
        <source>Chain trusted now</source>
        <translation>Kette jetzt vertrauenswürdig</translation>
    </message>
    <message>
        <source>Effective purposes</source>
        <translation>Wirksame Verwendungszwecke</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Jeder Zweck</translation>
    </message>
    <message>
        <source>Authorised to sign this list</source>
        <translation>Berechtigt, diese Liste zu signieren</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Chain error</source>
        <translation>Kettenfehler</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>SDK name</source>
        <translation>SDK-Name</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Value size</source>
        <translation>Größe des Werts</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Log list version</source>
        <translation>Version der Log-Liste</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>kosmetisch</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Verwendungszwecke</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>Deaktiviert ab</translation>
    </message>
    <message>
        <source>NotBefore</source>
        <translation>NotBefore</translation>
    </message>
    <message>
        <source>Digest algorithm</source>
        <translation>Hash-Algorithmus</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Programmname</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signaturgeber</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>An entry of the list whose certificate was found in the added certificates</extracomment>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>No added certificate is the one the entry names</extracomment>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>SHA-256 mismatch</source>
        <translation>SHA-256 weicht ab</translation>
    </message>
    <message>
        <source>Linked certificate</source>
        <translation>Verknüpftes Zertifikat</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>Pin rule %1, pinned key %2</source>
        <translation>Pinning-Regel %1, gepinnter Schlüssel %2</translation>
    </message>
    <message>
        <source>List identifier (GUID)</source>
        <translation>Listenkennung (GUID)</translation>
    </message>
    <message>
        <source>Driver signing policy</source>
        <translation>Treibersignaturrichtlinie</translation>
    </message>
    <message>
        <source>Other CAB member</source>
        <translation>Anderer CAB-Bestandteil</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Catalog member</source>
        <translation>Katalogelement</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Hash of</source>
        <translation>Hash über</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Subject interface package</source>
        <translation>Subject Interface Package</translation>
    </message>
    <message>
        <source>Member version</source>
        <translation>Elementversion</translation>
    </message>
    <message>
        <source>Member info 2 (undocumented)</source>
        <translation>Elementinfo 2 (undokumentiert)</translation>
    </message>
    <message>
        <source>all subdomains</source>
        <translation>alle Subdomains</translation>
    </message>
    <message>
        <source>unknown 0x%1</source>
        <translation>unbekannt 0x%1</translation>
    </message>
    <message>
        <source>Effective trust on %1, as of %2</source>
        <extracomment>Title of the detail pane's per-purpose trust table; %1 is a Windows generation, %2 a date</extracomment>
        <translation>Wirksames Vertrauen unter %1, Stand %2</translation>
    </message>
    <message>
        <source>Only certificates issued before %1</source>
        <extracomment>The NotBefore status with its date: certificates issued before it are still trusted</extracomment>
        <translation>Nur vor %1 ausgestellte Zertifikate</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>A trust status and since when it applies, e.g. "Disabled since 2020-01-01"</extracomment>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>the CAB archive also holds "%1" (%2 bytes, its file record at offset %3), which is not part of the list and is covered by no signature</source>
        <translation>das CAB-Archiv enthält außerdem „%1“ (%2 Bytes, sein Dateieintrag bei Offset %3), das nicht zur Liste gehört und von keiner Signatur abgedeckt ist</translation>
    </message>
</context>
<context>
    <name>ctlv::SignatureVerifier</name>
    <message>
        <source>unsupported PSS mask generation function %1</source>
        <translation>nicht unterstützte PSS-Maskengenerierungsfunktion %1</translation>
    </message>
    <message>
        <source>the RSA-PSS parameters cannot be read: %1</source>
        <translation>die RSA-PSS-Parameter können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the RSA-PSS hash (%1) differs from the signer's digest algorithm (%2)</source>
        <translation>der RSA-PSS-Hash (%1) weicht vom Hash-Algorithmus des Signaturgebers (%2) ab</translation>
    </message>
    <message>
        <source>an RSA-PSS signature cannot come from the signer's non-RSA key</source>
        <translation>eine RSA-PSS-Signatur kann nicht vom Nicht-RSA-Schlüssel des Signaturgebers stammen</translation>
    </message>
    <message>
        <source>the signature algorithm is RSA, but the signer certificate holds a different kind of key</source>
        <translation>der Signaturalgorithmus ist RSA, aber das Zertifikat des Signaturgebers enthält eine andere Schlüsselart</translation>
    </message>
    <message>
        <source>the signature algorithm is ECDSA, but the signer certificate holds a different kind of key</source>
        <translation>der Signaturalgorithmus ist ECDSA, aber das Zertifikat des Signaturgebers enthält eine andere Schlüsselart</translation>
    </message>
    <message>
        <source>unsupported signature algorithm %1</source>
        <translation>nicht unterstützter Signaturalgorithmus %1</translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1</source>
        <translation>nicht unterstützter Hash-Algorithmus %1</translation>
    </message>
    <message>
        <source>the signature cannot be checked: %1</source>
        <translation>die Signatur kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the RSA-PSS parameters are not usable: %1</source>
        <translation>die RSA-PSS-Parameter sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the signature does not match the signer's public key</source>
        <translation>die Signatur passt nicht zum öffentlichen Schlüssel des Signaturgebers</translation>
    </message>
    <message>
        <source>the signature does not match the signer's public key (%1)</source>
        <translation>die Signatur passt nicht zum öffentlichen Schlüssel des Signaturgebers (%1)</translation>
    </message>
    <message>
        <source>the signed attributes contain %1 more than once, which PKCS #9 forbids</source>
        <translation>die signierten Attribute enthalten %1 mehr als einmal, was PKCS #9 verbietet</translation>
    </message>
    <message>
        <source>the signed attributes hold %1 messageDigest values instead of exactly one</source>
        <translation>die signierten Attribute enthalten %1 messageDigest-Werte statt genau eines</translation>
    </message>
    <message>
        <source>the content's %1 hash does not equal the signed messageDigest: the signed bytes were changed after signing</source>
        <translation>der %1-Hash des Inhalts entspricht nicht dem signierten messageDigest: die signierten Bytes wurden nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>the signed contentType attribute (%1) does not name the signed content (%2)</source>
        <translation>das signierte contentType-Attribut (%1) nennt nicht den signierten Inhalt (%2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the signer certificate's public key cannot be read</source>
        <translation>der öffentliche Schlüssel des Signaturgeber-Zertifikats kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the list asks for more than %1 different hashes of its content (by digest algorithm and byte range), the limit; this one was not computed</source>
        <translation>die Liste verlangt mehr als %1 verschiedene Hashwerte ihres Inhalts (nach Hashverfahren und Bytebereich), die Grenze; dieser wurde nicht berechnet</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustBundleDialog</name>
    <message>
        <source>Trust bundle</source>
        <translation>Vertrauensbündel</translation>
    </message>
    <message>
        <source>Every purpose the list grants</source>
        <translation>Jeder Zweck, den die Liste gewährt</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Trusted at:</source>
        <translation>Vertraut am:</translation>
    </message>
    <message>
        <source>Include roots restricted by a NotBefore date</source>
        <translation>Stammzertifikate mit NotBefore-Einschränkung aufnehmen</translation>
    </message>
    <message>
        <source>A PEM bundle cannot say "trusted only for certificates issued before a date": such roots are left out unless you include them.</source>
        <translation>Ein PEM-Bündel kann nicht ausdrücken „nur für Zertifikate vertraut, die vor einem Datum ausgestellt wurden“: solche Stammzertifikate werden ausgelassen, außer Sie nehmen sie auf.</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustControls</name>
    <message>
        <source>As &amp;of:</source>
        <extracomment>Above the entries table: the date the trust statuses describe</extracomment>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>The statuses describe a certificate issued on this day and used on this day (00:00 UTC): a Disable or NotBefore date on or before it applies.</source>
        <translation>Die Status beschreiben ein Zertifikat, das an diesem Tag ausgestellt und an diesem Tag verwendet wird (00:00 UTC): ein Disable- oder NotBefore-Datum an oder vor diesem Tag greift.</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>Alle Zwecke</translation>
    </message>
    <message>
        <source>All purposes: only rules for every purpose decide; choose a purpose to apply the rules Microsoft set for it</source>
        <translation>Alle Zwecke: nur Regeln für jeden Zweck entscheiden; wählen Sie einen Zweck, um die Regeln anzuwenden, die Microsoft für ihn festgelegt hat</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>&amp;Windows:</translation>
    </message>
    <message>
        <source>Windows 7 and 8.1 ignore the Disable and NotBefore properties: such roots stay active there</source>
        <translation>Windows 7 und 8.1 ignorieren die Eigenschaften Disable und NotBefore: solche Stammzertifikate bleiben dort aktiv</translation>
    </message>
    <message>
        <source>Windows generation</source>
        <translation>Windows-Generation</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <extracomment>Status filter: every status but "Trusted"</extracomment>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Show entries with status</source>
        <translation>Einträge mit Status anzeigen</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustSettings</name>
    <message>
        <source>%1: the file holds no certificate</source>
        <translation>%1: die Datei enthält kein Zertifikat</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustSettingsDialog</name>
    <message>
        <source>Trust and purposes</source>
        <translation>Vertrauen und Zwecke</translation>
    </message>
    <message>
        <source>Lists are checked against the bundled Microsoft roots. Add your organisation's root certificates here to check your own trust lists, and any purpose your organisation uses to authorise CTL signers.</source>
        <translation>Listen werden gegen die mitgelieferten Microsoft-Stammzertifikate geprüft. Fügen Sie hier die Stammzertifikate Ihrer Organisation hinzu, um Ihre eigenen Vertrauenslisten zu prüfen, sowie jeden Verwendungszweck, mit dem Ihre Organisation CTL-Signaturgeber berechtigt.</translation>
    </message>
    <message>
        <source>Additional trusted root certificates (PEM or DER files):</source>
        <translation>Zusätzliche vertrauenswürdige Stammzertifikate (PEM- oder DER-Dateien):</translation>
    </message>
    <message>
        <source>Trusted root files</source>
        <translation>Dateien mit vertrauenswürdigen Stammzertifikaten</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Vertrauenswürdige Stammzertifikate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Additional purposes (EKU OIDs) that authorise a CTL signer:</source>
        <translation>Zusätzliche Verwendungszwecke (EKU-OIDs), die einen CTL-Signaturgeber berechtigen:</translation>
    </message>
    <message>
        <source>Accepted purposes</source>
        <translation>Akzeptierte Verwendungszwecke</translation>
    </message>
    <message>
        <source>Add purpose…</source>
        <translation>Zweck hinzufügen…</translation>
    </message>
    <message>
        <source>Accept a purpose</source>
        <translation>Verwendungszweck akzeptieren</translation>
    </message>
    <message>
        <source>OID, for example 1.3.6.1.4.1.311.10.3.1:</source>
        <translation>OID, zum Beispiel 1.3.6.1.4.1.311.10.3.1:</translation>
    </message>
    <message>
        <source>"%1" is not an OID in dotted form.</source>
        <translation>„%1“ ist keine OID in Punktschreibweise.</translation>
    </message>
    <message>
        <source>Also trust the system's root certificates</source>
        <translation>Auch den Stammzertifikaten des Systems vertrauen</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustText</name>
    <message>
        <source>property 9 (granted purposes)</source>
        <extracomment>An authroot entry property (number 9): the purposes Microsoft grants a root</extracomment>
        <translation>Eigenschaft 9 (gewährte Verwendungszwecke)</translation>
    </message>
    <message>
        <source>property 104 (Disable date)</source>
        <extracomment>An authroot entry property (number 104): the date a root is disabled from</extracomment>
        <translation>Eigenschaft 104 (Disable-Datum)</translation>
    </message>
    <message>
        <source>property 122 (purposes the Disable date applies to)</source>
        <translation>Eigenschaft 122 (Verwendungszwecke, für die das Disable-Datum gilt)</translation>
    </message>
    <message>
        <source>property 126 (NotBefore date)</source>
        <extracomment>An authroot entry property (number 126): certificates issued after it are not trusted</extracomment>
        <translation>Eigenschaft 126 (NotBefore-Datum)</translation>
    </message>
    <message>
        <source>property 127 (purposes the NotBefore date applies to)</source>
        <translation>Eigenschaft 127 (Verwendungszwecke, für die das NotBefore-Datum gilt)</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <extracomment>Effective trust status of a root for a purpose</extracomment>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Only certificates issued before a date</source>
        <extracomment>Effective trust status: trusted only for certificates issued before the NotBefore date</extracomment>
        <translation>Nur vor einem Datum ausgestellte Zertifikate</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Purpose not granted</source>
        <translation>Zweck nicht gewährt</translation>
    </message>
    <message>
        <source>Disallowed</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Nicht in der Liste</translation>
    </message>
    <message>
        <source>Windows 7/8.1</source>
        <translation>Windows 7/8.1</translation>
    </message>
    <message>
        <source>Windows 10/11</source>
        <translation>Windows 10/11</translation>
    </message>
    <message>
        <source>any purpose</source>
        <translation>jeder Zweck</translation>
    </message>
    <message>
        <source>no entry of the list names the root</source>
        <translation>kein Eintrag der Liste nennt das Stammzertifikat</translation>
    </message>
    <message>
        <source>a pin-rules list names domains, not roots</source>
        <translation>eine Liste mit Pinning-Regeln nennt Domains, keine Stammzertifikate</translation>
    </message>
    <message>
        <source>the certificate is in the disallowed list</source>
        <translation>das Zertifikat steht in der Liste gesperrter Zertifikate</translation>
    </message>
    <message>
        <source>the entry has no %1, so the list grants every purpose</source>
        <translation>der Eintrag hat keine %1, daher gewährt die Liste jeden Zweck</translation>
    </message>
    <message>
        <source>%1 grants %2</source>
        <translation>%1 gewährt %2</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1 gewährt %2 nicht</translation>
    </message>
    <message>
        <source>disabled since %1 by %2</source>
        <translation>deaktiviert seit %1 durch %2</translation>
    </message>
    <message>
        <source>%1 is empty: read as disabled since always</source>
        <translation>%1 ist leer: gilt als seit jeher deaktiviert</translation>
    </message>
    <message>
        <source>%1 lists %2 without a Disable date: disabled without a time limit</source>
        <translation>%1 nennt %2 ohne Disable-Datum: deaktiviert ohne zeitliche Grenze</translation>
    </message>
    <message>
        <source>disabled from %1 by %2</source>
        <translation>deaktiviert ab %1 durch %2</translation>
    </message>
    <message>
        <source>disabled from %1 for other purposes only, by %2</source>
        <translation>deaktiviert ab %1 nur für andere Zwecke, durch %2</translation>
    </message>
    <message>
        <source>disabled for other purposes only, by %1</source>
        <translation>nur für andere Zwecke deaktiviert, durch %1</translation>
    </message>
    <message>
        <source>certificates issued on or after %1 are not trusted by %2</source>
        <translation>Zertifikaten, die am oder nach dem %1 ausgestellt wurden, wird nicht vertraut, durch %2</translation>
    </message>
    <message>
        <source>%1 is empty: read as no certificate trusted, whenever issued</source>
        <translation>%1 ist leer: gilt als kein Zertifikat vertrauenswürdig, gleich wann ausgestellt</translation>
    </message>
    <message>
        <source>%1 lists %2 without a NotBefore date: no certificate trusted, whenever issued</source>
        <translation>%1 nennt %2 ohne NotBefore-Datum: kein Zertifikat vertrauenswürdig, gleich wann ausgestellt</translation>
    </message>
    <message>
        <source>only certificates issued before %1 are trusted, by %2</source>
        <translation>nur Zertifikaten, die vor dem %1 ausgestellt wurden, wird vertraut, durch %2</translation>
    </message>
    <message>
        <source>a NotBefore date %1 for other purposes only, by %2</source>
        <translation>ein NotBefore-Datum %1 nur für andere Zwecke, durch %2</translation>
    </message>
    <message>
        <source>a NotBefore rule for other purposes only, by %1</source>
        <translation>eine NotBefore-Regel nur für andere Zwecke, durch %1</translation>
    </message>
    <message>
        <source>%1 is set; Windows 7/8.1 ignores it</source>
        <translation>%1 ist gesetzt; Windows 7/8.1 ignoriert sie</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>A trust status and the date it took effect: "Disabled since 2026-05-19"</extracomment>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>ctlv::Validation</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The list is genuine: its signatures are intact and its signer is authorised and chains to a trusted root.</source>
        <translation>Die Liste ist echt: ihre Signaturen sind intakt, und ihr Signaturgeber ist berechtigt und führt zu einem vertrauenswürdigen Stammzertifikat.</translation>
    </message>
    <message>
        <source>The list is genuine: its signatures are intact and its signer is authorised; some points deserve attention.</source>
        <translation>Die Liste ist echt: ihre Signaturen sind intakt, und ihr Signaturgeber ist berechtigt; einige Punkte verdienen Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The signatures are intact, but the signer does not chain to a trusted root.</source>
        <translation>Die Signaturen sind intakt, aber der Signaturgeber führt zu keinem vertrauenswürdigen Stammzertifikat.</translation>
    </message>
    <message>
        <source>The list is not valid: a signature, the signer's authorisation or a time check fails.</source>
        <translation>Die Liste ist nicht gültig: eine Signatur, die Berechtigung des Signaturgebers oder eine Zeitprüfung schlägt fehl.</translation>
    </message>
    <message>
        <source>The list carries no signature, so nothing vouches for its content.</source>
        <translation>Die Liste trägt keine Signatur, also bürgt nichts für ihren Inhalt.</translation>
    </message>
    <message>
        <source>The file is damaged or not built as a Certificate Trust List must be.</source>
        <translation>Die Datei ist beschädigt oder nicht so aufgebaut, wie eine Zertifikatvertrauensliste aufgebaut sein muss.</translation>
    </message>
    <message>
        <source>from the list's file</source>
        <translation>aus der Datei der Liste</translation>
    </message>
    <message>
        <source>bundled Microsoft CA</source>
        <translation>mitgelieferte Microsoft-CA</translation>
    </message>
    <message>
        <source>bundled Microsoft root</source>
        <translation>mitgeliefertes Microsoft-Stammzertifikat</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>Vertrauensspeicher des Systems</translation>
    </message>
    <message>
        <source>trust file you named</source>
        <translation>von Ihnen angegebene Vertrauensdatei</translation>
    </message>
</context>
<context>
    <name>ctlv::Validator</name>
    <message>
        <source>the certificate with serial number %1 issued by %2</source>
        <translation>Zertifikat mit der Seriennummer %1, ausgestellt von %2</translation>
    </message>
    <message>
        <source>primary signature</source>
        <translation>Hauptsignatur</translation>
    </message>
    <message>
        <source>nested SHA-256 signature</source>
        <translation>SHA-256-Signatur (verschachtelt)</translation>
    </message>
    <message>
        <source>countersignature (timestamp)</source>
        <translation>Gegensignatur (Zeitstempel)</translation>
    </message>
    <message>
        <source>The list is not signed</source>
        <translation>Die Liste ist nicht signiert</translation>
    </message>
    <message>
        <source>This file holds a Certificate Trust List, but %1. Nothing vouches for its content: anyone could have written or changed it. Do not import it; get the list again from Windows Update or from a trusted copy.</source>
        <translation>Diese Datei enthält eine Zertifikatvertrauensliste, aber %1. Nichts bürgt für ihren Inhalt: jeder könnte sie geschrieben oder verändert haben. Importieren Sie sie nicht; holen Sie die Liste erneut von Windows Update oder aus einer vertrauenswürdigen Kopie.</translation>
    </message>
    <message>
        <source>its signerInfos set is empty</source>
        <translation>ihre signerInfos-Menge ist leer</translation>
    </message>
    <message>
        <source>the signerInfos field that PKCS #7 requires is missing</source>
        <translation>das von PKCS #7 verlangte signerInfos-Feld fehlt</translation>
    </message>
    <message>
        <source>Data after the end of the signed structure</source>
        <translation>Daten nach dem Ende der signierten Struktur</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the PKCS #7 structure. Windows never writes such data; the file was changed or damaged after it was produced. The bytes are not covered by any signature.</source>
        <translation>
            <numerusform>%n Byte folgt dem Ende der PKCS-#7-Struktur. Windows schreibt nie solche Daten; die Datei wurde nach ihrer Erstellung verändert oder beschädigt. Das Byte ist von keiner Signatur abgedeckt.</numerusform>
            <numerusform>%n Bytes folgen dem Ende der PKCS-#7-Struktur. Windows schreibt nie solche Daten; die Datei wurde nach ihrer Erstellung verändert oder beschädigt. Die Bytes sind von keiner Signatur abgedeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the time you asked for</source>
        <translation>der von Ihnen angegebene Zeitpunkt</translation>
    </message>
    <message>
        <source>the time in the list's countersignature (timestamp)</source>
        <translation>der Zeitpunkt in der Gegensignatur (Zeitstempel) der Liste</translation>
    </message>
    <message>
        <source>the list's thisUpdate time</source>
        <translation>der thisUpdate-Zeitpunkt der Liste</translation>
    </message>
    <message>
        <source>Checked at the list's own time</source>
        <translation>Zum Zeitpunkt der Liste selbst geprüft</translation>
    </message>
    <message>
        <source>Certificates were checked as of %1, %2. A trust list is judged at the time it was signed: Microsoft's signer certificates live about a year, so judging an older list by today's date would wrongly call it expired. The check as of today (%3) is reported separately.</source>
        <translation>Die Zertifikate wurden zum Zeitpunkt %1 geprüft, %2. Eine Vertrauensliste wird nach dem Zeitpunkt ihrer Signatur beurteilt: Die Signaturzertifikate von Microsoft leben etwa ein Jahr, daher würde eine ältere Liste, nach dem heutigen Datum beurteilt, fälschlich als abgelaufen gelten. Die Prüfung zum heutigen Tag (%3) wird gesondert gemeldet.</translation>
    </message>
    <message>
        <source>the signer certificate is not in the file</source>
        <translation>das Zertifikat des Signaturgebers ist nicht in der Datei</translation>
    </message>
    <message>
        <source>Signer certificate not found</source>
        <translation>Zertifikat des Signaturgebers nicht gefunden</translation>
    </message>
    <message>
        <source>The %1 names %2 as its signer, but the file does not contain that certificate, so the signature cannot be checked. Microsoft's lists always carry their signer certificate; this file was altered or built by someone else.</source>
        <translation>Die %1 nennt %2 als Signaturgeber, aber die Datei enthält dieses Zertifikat nicht, daher kann die Signatur nicht geprüft werden. Die Listen von Microsoft tragen immer das Zertifikat ihres Signaturgebers; diese Datei wurde verändert oder von jemand anderem erstellt.</translation>
    </message>
    <message>
        <source>Signed after the list's thisUpdate time (%1)</source>
        <translation>Nach dem thisUpdate-Zeitpunkt der Liste signiert (%1)</translation>
    </message>
    <message>
        <source>Legacy signature format (%1)</source>
        <translation>Veraltetes Signaturformat (%1)</translation>
    </message>
    <message>
        <source>The %1 by %2 holds the bare hash inside the RSA block, without the DigestInfo structure that names the hash algorithm. VeriSign's time-stamping service signed this way until about 2008; Windows accepts it, modern PKCS #1 checkers do not.</source>
        <translation>Die %1 von %2 enthält den bloßen Hash im RSA-Block, ohne die DigestInfo-Struktur, die den Hash-Algorithmus nennt. Der Zeitstempeldienst von VeriSign signierte bis etwa 2008 so; Windows akzeptiert das, moderne PKCS-#1-Prüfer nicht.</translation>
    </message>
    <message>
        <source>Timestamp does not verify</source>
        <translation>Zeitstempel lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The countersignature (timestamp) by %1 does not verify: %2. The timestamp is ignored and the list is judged at its thisUpdate time; the list's own signature is not affected by this.</source>
        <translation>Die Gegensignatur (Zeitstempel) von %1 lässt sich nicht verifizieren: %2. Der Zeitstempel wird ignoriert, und die Liste wird zu ihrem thisUpdate-Zeitpunkt beurteilt; die eigene Signatur der Liste ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Signature intact (%1)</source>
        <translation>Signatur intakt (%1)</translation>
    </message>
    <message>
        <source>The %1 by %2 is intact: the signed hash equals the hash of the %3, and the signature over the signed attributes matches the signer's public key.</source>
        <translation>Die %1 von %2 ist intakt: der signierte Hash entspricht dem berechneten Hash (%3), und die Signatur über die signierten Attribute passt zum öffentlichen Schlüssel des Signaturgebers.</translation>
    </message>
    <message>
        <source>list's content</source>
        <translation>Inhalt der Liste</translation>
    </message>
    <message>
        <source>Content changed after signing</source>
        <translation>Inhalt nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>The %1 by %2 does not cover these bytes: the hash of the signed content differs from the one the signer signed. The list was changed after it was signed (or damaged). Do not trust its content; get a fresh copy.</source>
        <translation>Die %1 von %2 deckt diese Bytes nicht ab: der Hash des signierten Inhalts weicht von dem ab, den der Signaturgeber signiert hat. Die Liste wurde nach dem Signieren verändert (oder beschädigt). Vertrauen Sie ihrem Inhalt nicht; holen Sie eine frische Kopie.</translation>
    </message>
    <message>
        <source>Signature does not verify (%1)</source>
        <translation>Signatur lässt sich nicht verifizieren (%1)</translation>
    </message>
    <message>
        <source>The %1 does not verify with the public key of %2: %3. Either the signed attributes were changed, or the signature was made with a different key than the certificate the signature names. The list cannot be trusted.</source>
        <translation>Die %1 lässt sich mit dem öffentlichen Schlüssel von %2 nicht verifizieren: %3. Entweder wurden die signierten Attribute verändert, oder die Signatur wurde mit einem anderen Schlüssel erstellt als dem des Zertifikats, das die Signatur nennt. Der Liste kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Signed content type does not match</source>
        <translation>Signierter Inhaltstyp stimmt nicht überein</translation>
    </message>
    <message>
        <source>The %1's signed contentType attribute (%2) does not name the content it covers (%3). A signature made for another kind of data must not be accepted for a trust list.</source>
        <translation>Das signierte contentType-Attribut der %1 (%2) nennt nicht den Inhalt, den sie abdeckt (%3). Eine für eine andere Art von Daten erstellte Signatur darf für eine Vertrauensliste nicht akzeptiert werden.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Signed attributes are malformed</source>
        <translation>Signierte Attribute sind fehlerhaft</translation>
    </message>
    <message>
        <source>The %1 by %2 has malformed signed attributes: %3. Such a signature is rejected even when the cryptography holds, because it is ambiguous which value was signed.</source>
        <translation>Die %1 von %2 hat fehlerhafte signierte Attribute: %3. Eine solche Signatur wird abgelehnt, auch wenn die Kryptografie stimmt, weil unklar ist, welcher Wert signiert wurde.</translation>
    </message>
    <message>
        <source>MD5 used (%1)</source>
        <translation>MD5 verwendet (%1)</translation>
    </message>
    <message>
        <source>SHA-1 used (%1)</source>
        <translation>SHA-1 verwendet (%1)</translation>
    </message>
    <message>
        <source>Timestamp authority chains to a trusted root</source>
        <translation>Zeitstempelstelle führt zu einem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <source>The time-stamping certificate %1 chains to %2.</source>
        <translation>Das Zeitstempelzertifikat %1 führt zu %2.</translation>
    </message>
    <message>
        <source>Timestamp authority not trusted</source>
        <translation>Zeitstempelstelle nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The time-stamping certificate %1 does not chain to a trusted root: %2. Its time is not used; the list is judged at its thisUpdate time instead. The list's own signature is not affected.</source>
        <translation>Das Zeitstempelzertifikat %1 führt zu keinem vertrauenswürdigen Stammzertifikat: %2. Sein Zeitpunkt wird nicht verwendet; die Liste wird stattdessen zu ihrem thisUpdate-Zeitpunkt beurteilt. Die eigene Signatur der Liste ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Intermediate taken from the bundled Microsoft CAs</source>
        <translation>Zwischenzertifikat aus den mitgelieferten Microsoft-CAs übernommen</translation>
    </message>
    <message>
        <source>The file does not carry %1, which issued a certificate in the chain of the %2. CTL Viewer used its bundled copy of this Microsoft CA, the way Windows uses its own CA store. Microsoft published some lists with the signer certificate alone.</source>
        <translation>Die Datei enthält nicht %1, das ein Zertifikat in der Kette der %2 ausgestellt hat. CTL Viewer hat seine mitgelieferte Kopie dieser Microsoft-CA verwendet, so wie Windows seinen eigenen CA-Speicher verwendet. Microsoft hat einige Listen nur mit dem Zertifikat des Signaturgebers veröffentlicht.</translation>
    </message>
    <message>
        <source>Legacy root certificate</source>
        <translation>Veraltetes Stammzertifikat</translation>
    </message>
    <message>
        <source>Signer chains to a trusted root (%1)</source>
        <translation>Signaturgeber führt zu einem vertrauenswürdigen Stammzertifikat (%1)</translation>
    </message>
    <message>
        <source>The %1 certificate %2 chains to %3 (%4), checked as of %5.</source>
        <translation>Das Zertifikat %2 der %1 führt zu %3 (%4), geprüft zum Zeitpunkt %5.</translation>
    </message>
    <message>
        <source>No chain to a trusted root (%1)</source>
        <translation>Keine Kette zu einem vertrauenswürdigen Stammzertifikat (%1)</translation>
    </message>
    <message>
        <source>The %1 certificate %2 does not chain to a trusted root: %3. The signature itself may be intact, but nothing says the signer is who it claims to be. If this is your organisation's own list, name its root with --trust (or in the viewer's settings).</source>
        <translation>Das Zertifikat %2 der %1 führt zu keinem vertrauenswürdigen Stammzertifikat: %3. Die Signatur selbst mag intakt sein, aber nichts bestätigt, dass der Signaturgeber ist, wer er zu sein behauptet. Ist dies die eigene Liste Ihrer Organisation, nennen Sie ihr Stammzertifikat mit --trust (oder in den Einstellungen des Viewers).</translation>
    </message>
    <message>
        <source>Signer chain fails (%1)</source>
        <translation>Kette des Signaturgebers schlägt fehl (%1)</translation>
    </message>
    <message>
        <source>The chain of the %1 certificate %2 fails as of %3: %4. The list cannot be trusted.</source>
        <translation>Die Kette des Zertifikats %2 der %1 schlägt zum Zeitpunkt %3 fehl: %4. Der Liste kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Signer certificate has expired since the list was signed</source>
        <translation>Zertifikat des Signaturgebers ist seit dem Signieren der Liste abgelaufen</translation>
    </message>
    <message>
        <source>The %1 certificate %2 was valid when the list was signed (%3) but is not valid today: %4. This is expected: Microsoft re-signs the list about yearly with a new certificate, and Windows judges a list by the time it was signed. The list itself is fine; a newer list may exist.</source>
        <translation>Das Zertifikat %2 der %1 war gültig, als die Liste signiert wurde (%3), ist heute aber nicht gültig: %4. Das ist zu erwarten: Microsoft signiert die Liste etwa jährlich mit einem neuen Zertifikat neu, und Windows beurteilt eine Liste nach dem Zeitpunkt ihrer Signatur. Die Liste selbst ist in Ordnung; möglicherweise gibt es eine neuere.</translation>
    </message>
    <message>
        <source>Signer chain fails today</source>
        <translation>Kette des Signaturgebers schlägt heute fehl</translation>
    </message>
    <message>
        <source>As of today the chain of %1 fails: %2.</source>
        <translation>Zum heutigen Tag schlägt die Kette von %1 fehl: %2.</translation>
    </message>
    <message>
        <source>any purpose</source>
        <translation>jeder Zweck</translation>
    </message>
    <message>
        <source>Countersigner is not a time-stamping authority</source>
        <translation>Gegensignaturgeber ist keine Zeitstempelstelle</translation>
    </message>
    <message>
        <source>Qualified Subordination is not a CTL-signing purpose</source>
        <translation>Qualifizierte Unterordnung ist kein Zweck zum Signieren von CTLs</translation>
    </message>
    <message>
        <source>The signer certificate %1 carries 1.3.6.1.4.1.311.10.3.10. In the Windows SDK (wincrypt.h) that OID is szOID_KP_QUALIFIED_SUBORDINATION, "Qualified Subordination", a purpose for signing cross-certificates and subordinate CA requests. A widely cited Microsoft article on CAPI2 Event ID 11 and the CTL dialog lists it as the second CTL-signing EKU and calls it msCTLSign, but the SDK gives msCTLSign as 1.3.6.1.4.1.311.10.3.1 (Microsoft Trust List Signing). The purposes that authorise a CTL signer are 1.3.6.1.4.1.311.10.3.1 and Root List Signer 1.3.6.1.4.1.311.10.3.9. %2</source>
        <translation>Das Zertifikat %1 des Signaturgebers trägt 1.3.6.1.4.1.311.10.3.10. Im Windows SDK (wincrypt.h) ist diese OID szOID_KP_QUALIFIED_SUBORDINATION, „Qualified Subordination“ (qualifizierte Unterordnung), ein Zweck zum Signieren von Kreuzzertifikaten und Anforderungen untergeordneter CAs. Ein vielzitierter Microsoft-Artikel zu CAPI2-Ereignis-ID 11 und zum CTL-Dialog führt sie als zweite EKU zum Signieren von CTLs auf und nennt sie msCTLSign, aber das SDK definiert msCTLSign als 1.3.6.1.4.1.311.10.3.1 (Microsoft Trust List Signing). Die Zwecke, die einen CTL-Signaturgeber berechtigen, sind 1.3.6.1.4.1.311.10.3.1 und Root List Signer 1.3.6.1.4.1.311.10.3.9. %2</translation>
    </message>
    <message>
        <source>This signer is authorised by another of its purposes.</source>
        <translation>Dieser Signaturgeber ist durch einen anderen seiner Zwecke berechtigt.</translation>
    </message>
    <message>
        <source>This signer has neither, so it is not authorised to sign trust lists.</source>
        <translation>Dieser Signaturgeber hat keinen von beiden und ist daher nicht berechtigt, Vertrauenslisten zu signieren.</translation>
    </message>
    <message>
        <source>Signer is authorised to sign trust lists (%1)</source>
        <translation>Signaturgeber ist berechtigt, Vertrauenslisten zu signieren (%1)</translation>
    </message>
    <message>
        <source>The purposes of %1, narrowed by every CA above it as Windows does, are: %2. %3</source>
        <translation>Die Zwecke von %1, eingeschränkt durch jede CA darüber, wie Windows es tut, sind: %2. %3</translation>
    </message>
    <message>
        <source>A certificate without purpose restrictions may sign anything, including trust lists.</source>
        <translation>Ein Zertifikat ohne Zweckbeschränkung darf alles signieren, auch Vertrauenslisten.</translation>
    </message>
    <message>
        <source>That includes a purpose Windows accepts for signing this kind of list (%1).</source>
        <translation>Darunter ist ein Zweck, den Windows zum Signieren dieser Art von Liste akzeptiert (%1).</translation>
    </message>
    <message>
        <source>Signer is not authorised to sign trust lists</source>
        <translation>Signaturgeber ist nicht berechtigt, Vertrauenslisten zu signieren</translation>
    </message>
    <message>
        <source>The purposes of %1, narrowed by every CA above it as Windows does, are: %2. None of them allows signing a Certificate Trust List: that needs Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1) or Root List Signer (1.3.6.1.4.1.311.10.3.9)%3. The list was signed by the wrong kind of certificate and must not be trusted. If your organisation uses its own purpose for this, accept it with --accept-eku.</source>
        <translation>Die Zwecke von %1, eingeschränkt durch jede CA darüber, wie Windows es tut, sind: %2. Keiner davon erlaubt das Signieren einer Zertifikatvertrauensliste: dafür braucht es Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1) oder Root List Signer (1.3.6.1.4.1.311.10.3.9)%3. Die Liste wurde mit der falschen Art von Zertifikat signiert und darf nicht vertrauenswürdig sein. Verwendet Ihre Organisation dafür einen eigenen Zweck, akzeptieren Sie ihn mit --accept-eku.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, or for pin rules Pin Rules Signer (1.3.6.1.4.1.311.10.3.31)</source>
        <translation>, oder für Pinning-Regeln Pin Rules Signer (1.3.6.1.4.1.311.10.3.31)</translation>
    </message>
    <message numerus="yes">
        <source>List is %n day(s) old</source>
        <translation>
            <numerusform>Liste ist %n Tag alt</numerusform>
            <numerusform>Liste ist %n Tage alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update publishes a new authroot list every few weeks to months; an old copy is not wrong, but may miss recent changes.</source>
        <translation>
            <numerusform>Die Liste wurde am %1 erstellt (thisUpdate), %n Tag vor %2. Windows Update veröffentlicht alle paar Wochen bis Monate eine neue authroot-Liste; eine alte Kopie ist nicht falsch, kann aber jüngste Änderungen verpassen.</numerusform>
            <numerusform>Die Liste wurde am %1 erstellt (thisUpdate), %n Tage vor %2. Windows Update veröffentlicht alle paar Wochen bis Monate eine neue authroot-Liste; eine alte Kopie ist nicht falsch, kann aber jüngste Änderungen verpassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next update date has passed</source>
        <translation>Datum der nächsten Aktualisierung ist verstrichen</translation>
    </message>
    <message>
        <source>The list says it should be replaced by %1 (nextUpdate). That date has passed; Windows treats such a list as out of date and tries to fetch a newer one.</source>
        <translation>Die Liste gibt an, dass sie bis %1 ersetzt werden soll (nextUpdate). Dieses Datum ist verstrichen; Windows behandelt eine solche Liste als veraltet und versucht, eine neuere zu holen.</translation>
    </message>
    <message>
        <source>Certificate included twice</source>
        <translation>Zertifikat doppelt enthalten</translation>
    </message>
    <message>
        <source>Certificate signed with MD5</source>
        <translation>Zertifikat mit MD5 signiert</translation>
    </message>
    <message>
        <source>the list is not signed</source>
        <translation>die Liste ist nicht signiert</translation>
    </message>
    <message>
        <source>data follows the signed structure</source>
        <translation>auf die signierte Struktur folgen Daten</translation>
    </message>
    <message>
        <source>the signer certificate of the %1 is missing</source>
        <translation>das Zertifikat des Signaturgebers der %1 fehlt</translation>
    </message>
    <message>
        <source>the %1 does not verify</source>
        <translation>die %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>the %1's signer does not chain to a trusted root</source>
        <translation>der Signaturgeber der %1 führt zu keinem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <source>the %1's signer is not authorised to sign trust lists</source>
        <translation>der Signaturgeber der %1 ist nicht berechtigt, Vertrauenslisten zu signieren</translation>
    </message>
    <message>
        <source>Windows' CTL dialog would not complain: the signer certificate carries Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1) and every check passes.</source>
        <translation>Der CTL-Dialog von Windows würde sich nicht beschweren: das Zertifikat des Signaturgebers trägt Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1), und jede Prüfung besteht.</translation>
    </message>
    <message>
        <source>Windows' CTL dialog would show no warning</source>
        <translation>Der CTL-Dialog von Windows würde keine Warnung zeigen</translation>
    </message>
    <message>
        <source>When you open this file in Windows, its dialog says "This certificate trust list is not valid. The certificate that signed the list is not valid." That warning is cosmetic. The signer, %1, carries only Root List Signer (1.3.6.1.4.1.311.10.3.9), the purpose Microsoft gives every certificate that signs its root, disallowed and pin-rules lists. Windows' chain verification accepts it for these lists, and the signatures, the chain and the signer's authorisation all check out here. The dialog only looks for the other CTL-signing purpose, Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). The warning has no effect on how Windows uses the list: nothing needs to be done.</source>
        <translation>Wenn Sie diese Datei unter Windows öffnen, meldet der Dialog „Diese Zertifikatvertrauensliste ist ungültig. Das Zertifikat, mit dem die Liste signiert wurde, ist ungültig.“ Diese Warnung ist kosmetisch. Der Signaturgeber, %1, trägt nur Root List Signer (1.3.6.1.4.1.311.10.3.9), den Zweck, den Microsoft jedem Zertifikat gibt, das seine Listen der Stammzertifikate, der gesperrten Zertifikate und der Pinning-Regeln signiert. Die Kettenprüfung von Windows akzeptiert ihn für diese Listen, und die Signaturen, die Kette und die Berechtigung des Signaturgebers bestehen hier alle die Prüfung. Der Dialog sucht nur nach dem anderen Zweck zum Signieren von CTLs, Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). Die Warnung hat keinen Einfluss darauf, wie Windows die Liste verwendet: Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is cosmetic</source>
        <translation>Die Warnung „nicht gültig“ von Windows ist kosmetisch</translation>
    </message>
    <message>
        <source>Windows' CTL dialog would say "This certificate trust list is not valid", and here the warning is real: %1. Do not import or rely on this list.</source>
        <translation>Der CTL-Dialog von Windows würde „Diese Zertifikatvertrauensliste ist ungültig“ melden, und hier ist die Warnung berechtigt: %1. Importieren Sie diese Liste nicht und verlassen Sie sich nicht auf sie.</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is real</source>
        <translation>Die Warnung „nicht gültig“ von Windows ist berechtigt</translation>
    </message>
    <message>
        <source>Entry attributes that cannot be decoded</source>
        <translation>Eintragsattribute, die sich nicht dekodieren lassen</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) carry a purpose list that cannot be decoded; the first at offset %1: %2. Microsoft writes these lists correctly in every real file; these entries were damaged or crafted, and their purposes are shown as undecodable.</source>
        <translation>
            <numerusform>%n Eintrag trägt eine Zweckliste, die sich nicht dekodieren lässt; der erste bei Offset %1: %2. Microsoft schreibt diese Listen in jeder echten Datei korrekt; diese Einträge wurden beschädigt oder manipuliert, und ihre Zwecke werden als nicht dekodierbar angezeigt.</numerusform>
            <numerusform>%n Einträge tragen eine Zweckliste, die sich nicht dekodieren lässt; der erste bei Offset %1: %2. Microsoft schreibt diese Listen in jeder echten Datei korrekt; diese Einträge wurden beschädigt oder manipuliert, und ihre Zwecke werden als nicht dekodierbar angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timestamp time not used</source>
        <translation>Zeitpunkt des Zeitstempels nicht verwendet</translation>
    </message>
    <message>
        <source>The countersignature (timestamp) says %1, which is %2. A timestamp is made over the list's signature, so it can be neither older than the list nor later than today. Its time is ignored and the list is judged at its thisUpdate time.</source>
        <translation>Die Gegensignatur (Zeitstempel) nennt %1, also %2. Ein Zeitstempel wird über die Signatur der Liste erstellt und kann daher weder älter als die Liste noch später als heute sein. Sein Zeitpunkt wird ignoriert, und die Liste wird zu ihrem thisUpdate-Zeitpunkt beurteilt.</translation>
    </message>
    <message>
        <source>before the list's thisUpdate time (%1)</source>
        <translation>vor dem thisUpdate-Zeitpunkt der Liste (%1)</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>its RSA public exponent is %1; RSA needs an odd exponent of at least 3, and with this one anyone can forge its signatures</source>
        <translation>sein öffentlicher RSA-Exponent ist %1; RSA braucht einen ungeraden Exponenten von mindestens 3, und mit diesem kann jeder seine Signaturen fälschen</translation>
    </message>
    <message>
        <source>its RSA key has only %1 bits; keys under 2048 bits are considered breakable, under 1024 bits they have been broken</source>
        <translation>sein RSA-Schlüssel hat nur %1 Bit; Schlüssel unter 2048 Bit gelten als brechbar, unter 1024 Bit wurden sie gebrochen</translation>
    </message>
    <message>
        <source>its EC key spells out its curve parameters instead of naming a standard curve, which lets a forger choose a weak curve</source>
        <translation>sein EC-Schlüssel schreibt seine Kurvenparameter aus, statt eine Standardkurve zu nennen, womit ein Fälscher eine schwache Kurve wählen kann</translation>
    </message>
    <message>
        <source>Weak key in the chain of the %1</source>
        <translation>Schwacher Schlüssel in der Kette des %1</translation>
    </message>
    <message>
        <source>%1 is in the chain of the %2, and %3. %4</source>
        <translation>%1 ist in der Kette des %2, und %3. %4</translation>
    </message>
    <message>
        <source>The timestamp's time is not used.</source>
        <translation>Der Zeitpunkt des Zeitstempels wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The list cannot be trusted.</source>
        <translation>Der Liste kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Microsoft never signed its lists with such a key.</source>
        <translation>Microsoft hat seine Listen nie mit einem solchen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The countersignature's certificate %1 is good for %2: it, and every CA above it, must carry the Time Stamping purpose (1.3.6.1.5.5.7.3.8). Its time is ignored and the list is judged at its thisUpdate time.</source>
        <translation>Das Zertifikat %1 der Gegensignatur ist gültig für %2: es und jede CA darüber müssen den Verwendungszweck Zeitstempel (1.3.6.1.5.5.7.3.8) tragen. Sein Zeitpunkt wird ignoriert, und die Liste wird zu ihrem thisUpdate-Zeitpunkt beurteilt.</translation>
    </message>
    <message>
        <source>List is dated in the future</source>
        <translation>Liste ist in die Zukunft datiert</translation>
    </message>
    <message numerus="yes">
        <source>The list says it was produced on %1 (thisUpdate), %n day(s) after %2 (%3). A list cannot be signed before it was produced: its date is wrong, the computer's clock is wrong, or the list was made to look newer than it is. Do not rely on its date.</source>
        <translation>
            <numerusform>Die Liste gibt an, am %1 erstellt worden zu sein (thisUpdate), %n Tag nach %2 (%3). Eine Liste kann nicht signiert werden, bevor sie erstellt wurde: ihr Datum ist falsch, die Uhr des Computers geht falsch, oder die Liste wurde neuer gemacht, als sie ist. Verlassen Sie sich nicht auf ihr Datum.</numerusform>
            <numerusform>Die Liste gibt an, am %1 erstellt worden zu sein (thisUpdate), %n Tage nach %2 (%3). Eine Liste kann nicht signiert werden, bevor sie erstellt wurde: ihr Datum ist falsch, die Uhr des Computers geht falsch, oder die Liste wurde neuer gemacht, als sie ist. Verlassen Sie sich nicht auf ihr Datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>the time it is judged at</source>
        <translation>dem Zeitpunkt, zu dem sie beurteilt wird</translation>
    </message>
    <message>
        <source>the chain of the %1 holds a weak key</source>
        <translation>die Kette des %1 enthält einen schwachen Schlüssel</translation>
    </message>
    <message>
        <source>disallowed-certificate list</source>
        <translation>Liste gesperrter Zertifikate</translation>
    </message>
    <message>
        <source>pin-rules list</source>
        <translation>Liste mit Pinning-Regeln</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message numerus="yes">
        <source>The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update publishes a new %3 every few weeks to months; an old copy is not wrong, but may miss recent changes.</source>
        <translation>
            <numerusform>Die Liste wurde am %1 erstellt (thisUpdate), %n Tag vor %2. Windows Update veröffentlicht alle paar Wochen bis Monate eine neue %3; eine alte Kopie ist nicht falsch, kann aber jüngste Änderungen verpassen.</numerusform>
            <numerusform>Die Liste wurde am %1 erstellt (thisUpdate), %n Tage vor %2. Windows Update veröffentlicht alle paar Wochen bis Monate eine neue %3; eine alte Kopie ist nicht falsch, kann aber jüngste Änderungen verpassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n times in the list's certificate bag. Windows uses one copy; the others change nothing, so this is harmless.</source>
        <translation>
            <numerusform>%1 erscheint %n-mal in der Zertifikatsammlung der Liste. Windows verwendet eine Kopie; die anderen ändern nichts, daher ist das harmlos.</numerusform>
            <numerusform>%1 erscheint %n-mal in der Zertifikatsammlung der Liste. Windows verwendet eine Kopie; die anderen ändern nichts, daher ist das harmlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed with MD5 with RSA. The list is dated %2, before forged MD5 certificates (December 2008) ended MD5 for signatures; Windows accepts it in a chain of that age. Nothing needs to be done.</source>
        <translation>%1 ist mit MD5 mit RSA signiert. Die Liste ist auf den %2 datiert, vor den gefälschten MD5-Zertifikaten (Dezember 2008), die MD5 für Signaturen beendeten; Windows akzeptiert es in einer Kette dieses Alters. Es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 is signed with MD5 with RSA, although the list is dated %2, after forged MD5 certificates (December 2008) ended MD5 for signatures. A certificate signed this way can be forged.</source>
        <translation>%1 ist mit MD5 mit RSA signiert, obwohl die Liste auf den %2 datiert ist, nach den gefälschten MD5-Zertifikaten (Dezember 2008), die MD5 für Signaturen beendeten. Ein so signiertes Zertifikat kann gefälscht werden.</translation>
    </message>
    <message>
        <source>The %1 uses MD5, which has been broken for collisions since 2004. The list is dated %2, before forged MD5 certificates (December 2008) ended MD5 for signatures; Windows accepts a timestamp of that age, and a timestamp only dates the list: its own signature does not rely on it.</source>
        <translation>Die %1 verwendet MD5, das seit 2004 für Kollisionen gebrochen ist. Die Liste ist auf den %2 datiert, vor den gefälschten MD5-Zertifikaten (Dezember 2008), die MD5 für Signaturen beendeten; Windows akzeptiert einen Zeitstempel dieses Alters, und ein Zeitstempel datiert nur die Liste: ihre eigene Signatur hängt nicht von ihm ab.</translation>
    </message>
    <message>
        <source>The %1 uses MD5, which has been broken for collisions since 2004 and unfit for signatures since forged MD5 certificates (December 2008). The list is dated %2; such a signature can be forged.</source>
        <translation>Die %1 verwendet MD5, das seit 2004 für Kollisionen gebrochen und seit den gefälschten MD5-Zertifikaten (Dezember 2008) für Signaturen ungeeignet ist. Die Liste ist auf den %2 datiert; eine solche Signatur kann gefälscht werden.</translation>
    </message>
    <message>
        <source> This list also carries a nested SHA-256 signature, which newer Windows versions check.</source>
        <translation> Diese Liste trägt außerdem eine verschachtelte SHA-256-Signatur, die neuere Windows-Versionen prüfen.</translation>
    </message>
    <message>
        <source>The %1 uses SHA-1. The list is dated %2, before Microsoft's lists became SHA-256-only (January 2020); Windows accepts SHA-1 in lists of that age.</source>
        <translation>Die %1 verwendet SHA-1. Die Liste ist auf den %2 datiert, bevor die Listen von Microsoft nur noch SHA-256 verwendeten (Januar 2020); Windows akzeptiert SHA-1 in Listen dieses Alters.</translation>
    </message>
    <message>
        <source>The %1 uses SHA-1, although the list is dated %2, after Microsoft's lists became SHA-256-only (January 2020). SHA-1 collisions have been practical since 2017; a list signed this way today deserves a look.</source>
        <translation>Die %1 verwendet SHA-1, obwohl die Liste auf den %2 datiert ist, nachdem die Listen von Microsoft nur noch SHA-256 verwendeten (Januar 2020). SHA-1-Kollisionen sind seit 2017 praktisch möglich; eine heute so signierte Liste verdient einen genaueren Blick.</translation>
    </message>
    <message>
        <source>A certificate in the chain of the %1 (%2) only became valid after the list's thisUpdate time (%3), so this signature was made later than the list's content. %5 The chain was checked as of %4, the earliest time all of it was valid.</source>
        <translation>Ein Zertifikat in der Kette der %1 (%2) wurde erst nach dem thisUpdate-Zeitpunkt der Liste (%3) gültig, daher wurde diese Signatur später erstellt als der Inhalt der Liste. %5 Die Kette wurde zum Zeitpunkt %4 geprüft, dem frühesten Zeitpunkt, zu dem sie vollständig gültig war.</translation>
    </message>
    <message>
        <source>A nested signature added to a list already published is made this way.</source>
        <translation>So entsteht eine verschachtelte Signatur, die einer bereits veröffentlichten Liste hinzugefügt wird.</translation>
    </message>
    <message>
        <source>The list was signed again after it was produced, with a newer certificate.</source>
        <translation>Die Liste wurde nach ihrer Erstellung erneut signiert, mit einem neueren Zertifikat.</translation>
    </message>
    <message>
        <source>The time-stamping chain of %1 ends at %2, which this list itself names as a trusted root for time stamping (entry %3, %4). Windows holds that root and would accept the timestamp. The file carries only the root's hash, not its certificate, so the last link cannot be checked here: the timestamp's time is not used and the list is judged at its thisUpdate time. The list's own signature is not affected.</source>
        <translation>Die Zeitstempelkette von %1 endet bei %2, das diese Liste selbst als vertrauenswürdiges Stammzertifikat für Zeitstempel nennt (Eintrag %3, %4). Windows hat dieses Stammzertifikat und würde den Zeitstempel akzeptieren. Die Datei trägt nur den Hash des Stammzertifikats, nicht das Zertifikat selbst, daher kann das letzte Glied hier nicht geprüft werden: der Zeitpunkt des Zeitstempels wird nicht verwendet, und die Liste wird zu ihrem thisUpdate-Zeitpunkt beurteilt. Die eigene Signatur der Liste ist nicht betroffen.</translation>
    </message>
    <message>
        <source>%1 (in the chain of the %2). Strict X.509 checkers such as OpenSSL reject this ("invalid CA certificate"), but Windows accepts such a root, so this is not counted against the list.</source>
        <translation>%1 (in der Kette der %2). Strikte X.509-Prüfer wie OpenSSL lehnen dies ab („invalid CA certificate“), aber Windows akzeptiert ein solches Stammzertifikat, daher wird dies der Liste nicht angelastet.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Genuine, with warnings</source>
        <translation>Echt, mit Warnungen</translation>
    </message>
    <message>
        <source>Not trusted: the signer does not chain to a trusted root</source>
        <translation>Nicht vertrauenswürdig: der Signaturgeber führt zu keinem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nicht gültig</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>Damaged: not a well-formed list</source>
        <translation>Beschädigt: keine wohlgeformte Liste</translation>
    </message>
</context>
<context>
    <name>ctlv::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Windows' "not valid" warning is cosmetic.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Die Warnung „nicht gültig“ von Windows ist kosmetisch.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Windows' "not valid" warning is real.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Die Warnung „nicht gültig“ von Windows ist berechtigt.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Show all findings (%1, %2)</source>
        <comment>%1 is the errors' count, %2 the warnings'</comment>
        <translation>Alle Befunde zeigen (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::VerdictText</name>
    <message>
        <source>Signed by %1, which chains to %2 as of %3.</source>
        <translation>Signiert von %1, das zum Zeitpunkt %3 zu %2 führt.</translation>
    </message>
    <message>
        <source>The signer certificate has expired since then; that is normal for a list of this age and needs no action.</source>
        <translation>Das Zertifikat des Signaturgebers ist seitdem abgelaufen; das ist für eine Liste dieses Alters normal und erfordert nichts.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not valid: the signer is not authorised to sign trust lists</source>
        <translation>Nicht gültig: der Signaturgeber ist nicht berechtigt, Vertrauenslisten zu signieren</translation>
    </message>
    <message>
        <source>Not valid: the signer carries 1.3.6.1.4.1.311.10.3.10 (Qualified Subordination), which does not authorise signing trust lists</source>
        <translation>Nicht gültig: der Signaturgeber trägt 1.3.6.1.4.1.311.10.3.10 (Qualifizierte Unterordnung), was nicht zum Signieren von Vertrauenslisten berechtigt</translation>
    </message>
    <message>
        <source>%1 carries 1.3.6.1.4.1.311.10.3.10, which the Windows SDK names Qualified Subordination. A widely cited Microsoft article on CAPI2 Event ID 11 calls it msCTLSign, mixing it up with Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). Windows accepts a trust list only from a signer with 1.3.6.1.4.1.311.10.3.1 or Root List Signer (1.3.6.1.4.1.311.10.3.9), and this one has neither: do not import the list.</source>
        <translation>%1 trägt 1.3.6.1.4.1.311.10.3.10, was das Windows SDK Qualified Subordination (qualifizierte Unterordnung) nennt. Ein vielzitierter Microsoft-Artikel zu CAPI2-Ereignis-ID 11 nennt es msCTLSign und verwechselt es mit Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). Windows akzeptiert eine Vertrauensliste nur von einem Signaturgeber mit 1.3.6.1.4.1.311.10.3.1 oder Root List Signer (1.3.6.1.4.1.311.10.3.9), und dieser hat keines von beiden: importieren Sie die Liste nicht.</translation>
    </message>
    <message>
        <source>Not genuine: the content was changed after it was signed</source>
        <translation>Nicht echt: der Inhalt wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>Not genuine: the signature does not match its signer's key</source>
        <translation>Nicht echt: die Signatur passt nicht zum Schlüssel ihres Signaturgebers</translation>
    </message>
    <message>
        <source>Not genuine: the signature was made for another kind of data</source>
        <translation>Nicht echt: die Signatur wurde für eine andere Art von Daten erstellt</translation>
    </message>
    <message>
        <source>Not genuine: the signed attributes are ambiguous</source>
        <translation>Nicht echt: die signierten Attribute sind mehrdeutig</translation>
    </message>
    <message>
        <source>Cannot be verified: the signer certificate is not in the file</source>
        <translation>Nicht prüfbar: das Zertifikat des Signaturgebers ist nicht in der Datei</translation>
    </message>
    <message>
        <source>Not valid: the signer's certificate chain fails</source>
        <translation>Nicht gültig: die Zertifikatkette des Signaturgebers schlägt fehl</translation>
    </message>
    <message>
        <source>Not trustworthy: a key in the signer's chain is too weak</source>
        <translation>Nicht vertrauenswürdig: ein Schlüssel in der Kette des Signaturgebers ist zu schwach</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>genuine, with points to look at</source>
        <translation>echt, mit Punkten zur Beachtung</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>nicht gültig</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>Intact, but not trusted: the signer does not chain to a trusted root</source>
        <translation>Intakt, aber nicht vertrauenswürdig: der Signaturgeber führt zu keinem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <source>Not signed: nothing vouches for this list</source>
        <translation>Nicht signiert: nichts bürgt für diese Liste</translation>
    </message>
    <message>
        <source>Damaged or altered: data follows the signed list</source>
        <translation>Beschädigt oder verändert: auf die signierte Liste folgen Daten</translation>
    </message>
    <message>
        <source>Damaged: the file cannot be read as a trust list</source>
        <translation>Beschädigt: die Datei kann nicht als Vertrauensliste gelesen werden</translation>
    </message>
</context>
<context>
    <name>ctlv::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;CTL Viewer&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;CTL Viewer&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Open a Microsoft Certificate Trust List (authroot.stl, disallowedcert.stl, pinrules.stl, an enterprise CTL) or the .cab Windows Update ships it in, and see what is inside, whether it is genuine, and why Windows' own dialog may call it "not valid". You can also drop files on this window or paste PEM text.</source>
        <translation>Öffnen Sie eine Microsoft-Zertifikatvertrauensliste (authroot.stl, disallowedcert.stl, pinrules.stl, eine Unternehmens-CTL) oder die .cab, in der Windows Update sie ausliefert, und sehen Sie, was darin steht, ob sie echt ist und warum der Windows-eigene Dialog sie womöglich „nicht gültig“ nennt. Sie können auch Dateien auf dieses Fenster ziehen oder PEM-Text einfügen.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;bundled sample</source>
        <translation>&amp;Mitgeliefertes Beispiel öffnen</translation>
    </message>
    <message>
        <source>A real authrootstl.cab from Windows Update (June 2025)</source>
        <translation>Eine echte authrootstl.cab von Windows Update (Juni 2025)</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Zuletzt geöffnete Dateien:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>ctlv::der</name>
    <message>
        <source>an algorithm OID</source>
        <translation>eine Algorithmus-OID</translation>
    </message>
    <message>
        <source>the AlgorithmIdentifier</source>
        <translation>den AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>an attribute SEQUENCE</source>
        <translation>eine Attribut-SEQUENCE</translation>
    </message>
    <message>
        <source>the attribute type</source>
        <translation>den Attributtyp</translation>
    </message>
    <message>
        <source>the attribute's SET of values</source>
        <translation>die Wertemenge (SET) des Attributs</translation>
    </message>
    <message>
        <source>the attribute</source>
        <translation>das Attribut</translation>
    </message>
    <message>
        <source>CertificatePolicies</source>
        <translation>CertificatePolicies</translation>
    </message>
    <message>
        <source>PolicyInformation</source>
        <translation>PolicyInformation</translation>
    </message>
    <message>
        <source>the policy OID</source>
        <translation>die Richtlinien-OID</translation>
    </message>
    <message>
        <source>PolicyQualifierInfo</source>
        <translation>PolicyQualifierInfo</translation>
    </message>
    <message>
        <source>the qualifier OID</source>
        <translation>die Qualifizierer-OID</translation>
    </message>
    <message>
        <source>the PKCS #7 ContentInfo SEQUENCE</source>
        <translation>die PKCS-#7-ContentInfo-SEQUENCE</translation>
    </message>
    <message>
        <source>the ContentInfo content type</source>
        <translation>den Inhaltstyp der ContentInfo</translation>
    </message>
    <message>
        <source>the [0] EXPLICIT signed data</source>
        <translation>die signierten Daten unter [0] EXPLICIT</translation>
    </message>
    <message>
        <source>the SignedData SEQUENCE</source>
        <translation>die SignedData-SEQUENCE</translation>
    </message>
    <message>
        <source>the SignedData version</source>
        <translation>die SignedData-Version</translation>
    </message>
    <message>
        <source>the SignedData digestAlgorithms SET</source>
        <translation>die digestAlgorithms-Menge (SET) der SignedData</translation>
    </message>
    <message>
        <source>a digest AlgorithmIdentifier</source>
        <translation>einen Hash-AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the encapsulated ContentInfo SEQUENCE</source>
        <translation>die gekapselte ContentInfo-SEQUENCE</translation>
    </message>
    <message>
        <source>the encapsulated content type</source>
        <translation>den gekapselten Inhaltstyp</translation>
    </message>
    <message>
        <source>the encapsulated ContentInfo</source>
        <translation>die gekapselte ContentInfo</translation>
    </message>
    <message>
        <source>the SignedData</source>
        <translation>die SignedData</translation>
    </message>
    <message>
        <source>a SignerInfo SEQUENCE</source>
        <translation>eine SignerInfo-SEQUENCE</translation>
    </message>
    <message>
        <source>the SignerInfo version</source>
        <translation>die SignerInfo-Version</translation>
    </message>
    <message>
        <source>the signer's issuer Name</source>
        <translation>den Ausstellernamen des Signaturgebers</translation>
    </message>
    <message>
        <source>the signer's serial number</source>
        <translation>die Seriennummer des Signaturgebers</translation>
    </message>
    <message>
        <source>issuerAndSerialNumber</source>
        <translation>issuerAndSerialNumber</translation>
    </message>
    <message>
        <source>the signer's digest AlgorithmIdentifier</source>
        <translation>den Hash-AlgorithmIdentifier des Signaturgebers</translation>
    </message>
    <message>
        <source>the signature AlgorithmIdentifier</source>
        <translation>den AlgorithmIdentifier der Signatur</translation>
    </message>
    <message>
        <source>the signature OCTET STRING</source>
        <translation>den OCTET STRING der Signatur</translation>
    </message>
    <message>
        <source>the SignerInfo</source>
        <translation>die SignerInfo</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>ein Attribut</translation>
    </message>
    <message>
        <source>the attribute values</source>
        <translation>die Attributwerte</translation>
    </message>
    <message>
        <source>the nested content type</source>
        <translation>den verschachtelten Inhaltstyp</translation>
    </message>
    <message>
        <source>the nested [0] content</source>
        <translation>den verschachtelten [0]-Inhalt</translation>
    </message>
    <message>
        <source>the nested SignedData</source>
        <translation>die verschachtelten SignedData</translation>
    </message>
    <message>
        <source>the [0] EXPLICIT CTL content</source>
        <translation>den CTL-Inhalt unter [0] EXPLICIT</translation>
    </message>
    <message>
        <source>the CertificateTrustList SEQUENCE inside the OCTET STRING</source>
        <translation>die CertificateTrustList-SEQUENCE im OCTET STRING</translation>
    </message>
    <message>
        <source>the OCTET STRING holding the CTL</source>
        <translation>den OCTET STRING mit der CTL</translation>
    </message>
    <message>
        <source>the CertificateTrustList SEQUENCE</source>
        <translation>die CertificateTrustList-SEQUENCE</translation>
    </message>
    <message>
        <source>the CTL subjectUsage SEQUENCE</source>
        <translation>die subjectUsage-SEQUENCE der CTL</translation>
    </message>
    <message>
        <source>a subjectUsage OID</source>
        <translation>eine subjectUsage-OID</translation>
    </message>
    <message>
        <source>the CTL subjectAlgorithm AlgorithmIdentifier</source>
        <translation>den subjectAlgorithm-AlgorithmIdentifier der CTL</translation>
    </message>
    <message>
        <source>a TrustedSubject SEQUENCE</source>
        <translation>eine TrustedSubject-SEQUENCE</translation>
    </message>
    <message>
        <source>the CTL Extensions SEQUENCE</source>
        <translation>die Extensions-SEQUENCE der CTL</translation>
    </message>
    <message>
        <source>the [0] CTL extensions</source>
        <translation>die CTL-Erweiterungen unter [0]</translation>
    </message>
    <message>
        <source>the CertificateTrustList</source>
        <translation>die CertificateTrustList</translation>
    </message>
    <message>
        <source>an Extension SEQUENCE</source>
        <translation>eine Extension-SEQUENCE</translation>
    </message>
    <message>
        <source>the extension OID</source>
        <translation>die Erweiterungs-OID</translation>
    </message>
    <message>
        <source>the extension value OCTET STRING</source>
        <translation>den OCTET STRING mit dem Erweiterungswert</translation>
    </message>
    <message>
        <source>the Extension</source>
        <translation>die Extension</translation>
    </message>
    <message>
        <source>the CT log list SEQUENCE</source>
        <translation>die SEQUENCE der CT-Log-Liste</translation>
    </message>
    <message>
        <source>the CT log list</source>
        <translation>die CT-Log-Liste</translation>
    </message>
    <message>
        <source>a version number</source>
        <translation>eine Versionsnummer</translation>
    </message>
    <message>
        <source>a log's SubjectPublicKeyInfo</source>
        <translation>die SubjectPublicKeyInfo eines Logs</translation>
    </message>
    <message>
        <source>the key AlgorithmIdentifier</source>
        <translation>den AlgorithmIdentifier des Schlüssels</translation>
    </message>
    <message>
        <source>the key algorithm</source>
        <translation>den Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>the pin rules SEQUENCE</source>
        <translation>die SEQUENCE der Pinning-Regeln</translation>
    </message>
    <message>
        <source>a pin rule SEQUENCE</source>
        <translation>eine Pinning-Regel-SEQUENCE</translation>
    </message>
    <message>
        <source>a pin SEQUENCE</source>
        <translation>eine Pin-SEQUENCE</translation>
    </message>
    <message>
        <source>the subject identifier OCTET STRING</source>
        <translation>den OCTET STRING mit der Subjekt-Kennung</translation>
    </message>
    <message>
        <source>the TrustedSubject</source>
        <translation>das TrustedSubject</translation>
    </message>
    <message>
        <source>expected a DER element at offset %1, but the data ends there</source>
        <translation>DER-Element bei Offset %1 erwartet, aber dort enden die Daten</translation>
    </message>
    <message>
        <source>multi-byte tag at offset %1 is not used by any CTL structure</source>
        <translation>ein Mehrbyte-Tag bei Offset %1 wird von keiner CTL-Struktur verwendet</translation>
    </message>
    <message>
        <source>truncated: the length of the %1 at offset %2 is missing (data ends at offset %3)</source>
        <translation>abgeschnitten: die Länge von %1 bei Offset %2 fehlt (Daten enden bei Offset %3)</translation>
    </message>
    <message>
        <source>the %1 at offset %2 uses a BER indefinite length; DER requires a definite length</source>
        <translation>%1 bei Offset %2 verwendet eine unbestimmte BER-Länge; DER verlangt eine bestimmte Länge</translation>
    </message>
    <message>
        <source>the %1 at offset %2 declares a length of %3 octets, more than any real file needs</source>
        <translation>%1 bei Offset %2 gibt eine Länge von %3 Oktetten an, mehr als jede echte Datei braucht</translation>
    </message>
    <message>
        <source>truncated: the length of the %1 at offset %2 is cut off (data ends at offset %3)</source>
        <translation>abgeschnitten: die Länge von %1 bei Offset %2 ist abgeschnitten (Daten enden bei Offset %3)</translation>
    </message>
    <message>
        <source>the %1 at offset %2 has a length that is not minimally encoded (BER, not DER)</source>
        <translation>%1 bei Offset %2 hat eine nicht minimal kodierte Länge (BER, nicht DER)</translation>
    </message>
    <message>
        <source>truncated: the %1 at offset %2 declares %3 bytes of content, but only %4 bytes follow (the enclosing data ends at offset %5)</source>
        <translation>abgeschnitten: %1 bei Offset %2 gibt %3 Bytes Inhalt an, aber nur %4 Bytes folgen (die umgebenden Daten enden bei Offset %5)</translation>
    </message>
    <message>
        <source>structures nested more than %1 levels deep at offset %2</source>
        <translation>Strukturen bei Offset %2 sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected %1 (%2) at offset %3, but the enclosing structure ends there</source>
        <translation>%1 (%2) bei Offset %3 erwartet, aber dort endet die umgebende Struktur</translation>
    </message>
    <message>
        <source>expected %1 (%2) at offset %3, found %4</source>
        <translation>%1 (%2) bei Offset %3 erwartet, %4 gefunden</translation>
    </message>
    <message>
        <source>unexpected %1 at offset %2 after the end of %3</source>
        <translation>unerwartetes %1 bei Offset %2 nach dem Ende von %3</translation>
    </message>
    <message>
        <source>malformed OBJECT IDENTIFIER at offset %1</source>
        <translation>fehlerhafter OBJECT IDENTIFIER bei Offset %1</translation>
    </message>
    <message>
        <source>expected a time (UTCTime or GeneralizedTime) at offset %1, found %2</source>
        <translation>Zeitangabe (UTCTime oder GeneralizedTime) bei Offset %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>malformed %1 "%2" at offset %3</source>
        <translation>fehlerhafte %1 „%2“ bei Offset %3</translation>
    </message>
    <message>
        <source>expected a small INTEGER at offset %1</source>
        <translation>kleiner INTEGER bei Offset %1 erwartet</translation>
    </message>
    <message>
        <source>a SEQUENCE OF OBJECT IDENTIFIER</source>
        <translation>eine SEQUENCE OF OBJECT IDENTIFIER</translation>
    </message>
    <message>
        <source>the SEQUENCE OF OBJECT IDENTIFIER</source>
        <translation>die SEQUENCE OF OBJECT IDENTIFIER</translation>
    </message>
    <message>
        <source>an OBJECT IDENTIFIER</source>
        <translation>einen OBJECT IDENTIFIER</translation>
    </message>
    <message>
        <source>RSASSA-PSS parameters</source>
        <translation>RSASSA-PSS-Parameter</translation>
    </message>
    <message>
        <source>the PSS hash algorithm</source>
        <translation>den PSS-Hash-Algorithmus</translation>
    </message>
    <message>
        <source>the PSS hash OID</source>
        <translation>die PSS-Hash-OID</translation>
    </message>
    <message>
        <source>the PSS mask generation algorithm</source>
        <translation>den PSS-Maskengenerierungsalgorithmus</translation>
    </message>
    <message>
        <source>the MGF OID</source>
        <translation>die MGF-OID</translation>
    </message>
    <message>
        <source>the MGF1 hash algorithm</source>
        <translation>den MGF1-Hash-Algorithmus</translation>
    </message>
    <message>
        <source>the MGF1 hash OID</source>
        <translation>die MGF1-Hash-OID</translation>
    </message>
    <message>
        <source>the PSS salt length</source>
        <translation>die PSS-Salt-Länge</translation>
    </message>
    <message>
        <source>the attribute's OCTET STRING</source>
        <translation>der OCTET STRING des Attributs</translation>
    </message>
    <message>
        <source>the %1 at offset %2 uses the BER constructed form of a string type; DER requires the primitive form</source>
        <translation>%1 bei Offset %2 verwendet die konstruierte BER-Form eines Zeichenkettentyps; DER verlangt die primitive Form</translation>
    </message>
    <message>
        <source>the INTEGER at offset %1 has no content octets; DER requires at least one</source>
        <translation>der INTEGER bei Offset %1 hat keine Inhaltsoktette; DER verlangt mindestens eines</translation>
    </message>
    <message>
        <source>the INTEGER at offset %1 is not minimally encoded (its first octet is redundant), which DER forbids</source>
        <translation>der INTEGER bei Offset %1 ist nicht minimal kodiert (sein erstes Oktett ist überflüssig), was DER verbietet</translation>
    </message>
    <message>
        <source>the SET OF at offset %1 is not sorted as DER requires: the element at offset %2 must come before the one at offset %3</source>
        <translation>das SET OF bei Offset %1 ist nicht so sortiert, wie DER es verlangt: das Element bei Offset %2 muss vor dem bei Offset %3 stehen</translation>
    </message>
    <message>
        <source>SPC_INDIRECT_DATA</source>
        <translation>SPC_INDIRECT_DATA</translation>
    </message>
    <message>
        <source>the SPC data type and value</source>
        <translation>den SPC-Datentyp und -Wert</translation>
    </message>
    <message>
        <source>the SPC data type</source>
        <translation>den SPC-Datentyp</translation>
    </message>
    <message>
        <source>the DigestInfo</source>
        <translation>die DigestInfo</translation>
    </message>
    <message>
        <source>the digest AlgorithmIdentifier</source>
        <translation>den Hash-AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the digest algorithm</source>
        <translation>den Hash-Algorithmus</translation>
    </message>
    <message>
        <source>the digest</source>
        <translation>den Hash</translation>
    </message>
    <message>
        <source>CAT_MEMBERINFO</source>
        <translation>CAT_MEMBERINFO</translation>
    </message>
    <message>
        <source>the subject GUID</source>
        <translation>die Subjekt-GUID</translation>
    </message>
    <message>
        <source>the member version</source>
        <translation>die Elementversion</translation>
    </message>
    <message>
        <source>CAT_NAMEVALUE</source>
        <translation>CAT_NAMEVALUE</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>den Namen</translation>
    </message>
    <message>
        <source>the flags</source>
        <translation>die Flags</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>den Wert</translation>
    </message>
    <message>
        <source>the timestamp token's content type</source>
        <translation>den Inhaltstyp des Zeitstempel-Tokens</translation>
    </message>
    <message>
        <source>the timestamp token's [0] content</source>
        <translation>den [0]-Inhalt des Zeitstempel-Tokens</translation>
    </message>
    <message>
        <source>the timestamp token's SignedData</source>
        <translation>die SignedData des Zeitstempel-Tokens</translation>
    </message>
    <message>
        <source>the timestamp's encapsulated content</source>
        <translation>den gekapselten Inhalt des Zeitstempels</translation>
    </message>
    <message>
        <source>the timestamp's content type</source>
        <translation>den Inhaltstyp des Zeitstempels</translation>
    </message>
    <message>
        <source>the timestamp's [0] TSTInfo</source>
        <translation>die TSTInfo unter [0] des Zeitstempels</translation>
    </message>
    <message>
        <source>the TSTInfo OCTET STRING</source>
        <translation>den OCTET STRING der TSTInfo</translation>
    </message>
    <message>
        <source>the timestamp's signerInfos SET</source>
        <translation>das signerInfos-SET des Zeitstempels</translation>
    </message>
    <message>
        <source>the TSTInfo SEQUENCE</source>
        <translation>die TSTInfo-SEQUENCE</translation>
    </message>
    <message>
        <source>the TSTInfo version</source>
        <translation>die TSTInfo-Version</translation>
    </message>
    <message>
        <source>the TSTInfo policy</source>
        <translation>die TSTInfo-Richtlinie</translation>
    </message>
    <message>
        <source>the messageImprint</source>
        <translation>den messageImprint</translation>
    </message>
    <message>
        <source>the messageImprint algorithm</source>
        <translation>den Algorithmus des messageImprint</translation>
    </message>
    <message>
        <source>the messageImprint hash</source>
        <translation>den Hash des messageImprint</translation>
    </message>
    <message>
        <source>the TSTInfo serialNumber</source>
        <translation>die serialNumber der TSTInfo</translation>
    </message>
    <message>
        <source>the TSTInfo genTime</source>
        <translation>die genTime der TSTInfo</translation>
    </message>
</context>
<context>
    <name>ctlv::oid</name>
    <message>
        <source>PKCS #7 data</source>
        <translation>PKCS-#7-Daten</translation>
    </message>
    <message>
        <source>PKCS #7 signed data</source>
        <translation>PKCS-#7-signierte Daten</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Message digest</source>
        <translation>Nachrichtenhash</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>Countersignature</source>
        <translation>Gegensignatur</translation>
    </message>
    <message>
        <source>Sequence number (PKCS #9)</source>
        <translation>Sequenznummer (PKCS #9)</translation>
    </message>
    <message>
        <source>Program name and information URL (SpcSpOpusInfo)</source>
        <translation>Programmname und Informations-URL (SpcSpOpusInfo)</translation>
    </message>
    <message>
        <source>Nested signature</source>
        <translation>Verschachtelte Signatur</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp</source>
        <translation>RFC-3161-Zeitstempel</translation>
    </message>
    <message>
        <source>Certificate Trust List</source>
        <translation>Zertifikatvertrauensliste</translation>
    </message>
    <message>
        <source>Sorted CTL</source>
        <translation>Sortierte CTL</translation>
    </message>
    <message>
        <source>Next update location</source>
        <translation>Ort der nächsten Aktualisierung</translation>
    </message>
    <message>
        <source>Microsoft Trust List Signing</source>
        <translation>Microsoft-Vertrauenslistensignatur</translation>
    </message>
    <message>
        <source>Microsoft Time Stamping</source>
        <translation>Microsoft-Zeitstempel</translation>
    </message>
    <message>
        <source>Microsoft Server Gated Crypto</source>
        <translation>Microsoft Server Gated Crypto</translation>
    </message>
    <message>
        <source>Encrypting File System</source>
        <translation>Verschlüsselndes Dateisystem</translation>
    </message>
    <message>
        <source>File Recovery</source>
        <translation>Dateiwiederherstellung</translation>
    </message>
    <message>
        <source>Windows Hardware Driver Verification</source>
        <translation>Windows-Hardwaretreiberüberprüfung</translation>
    </message>
    <message>
        <source>Windows System Component Verification</source>
        <translation>Windows-Systemkomponentenüberprüfung</translation>
    </message>
    <message>
        <source>OEM Windows System Component Verification</source>
        <translation>OEM-Windows-Systemkomponentenüberprüfung</translation>
    </message>
    <message>
        <source>Embedded Windows System Component Verification</source>
        <translation>Überprüfung eingebetteter Windows-Systemkomponenten</translation>
    </message>
    <message>
        <source>Root List Signer</source>
        <translation>Stammlistensignaturgeber</translation>
    </message>
    <message>
        <source>Qualified Subordination</source>
        <translation>Qualifizierte Unterordnung</translation>
    </message>
    <message>
        <source>Key Recovery</source>
        <translation>Schlüsselwiederherstellung</translation>
    </message>
    <message>
        <source>Document Signing</source>
        <translation>Dokumentsignatur</translation>
    </message>
    <message>
        <source>Lifetime Signing</source>
        <translation>Lebensdauersignatur</translation>
    </message>
    <message>
        <source>Revoked List Signer</source>
        <translation>Signaturgeber für Sperrlisten</translation>
    </message>
    <message>
        <source>Disallowed List</source>
        <translation>Liste gesperrter Zertifikate</translation>
    </message>
    <message>
        <source>Pin Rules Signer</source>
        <translation>Signaturgeber für Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin Rules CTL</source>
        <translation>CTL der Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin Rules extension</source>
        <translation>Erweiterung für Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin Rules domain name</source>
        <translation>Domainname der Pinning-Regeln</translation>
    </message>
    <message>
        <source>Pin Rules log end date</source>
        <translation>Log-Enddatum der Pinning-Regeln</translation>
    </message>
    <message>
        <source>Sync root CTL</source>
        <translation>Synchronisierungs-CTL für Stammzertifikate</translation>
    </message>
    <message>
        <source>Flighted CTL</source>
        <translation>Vorab verteilte CTL (Flighting)</translation>
    </message>
    <message>
        <source>Certificate Transparency log list</source>
        <translation>Liste der Certificate-Transparency-Logs</translation>
    </message>
    <message>
        <source>HPKP domain names CTL</source>
        <translation>CTL der HPKP-Domainnamen</translation>
    </message>
    <message>
        <source>HPKP header values CTL</source>
        <translation>CTL der HPKP-Headerwerte</translation>
    </message>
    <message>
        <source>Yes/no trust</source>
        <translation>Ja/Nein-Vertrauen</translation>
    </message>
    <message>
        <source>Pin rule index</source>
        <translation>Index der Pinning-Regel</translation>
    </message>
    <message>
        <source>Pin rule flags</source>
        <translation>Flags der Pinning-Regel</translation>
    </message>
    <message>
        <source>Catalog list</source>
        <translation>Katalogliste</translation>
    </message>
    <message>
        <source>Catalog list member</source>
        <translation>Element der Katalogliste</translation>
    </message>
    <message>
        <source>Enabled purposes (EKUs)</source>
        <translation>Aktivierte Verwendungszwecke (EKUs)</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Signature hash (disallowed hash)</source>
        <translation>Signatur-Hash (gesperrter Hash)</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Schlüsselkennung</translation>
    </message>
    <message>
        <source>Subject public key MD5</source>
        <translation>MD5 des öffentlichen Schlüssels des Subjekts</translation>
    </message>
    <message>
        <source>Subject name MD5</source>
        <translation>MD5 des Subjektnamens</translation>
    </message>
    <message>
        <source>Root program policies (EV)</source>
        <translation>Richtlinien des Root-Programms (EV)</translation>
    </message>
    <message>
        <source>Root program name constraints</source>
        <translation>Namenseinschränkungen des Root-Programms</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>Deaktiviert ab</translation>
    </message>
    <message>
        <source>Root program chain policies</source>
        <translation>Kettenrichtlinien des Root-Programms</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>Deaktivierte Verwendungszwecke</translation>
    </message>
    <message>
        <source>NotBefore date</source>
        <translation>NotBefore-Datum</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore-Verwendungszwecke</translation>
    </message>
    <message>
        <source>Disallowed as CA from</source>
        <translation>Als CA gesperrt ab</translation>
    </message>
    <message>
        <source>Root program flags</source>
        <translation>Flags des Root-Programms</translation>
    </message>
    <message>
        <source>Auto-update CA revocation</source>
        <translation>Automatische Sperrung von CAs</translation>
    </message>
    <message>
        <source>Auto-update end revocation</source>
        <translation>Automatische Sperrung von Endzertifikaten</translation>
    </message>
    <message>
        <source>No OCSP failover to CRL</source>
        <translation>Kein Ausweichen von OCSP auf CRL</translation>
    </message>
    <message>
        <source>EV disabled (Microsoft root program)</source>
        <translation>EV deaktiviert (Microsoft-Root-Programm)</translation>
    </message>
    <message>
        <source>Microsoft root program purpose 94.1.2</source>
        <translation>Zweck 94.1.2 des Microsoft-Root-Programms</translation>
    </message>
    <message>
        <source>Smart Card Logon</source>
        <translation>Smartcard-Anmeldung</translation>
    </message>
    <message>
        <source>Key Recovery Agent</source>
        <translation>Schlüsselwiederherstellungs-Agent</translation>
    </message>
    <message>
        <source>Kernel Mode Code Signing</source>
        <translation>Kernelmodus-Codesignatur</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Jeder Zweck</translation>
    </message>
    <message>
        <source>Server Authentication</source>
        <translation>Serverauthentifizierung</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>Clientauthentifizierung</translation>
    </message>
    <message>
        <source>Code Signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <source>Secure Email</source>
        <translation>Sichere E-Mail</translation>
    </message>
    <message>
        <source>IP security end system</source>
        <translation>IP-Sicherheitsendsystem</translation>
    </message>
    <message>
        <source>IP security tunnel termination</source>
        <translation>IP-Sicherheitstunnelabschluss</translation>
    </message>
    <message>
        <source>IP security user</source>
        <translation>IP-Sicherheitsbenutzer</translation>
    </message>
    <message>
        <source>Time Stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>OCSP Signing</source>
        <translation>OCSP-Signatur</translation>
    </message>
    <message>
        <source>IP security IKE intermediate</source>
        <translation>IP-Sicherheit, IKE-Zwischenstufe</translation>
    </message>
    <message>
        <source>Extended Validation (CA/B Forum)</source>
        <translation>Extended Validation (CA/B-Forum)</translation>
    </message>
    <message>
        <source>EV Code Signing (CA/B Forum)</source>
        <translation>EV-Codesignatur (CA/B-Forum)</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-384</source>
        <translation>SHA-384</translation>
    </message>
    <message>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>MD5 with RSA</source>
        <translation>MD5 mit RSA</translation>
    </message>
    <message>
        <source>SHA-1 with RSA</source>
        <translation>SHA-1 mit RSA</translation>
    </message>
    <message>
        <source>RSA-PSS</source>
        <translation>RSA-PSS</translation>
    </message>
    <message>
        <source>SHA-256 with RSA</source>
        <translation>SHA-256 mit RSA</translation>
    </message>
    <message>
        <source>SHA-384 with RSA</source>
        <translation>SHA-384 mit RSA</translation>
    </message>
    <message>
        <source>SHA-512 with RSA</source>
        <translation>SHA-512 mit RSA</translation>
    </message>
    <message>
        <source>EC public key</source>
        <translation>Öffentlicher EC-Schlüssel</translation>
    </message>
    <message>
        <source>NIST P-256</source>
        <translation>NIST P-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-1</source>
        <translation>ECDSA mit SHA-1</translation>
    </message>
    <message>
        <source>ECDSA with SHA-256</source>
        <translation>ECDSA mit SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-384</source>
        <translation>ECDSA mit SHA-384</translation>
    </message>
    <message>
        <source>ECDSA with SHA-512</source>
        <translation>ECDSA mit SHA-512</translation>
    </message>
    <message>
        <source>Signed file hash (SPC_INDIRECT_DATA)</source>
        <translation>Signierter Dateihash (SPC_INDIRECT_DATA)</translation>
    </message>
    <message>
        <source>PE image hash</source>
        <translation>PE-Image-Hash</translation>
    </message>
    <message>
        <source>Flat file hash</source>
        <translation>Hash einer flachen Datei</translation>
    </message>
    <message>
        <source>Subject interface package</source>
        <translation>Subject Interface Package</translation>
    </message>
    <message>
        <source>Individual code signing</source>
        <translation>Individuelle Codesignatur</translation>
    </message>
    <message>
        <source>Commercial code signing</source>
        <translation>Kommerzielle Codesignatur</translation>
    </message>
    <message>
        <source>Catalog list member (SHA-256 and SHA-1)</source>
        <translation>Element der Katalogliste (SHA-256 und SHA-1)</translation>
    </message>
    <message>
        <source>Catalog name/value</source>
        <translation>Katalog-Name/Wert</translation>
    </message>
    <message>
        <source>Catalog member info</source>
        <translation>Katalogelementinfo</translation>
    </message>
    <message>
        <source>Catalog member info 2</source>
        <translation>Katalogelementinfo 2</translation>
    </message>
    <message>
        <source>Windows Hardware Driver Attested Verification</source>
        <translation>Attestierte Windows-Hardwaretreiberüberprüfung</translation>
    </message>
    <message>
        <source>Windows Hardware Driver Extended Verification</source>
        <translation>Erweiterte Windows-Hardwaretreiberüberprüfung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Viewer and verifier for Microsoft Certificate Trust Lists</source>
        <translation>Viewer und Prüfwerkzeug für Microsoft-Zertifikatvertrauenslisten</translation>
    </message>
    <message>
        <source>Show the viewer in this language (%1) for this session.</source>
        <translation>Den Viewer in dieser Sprache (%1) für diese Sitzung anzeigen.</translation>
    </message>
    <message>
        <source>Lists or CAB files to open.</source>
        <translation>Zu öffnende Listen oder CAB-Dateien.</translation>
    </message>
    <message>
        <source>Also trust the root certificate(s) in FILE (PEM or DER) in this session; repeatable.</source>
        <translation>In dieser Sitzung auch dem/den Stammzertifikat(en) in DATEI vertrauen (PEM oder DER); wiederholbar.</translation>
    </message>
    <message>
        <source>Also accept this purpose as authorising a CTL signer in this session; repeatable.</source>
        <translation>In dieser Sitzung diesen Verwendungszweck ebenfalls als Berechtigung zum Signieren von CTLs annehmen; wiederholbar.</translation>
    </message>
    <message>
        <source>Do not use the system's trusted roots in this session, only the bundled Microsoft roots and --trust.</source>
        <translation>In dieser Sitzung nicht den Stammzertifikaten des Systems vertrauen, nur den mitgelieferten von Microsoft und --trust.</translation>
    </message>
    <message>
        <source>--trust %1: not a readable file</source>
        <translation>--trust %1: keine lesbare Datei</translation>
    </message>
    <message>
        <source>--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1</source>
        <translation>--accept-eku %1: keine OID in Punktschreibweise wie 1.3.6.1.4.1.311.10.3.1</translation>
    </message>
    <message>
        <source>Open the files in a new window, even when a viewer is already running (otherwise they open as tabs in its window).</source>
        <translation>Die Dateien in einem neuen Fenster öffnen, auch wenn bereits ein Viewer läuft (sonst öffnen sie sich als Tabs in dessen Fenster).</translation>
    </message>
    <message>
        <source>Show what changed between two lists: FILE is the old list, then the new one (also for git difftool).</source>
        <translation>Zeigen, was sich zwischen zwei Listen geändert hat: zuerst die alte Liste, dann die neue (auch für git difftool).</translation>
    </message>
    <message>
        <source>--compare needs two files, the old list and the new one</source>
        <translation>--compare braucht zwei Dateien, die alte Liste und die neue</translation>
    </message>
</context>
</TS>
