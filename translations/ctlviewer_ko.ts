<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ctlv::CatalogCoverage</name>
    <message>
        <source>a Certificate Trust List, but not a security catalog</source>
        <translation>인증서 신뢰 목록이지만 보안 카탈로그가 아님</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogFilesDialog</name>
    <message>
        <source>Check files against this catalog</source>
        <translation>이 카탈로그로 파일 확인</translation>
    </message>
    <message>
        <source>Add files or folders, or drop them here. Each file is hashed as Windows does (the Authenticode image hash of a PE file, the hash of every byte otherwise) and looked up among the catalog's members by hash, never by name.</source>
        <translation>파일이나 폴더를 추가하거나 여기에 끌어다 놓으십시오. 각 파일은 Windows와 같은 방식으로 해시되며(PE 파일은 Authenticode 이미지 해시, 그 밖의 파일은 모든 바이트의 해시), 이름이 아니라 해시로만 카탈로그 구성원에서 찾습니다.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>폴더 추가(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) covered</source>
        <translation>
            <numerusform>파일 %n개 중 %1개가 카탈로그에 포함됨</numerusform>
        </translation>
    </message>
    <message>
        <source>hashing…</source>
        <translation>해시 계산 중…</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>확인할 파일</translation>
    </message>
    <message>
        <source>Folder to check</source>
        <translation>확인할 폴더</translation>
    </message>
    <message>
        <source>Open a security catalog (.cat) first: the current tab holds none.</source>
        <translation>먼저 보안 카탈로그(.cat)를 여십시오. 현재 탭에는 카탈로그가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogMemberModel</name>
    <message>
        <source>(no file)</source>
        <translation>(파일 없음)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name (File)</source>
        <translation>이름(파일)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>해당 파일</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogMembers</name>
    <message>
        <source>%1 does not decode: %2</source>
        <translation>%1을(를) 디코딩할 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>ctlv::CatalogText</name>
    <message>
        <source>any purpose</source>
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Meets no Windows driver-signing policy: no intact, trusted and authorised signature.</source>
        <translation>어떤 Windows 드라이버 서명 정책도 충족하지 않습니다. 손상되지 않고 신뢰할 수 있으며 권한 있는 서명이 없습니다.</translation>
    </message>
    <message>
        <source>PE image</source>
        <translation>PE 이미지</translation>
    </message>
    <message>
        <source>Flat file</source>
        <translation>플랫 파일</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Signer is authorised to sign catalogs</source>
        <translation>서명자에게 카탈로그 서명 권한이 있음</translation>
    </message>
    <message>
        <source>Signer is not authorised to sign catalogs</source>
        <translation>서명자에게 카탈로그 서명 권한이 없음</translation>
    </message>
    <message>
        <source>Windows' Security Catalog dialog: "This digital signature is OK."</source>
        <translation>Windows 보안 카탈로그 대화 상자: "이 디지털 서명은 정상입니다."</translation>
    </message>
    <message>
        <source>Windows' Security Catalog dialog would not call the signature OK</source>
        <translation>Windows 보안 카탈로그 대화 상자가 서명을 정상으로 표시하지 않음</translation>
    </message>
    <message>
        <source>Driver policy: Microsoft-signed</source>
        <translation>드라이버 정책: Microsoft 서명</translation>
    </message>
    <message>
        <source>Driver policy: vendor-signed</source>
        <translation>드라이버 정책: 공급업체 서명</translation>
    </message>
    <message>
        <source>Driver policy: none</source>
        <translation>드라이버 정책: 없음</translation>
    </message>
    <message>
        <source>No trusted timestamp: judged today</source>
        <translation>신뢰할 수 있는 타임스탬프 없음: 오늘 기준으로 판정</translation>
    </message>
    <message>
        <source>A security catalog must be signed for code signing (1.3.6.1.5.5.7.3.3) or one of Microsoft's driver purposes, through every certificate of the chain. The signer's effective purposes: %1.</source>
        <translation>보안 카탈로그는 체인의 모든 인증서를 통해 코드 서명(1.3.6.1.5.5.7.3.3) 또는 Microsoft 드라이버 용도 중 하나로 서명되어야 합니다. 서명자의 유효 용도: %1.</translation>
    </message>
    <message>
        <source>A security catalog must be signed for code signing (1.3.6.1.5.5.7.3.3) or one of Microsoft's driver purposes (Windows Hardware Driver Verification 1.3.6.1.4.1.311.10.3.5, its attested and extended forms, Windows System Component Verification). The signer's chain allows only: %1. Windows does not accept this catalog for the files it lists.</source>
        <translation>보안 카탈로그는 코드 서명(1.3.6.1.5.5.7.3.3) 또는 Microsoft 드라이버 용도(Windows 하드웨어 드라이버 확인 1.3.6.1.4.1.311.10.3.5, 그 증명 및 확장 형식, Windows 시스템 구성 요소 확인) 중 하나로 서명되어야 합니다. 서명자의 체인이 허용하는 용도는 다음뿐입니다: %1. Windows는 이 카탈로그를 여기에 나열된 파일에 대해 인정하지 않습니다.</translation>
    </message>
    <message>
        <source>Windows shows catalogs in its Security Catalog dialog (not the Certificate Trust List dialog): the signature details of %1 would read "This digital signature is OK." That dialog has no trust-list purpose check.</source>
        <translation>Windows는 카탈로그를 인증서 신뢰 목록 대화 상자가 아니라 보안 카탈로그 대화 상자에 표시합니다. %1의 서명 세부 정보에는 "이 디지털 서명은 정상입니다."라고 표시됩니다. 이 대화 상자는 신뢰 목록 용도를 확인하지 않습니다.</translation>
    </message>
    <message>
        <source>Windows shows catalogs in its Security Catalog dialog: its signature details would not read "This digital signature is OK."; the other findings say why.</source>
        <translation>Windows는 카탈로그를 보안 카탈로그 대화 상자에 표시합니다. 서명 세부 정보에 "이 디지털 서명은 정상입니다."라고 표시되지 않으며, 그 이유는 다른 발견 사항에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Certificates were checked as of today, %1: the catalog carries no timestamp from a trusted time-stamping authority, and under Authenticode an untimestamped signature counts only while its certificates are valid.</source>
        <translation>인증서는 오늘(%1) 기준으로 확인했습니다. 카탈로그에 신뢰할 수 있는 타임스탬프 기관의 타임스탬프가 없으며, Authenticode에서 타임스탬프가 없는 서명은 인증서가 유효한 동안에만 인정됩니다.</translation>
    </message>
    <message>
        <source>Signed by Microsoft through the Windows Hardware Dev Center (Windows Hardware Compatibility Publisher: driver verification or attestation, chaining to a Microsoft root): what new installations of Windows 10, version 1607 and later require of new kernel-mode drivers when Secure Boot is on.</source>
        <translation>Windows Hardware Dev Center를 통해 Microsoft가 서명함(Windows Hardware Compatibility Publisher: 드라이버 확인 또는 증명, Microsoft 루트로 연결됨): 보안 부팅이 켜진 Windows 10 버전 1607 이상의 새 설치에서 새 커널 모드 드라이버에 요구하는 조건입니다.</translation>
    </message>
    <message>
        <source>Signed by the vendor under Authenticode (code signing, chaining to a trusted root): accepted for user-mode files and by older Windows, but not for new kernel-mode drivers on new installations of Windows 10, version 1607 and later with Secure Boot on (Microsoft still allows cross-signed drivers on upgraded PCs, with Secure Boot off, and from certificates issued before 29 July 2015).</source>
        <translation>공급업체가 Authenticode로 서명함(코드 서명, 신뢰할 수 있는 루트로 연결됨): 사용자 모드 파일과 이전 Windows에서는 허용되지만, 보안 부팅이 켜진 Windows 10 버전 1607 이상의 새 설치에서 새 커널 모드 드라이버에는 허용되지 않습니다(업그레이드한 PC, 보안 부팅이 꺼진 경우, 2015년 7월 29일 이전에 발급된 인증서의 교차 서명 드라이버는 Microsoft가 여전히 허용합니다).</translation>
    </message>
    <message>
        <source>%1, %2 twin of #%3</source>
        <extracomment>%1 is what the hash covers ("PE image"), %2 the twin's hash algorithm ("SHA-1"), %3 the number of the member (as in the entries table's # column) that describes the same file with SPC_INDIRECT_DATA.</extracomment>
        <translation>%1, #%3의 %2 쌍둥이</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>해시</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateCheck</name>
    <message>
        <source>certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>not a readable X.509 certificate: %1</source>
        <translation>읽을 수 있는 X.509 인증서가 아님: %1</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>체인</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateInfo</name>
    <message>
        <source>not a readable X.509 certificate</source>
        <translation>읽을 수 있는 X.509 인증서가 아님</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateSourceWriter</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message numerus="yes">
        <source>Certificate source: %1, %n certificate(s)</source>
        <translation>
            <numerusform>인증서 소스: %1, 인증서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>List in %1\%2 (%3 bytes), LastSyncTime %4</source>
        <translation>%1\%2의 목록(%3바이트), LastSyncTime %4</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>  Certificate</source>
        <translation>  인증서</translation>
    </message>
    <message>
        <source>missing (not in the certificate sources)</source>
        <translation>없음(인증서 소스에 없음)</translation>
    </message>
    <message>
        <source>expires %1, %2 %3, from %4</source>
        <translation>만료 %1, %2 %3, 출처 %4</translation>
    </message>
    <message>
        <source>SHA-256 MISMATCH: the certificate's SHA-256 is %1</source>
        <translation>SHA-256 불일치: 인증서의 SHA-256은 %1입니다</translation>
    </message>
    <message>
        <source>Certificate sources</source>
        <translation>인증서 소스</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>인증서 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries matched, %2 without a certificate, %3 with a SHA-256 mismatch; %4 duplicate certificates ignored</source>
        <translation>항목 %1개 연결, 인증서 없음 %2개, SHA-256 불일치 %3개, 중복 인증서 %4개 무시</translation>
    </message>
    <message>
        <source>Not in this list</source>
        <translation>이 목록에 없음</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateSources</name>
    <message>
        <source>the PEM header at offset %1 is not closed by "-----"</source>
        <translation>PEM 헤더(오프셋 %1)가 "-----"로 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the PEM block "%1" at offset %2 has no END line; the file is truncated</source>
        <translation>PEM 블록 "%1"(오프셋 %2)에 END 줄이 없습니다. 파일이 잘렸습니다</translation>
    </message>
    <message>
        <source>the PEM block "%1" at offset %2 is not valid base64</source>
        <translation>PEM 블록 "%1"(오프셋 %2)이 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <source>the certificate at offset %1 is not built as an X.509 certificate</source>
        <translation>오프셋 %1의 인증서가 X.509 인증서 구조가 아닙니다</translation>
    </message>
    <message>
        <source>the PKCS7 block at offset %1 is not a PKCS #7 signed message</source>
        <translation>오프셋 %1의 PKCS7 블록이 PKCS #7 서명 메시지가 아닙니다</translation>
    </message>
    <message>
        <source>%1: skipped the PEM block "%2" at offset %3 (not a certificate)</source>
        <translation>%1: PEM 블록 "%2"(오프셋 %3)를 건너뜀(인증서 아님)</translation>
    </message>
    <message>
        <source>more than %1 certificates</source>
        <translation>인증서가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>the PEM file holds no CERTIFICATE or PKCS7 block</source>
        <translation>PEM 파일에 CERTIFICATE 또는 PKCS7 블록이 없습니다</translation>
    </message>
    <message>
        <source>%1: the key %2 is named after another SHA-1 than its certificate's (%3)</source>
        <translation>%1: 키 %2의 이름이 인증서의 SHA-1(%3)과 다른 SHA-1입니다</translation>
    </message>
    <message>
        <source>the folder holds more than %1 files</source>
        <translation>폴더에 파일이 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>%1: the folder holds no certificate</source>
        <translation>%1: 폴더에 인증서가 없습니다</translation>
    </message>
    <message>
        <source>the store ends inside an element header at offset %1 (%2 of 12 bytes)</source>
        <translation>저장소가 오프셋 %1의 요소 헤더 안에서 끝납니다(12바이트 중 %2바이트)</translation>
    </message>
    <message>
        <source>the end marker at offset %1 is not twelve zero bytes</source>
        <translation>오프셋 %1의 끝 표시가 0 바이트 12개가 아닙니다</translation>
    </message>
    <message>
        <source>the element at offset %1 has the id %2; ids go up to 65535</source>
        <translation>오프셋 %1의 요소 ID가 %2입니다. ID는 65535까지입니다</translation>
    </message>
    <message>
        <source>the element at offset %1 (id %2) has the encoding type %3; a store uses 1 (X.509 ASN.1)</source>
        <translation>오프셋 %1의 요소(ID %2)의 인코딩 유형이 %3입니다. 저장소는 1(X.509 ASN.1)을 사용합니다</translation>
    </message>
    <message>
        <source>the element at offset %1 (id %2) says it is %3 bytes long, more than the %4 bytes an element may take</source>
        <translation>오프셋 %1의 요소(ID %2) 길이가 %3바이트로, 요소 하나에 허용되는 %4바이트를 넘습니다</translation>
    </message>
    <message>
        <source>the element at offset %1 (id %2) says it is %3 bytes long, but only %4 bytes follow; the store is truncated</source>
        <translation>오프셋 %1의 요소(ID %2) 길이가 %3바이트이지만 %4바이트만 이어집니다. 저장소가 잘렸습니다</translation>
    </message>
    <message>
        <source>the certificate element at offset %1 holds no readable certificate</source>
        <translation>오프셋 %1의 인증서 요소에 읽을 수 있는 인증서가 없습니다</translation>
    </message>
    <message>
        <source>more than 4096 properties before a certificate</source>
        <translation>인증서 앞에 속성이 4096개를 넘습니다</translation>
    </message>
    <message>
        <source>the properties from offset %1 on belong to no certificate: the store ends before it</source>
        <translation>오프셋 %1부터의 속성은 어느 인증서에도 속하지 않습니다. 저장소가 그 전에 끝납니다</translation>
    </message>
    <message>
        <source>the store has no end marker; it is truncated at offset %1</source>
        <translation>저장소에 끝 표시가 없습니다. 오프셋 %1에서 잘렸습니다</translation>
    </message>
    <message>
        <source>%1 bytes follow the end marker, from offset %2 on</source>
        <translation>끝 표시 뒤에 %1바이트가 이어집니다(오프셋 %2부터)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: the SHA-1 property at offset %2 says %3, but the certificate's SHA-1 is %4</source>
        <translation>%1: 오프셋 %2의 SHA-1 속성은 %3이지만 인증서의 SHA-1은 %4입니다</translation>
    </message>
    <message>
        <source>%1: the PKCS #7 message holds no certificate</source>
        <translation>%1: PKCS #7 메시지에 인증서가 없습니다</translation>
    </message>
    <message>
        <source>not a certificate source: neither a serialized store (.sst), a registry export (.reg), PEM, a DER certificate nor a PKCS #7 certificate bag</source>
        <translation>인증서 소스가 아닙니다: 직렬화된 저장소(.sst), 레지스트리 내보내기(.reg), PEM, DER 인증서, PKCS #7 인증서 묶음 중 어느 것도 아닙니다</translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateTableModel</name>
    <message>
        <source>Unreadable certificate: %1</source>
        <translation>읽을 수 없는 인증서: %1</translation>
    </message>
    <message>
        <source>SHA-1 of the certificate</source>
        <translation>인증서의 SHA-1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>유효 종료</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>ctlv::ChainBuilder</name>
    <message>
        <source>the signer certificate cannot be read</source>
        <translation>서명자 인증서를 읽을 수 없음</translation>
    </message>
    <message>
        <source>the chain cannot be built: %1</source>
        <translation>체인을 구성할 수 없음: %1</translation>
    </message>
    <message>
        <source>issuer not found: %1</source>
        <translation>발급자를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>the root %1 is not a trusted root</source>
        <translation>루트 %1은(는) 신뢰할 수 있는 루트가 아님</translation>
    </message>
    <message>
        <source>%1 is a version 3 CA certificate without the BasicConstraints extension</source>
        <translation>%1은(는) BasicConstraints 확장이 없는 버전 3 CA 인증서임</translation>
    </message>
    <message>
        <source>the chain ends at the root %1, which is not in the trust store here (the file carries it only as a cross-certificate issued by %2, which is not here either); if you trust that root, give its certificate with --trust (or in the viewer's settings)</source>
        <translation>체인이 루트 %1에서 끝나며, 이 루트는 여기 신뢰 저장소에 없습니다(파일에는 %2이(가) 발급한 교차 인증서로만 들어 있으며, 그 발급자도 여기에 없음). 이 루트를 신뢰한다면 --trust로 그 인증서를 지정하십시오(또는 뷰어 설정에서)</translation>
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
        <translation>%1: 서명자 인증서가 파일에 없음</translation>
    </message>
    <message>
        <source>Issuer: %1
Serial number: %2</source>
        <translation>발급자: %1
일련 번호: %2</translation>
    </message>
    <message>
        <source>Chain trusted</source>
        <translation>체인 신뢰됨</translation>
    </message>
    <message>
        <source>Chain not trusted</source>
        <translation>체인 신뢰되지 않음</translation>
    </message>
    <message>
        <source>Chain evaluated at %1</source>
        <translation>체인 평가 시점: %1</translation>
    </message>
    <message>
        <source>Issuer: %1
Valid from %2 to %3
SHA-1: %4</source>
        <translation>발급자: %1
유효 기간: %2 ~ %3
SHA-1: %4</translation>
    </message>
    <message>
        <source>Issuer not found: %1</source>
        <extracomment>The chain stops: the certificate that issued the last one is nowhere to be found</extracomment>
        <translation>발급자를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>Neither the file nor the trust stores hold the certificate of this issuer.</source>
        <translation>파일과 신뢰 저장소 어디에도 이 발급자의 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>not yet valid at %1 (from %2)</source>
        <translation>%1에 아직 유효하지 않음(%2부터 유효)</translation>
    </message>
    <message>
        <source>expired at %1 (valid until %2)</source>
        <translation>%1에 만료됨(%2까지 유효)</translation>
    </message>
    <message>
        <source>valid at %1 (%2 to %3)</source>
        <translation>%1에 유효함(%2 ~ %3)</translation>
    </message>
    <message>
        <source>any purpose (no extended key usage extension)</source>
        <translation>모든 용도(확장 키 사용 확장 없음)</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>용도</translation>
    </message>
</context>
<context>
    <name>ctlv::CheckPanel</name>
    <message>
        <source>Certificate check</source>
        <translation>인증서 확인</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the certificate check</source>
        <translation>인증서 확인 닫기</translation>
    </message>
    <message>
        <source>certificate %1 (%2) is not valid on that date</source>
        <translation>인증서 %1(%2)은(는) 해당 날짜에 유효하지 않습니다</translation>
    </message>
    <message>
        <source>the signature of certificate %1 (%2) does not verify</source>
        <translation>인증서 %1(%2)의 서명이 검증되지 않습니다</translation>
    </message>
    <message>
        <source>the certificate's extended key usage does not include %1</source>
        <translation>인증서의 확장 키 사용에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: yes.</source>
        <extracomment>%1 Windows generation, %2 purpose, %3 date</extracomment>
        <translation>%1이(가) %3에 %2 용도로 이 체인을 신뢰하는지: 예.</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: no, because %4.</source>
        <translation>%1이(가) %3에 %2 용도로 이 체인을 신뢰하는지: 아니요. 이유: %4.</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>확인함: %1</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>체인:</translation>
    </message>
    <message>
        <source>valid %1 to %2, SHA-1 %3</source>
        <translation>유효 기간 %1 ~ %2, SHA-1 %3</translation>
    </message>
    <message>
        <source>named by the disallowed list (entry %1)</source>
        <translation>허용되지 않는 목록에 있음(항목 %1)</translation>
    </message>
    <message>
        <source>the list's entry %1: %2 (%3)</source>
        <translation>목록의 항목 %1: %2(%3)</translation>
    </message>
    <message>
        <source>(the chain ends here: no issuer among the certificates given or added)</source>
        <translation>(체인이 여기서 끝남: 지정하거나 추가한 인증서 중에 발급자가 없음)</translation>
    </message>
    <message>
        <source>No entry of this list names a certificate of the chain.</source>
        <translation>이 목록에는 체인의 인증서를 가리키는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Dates: issued %1, used %2</source>
        <translation>날짜: 발급 %1, 사용 %2</translation>
    </message>
    <message>
        <source>, timestamp %1</source>
        <translation>, 타임스탬프 %1</translation>
    </message>
    <message>
        <source>%1 could not be checked.</source>
        <translation>%1을(를) 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <source>Save this answer and its evidence as a PDF report</source>
        <translation>이 답변과 근거를 PDF 보고서로 저장</translation>
    </message>
    <message>
        <source>Export the certificate check</source>
        <translation>인증서 확인 내보내기</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>No certificate has been checked.</source>
        <translation>아직 확인한 인증서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ctlv::CheckReport</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>not valid at the date asked about</source>
        <translation>질문한 날짜에 유효하지 않음</translation>
    </message>
    <message>
        <source>its signature does not verify with its issuer's key</source>
        <translation>서명이 발급자의 키로 확인되지 않음</translation>
    </message>
    <message>
        <source>its extended key usage does not include the purpose</source>
        <translation>확장 키 사용에 이 용도가 없음</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>인증서 확인</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Disallowed list</source>
        <translation>허용되지 않는 인증서 목록</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>인증서 %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급자</translation>
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
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Disallowed</source>
        <translation>허용되지 않음</translation>
    </message>
    <message>
        <source>named by the disallowed list (entry %1)</source>
        <translation>허용되지 않는 목록에 있음(항목 %1)</translation>
    </message>
    <message>
        <source>The chain ends here: no issuer among the certificates given.</source>
        <translation>체인이 여기서 끝납니다: 주어진 인증서 중에 발급자가 없습니다.</translation>
    </message>
    <message>
        <source>The list's entry</source>
        <translation>목록의 항목</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Names chain certificate</source>
        <translation>지정하는 체인 인증서</translation>
    </message>
    <message>
        <source>No entry of this list names a certificate of the chain.</source>
        <translation>이 목록에는 체인의 인증서를 가리키는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>No rule of the list applies.</source>
        <translation>적용되는 목록 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Issued (the certificate's notBefore)</source>
        <translation>발급(인증서의 notBefore)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>Used (the date asked about)</source>
        <translation>사용(질문한 날짜)</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>The deciding property's date</source>
        <translation>결정한 속성의 날짜</translation>
    </message>
    <message>
        <source>Certificate check · %1</source>
        <translation>인증서 확인 · %1</translation>
    </message>
</context>
<context>
    <name>ctlv::ContainerReader</name>
    <message>
        <source>a Windows executable</source>
        <translation>Windows 실행 파일</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip으로 압축된 파일</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>out of memory while opening the CAB archive</source>
        <translation>CAB 압축 파일을 여는 중 메모리 부족</translation>
    </message>
    <message>
        <source>not a readable CAB archive: %1</source>
        <translation>읽을 수 있는 CAB 압축 파일이 아님: %1</translation>
    </message>
    <message numerus="yes">
        <source>the CAB archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>CAB 압축 파일이 내부 파일 %n개 이후에 손상됨: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the CAB archive has more than %1 members, more than any trust list needs</source>
        <translation>CAB 압축 파일에 내부 파일이 %1개보다 많음: 어떤 신뢰 목록에도 필요한 수보다 많음</translation>
    </message>
    <message>
        <source>the CAB member "%1" would expand to %2 bytes, more than the limit of %3 bytes</source>
        <translation>CAB 내부 파일 "%1"의 압축을 풀면 %2바이트가 되어 한도 %3바이트를 넘음</translation>
    </message>
    <message>
        <source>the CAB member "%1" could not be decompressed: %2</source>
        <translation>CAB 내부 파일 "%1"의 압축을 풀 수 없음: %2</translation>
    </message>
    <message>
        <source>the CAB member "%1" expands beyond the limits (%2 bytes per member, %3 times the archive's size); the archive looks like a decompression bomb</source>
        <translation>CAB 내부 파일 "%1"이(가) 한도(내부 파일당 %2바이트, 압축 파일 크기의 %3배)를 넘어 확장됨: 압축 폭탄으로 보임</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>파일이 비어 있음(0바이트)</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 한도 %2바이트를 넘음</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1(%2바이트)</translation>
    </message>
    <message>
        <source>the CAB archive is empty: it holds no Certificate Trust List</source>
        <translation>CAB 압축 파일이 비어 있음: 인증서 신뢰 목록이 없음</translation>
    </message>
    <message>
        <source>the CAB archive holds no Certificate Trust List; its members are: %1</source>
        <translation>CAB 압축 파일에 인증서 신뢰 목록이 없음. 내부 파일: %1</translation>
    </message>
    <message>
        <source>this is a 3D model in binary STL format (%1 triangles), not a Certificate Trust List; Windows trust lists share the .stl extension with 3D models</source>
        <translation>이진 STL 형식의 3D 모델(삼각형 %1개)이며 인증서 신뢰 목록이 아님. Windows 신뢰 목록은 3D 모델과 같은 .stl 확장자를 씀</translation>
    </message>
    <message>
        <source>the PEM block "%1" at offset %2 holds no valid base64 data</source>
        <translation>오프셋 %2의 PEM 블록 "%1"에 올바른 base64 데이터가 없음</translation>
    </message>
    <message>
        <source>this PEM file holds %1, not a PKCS #7 Certificate Trust List (expected "-----BEGIN PKCS7-----" or "-----BEGIN CMS-----")</source>
        <translation>이 PEM 파일에는 PKCS #7 인증서 신뢰 목록이 아니라 %1이(가) 들어 있음("-----BEGIN PKCS7-----" 또는 "-----BEGIN CMS-----"가 필요함)</translation>
    </message>
    <message>
        <source>the PEM block that starts at offset %1 has no matching END line; the file is truncated</source>
        <translation>오프셋 %1에서 시작하는 PEM 블록에 짝이 되는 END 줄이 없음: 파일이 잘림</translation>
    </message>
    <message>
        <source>this is a 3D model in ASCII STL format ("%1"), not a Certificate Trust List; Windows trust lists share the .stl extension with 3D models</source>
        <translation>ASCII STL 형식의 3D 모델("%1")이며 인증서 신뢰 목록이 아님. Windows 신뢰 목록은 3D 모델과 같은 .stl 확장자를 씀</translation>
    </message>
    <message>
        <source>this is an HTML or XML page, not a Certificate Trust List; a proxy or captive portal often returns such a page instead of the file that was asked for</source>
        <translation>HTML 또는 XML 페이지이며 인증서 신뢰 목록이 아님. 프록시나 캡티브 포털이 요청한 파일 대신 이런 페이지를 돌려주는 경우가 많음</translation>
    </message>
    <message>
        <source>this is an HTML page titled "%1", not a Certificate Trust List; a proxy or captive portal often returns such a page instead of the file that was asked for</source>
        <translation>제목이 "%1"인 HTML 페이지이며 인증서 신뢰 목록이 아님. 프록시나 캡티브 포털이 요청한 파일 대신 이런 페이지를 돌려주는 경우가 많음</translation>
    </message>
    <message>
        <source>this is a text file, not a Certificate Trust List (it begins with "%1")</source>
        <translation>텍스트 파일이며 인증서 신뢰 목록이 아님("%1"(으)로 시작함)</translation>
    </message>
    <message>
        <source>this is %1, not a Certificate Trust List</source>
        <translation>%1이며 인증서 신뢰 목록이 아님</translation>
    </message>
    <message>
        <source>the content is not a Certificate Trust List: it is neither a CAB archive, DER, PEM nor base64 (it begins with the bytes %1)</source>
        <translation>내용이 인증서 신뢰 목록이 아님: CAB 압축 파일도, DER, PEM, base64도 아님(시작 바이트: %1)</translation>
    </message>
    <message>
        <source>the base64 text ends in the middle of a group of four characters at offset %1; the file is truncated or damaged</source>
        <translation>base64 텍스트가 오프셋 %1에서 4자 묶음 중간에 끝납니다. 파일이 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>the base64 text goes on after its closing "=" padding at offset %1; the file is damaged</source>
        <translation>base64 텍스트가 오프셋 %1에서 끝의 "=" 채움 문자 뒤에도 이어집니다. 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the base64 text holds %1 at offset %2, a character base64 does not use; the file is damaged</source>
        <translation>base64 텍스트의 오프셋 %2에 base64가 쓰지 않는 문자 %1이(가) 있습니다. 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the CAB archive expands to more than the limit of %1 bytes in all (at the member "%2"); the archive looks like a decompression bomb</source>
        <translation>CAB 보관 파일의 압축을 풀면 전체 한도 %1바이트를 넘습니다(구성 요소 "%2"에서). 압축 폭탄으로 보입니다</translation>
    </message>
    <message>
        <source>this is a Windows serialized certificate store (.sst), not a Certificate Trust List; "ctltool dump" lists its certificates, and --certs links them to a list</source>
        <translation>Windows 직렬화 인증서 저장소(.sst)이며 인증서 신뢰 목록이 아닙니다. "ctltool dump"로 인증서를 나열하고, --certs로 목록에 연결할 수 있습니다</translation>
    </message>
    <message>
        <source>the CAB archive is truncated: it ends at offset %1, inside its header</source>
        <translation>CAB 압축 파일이 잘렸습니다. 헤더 안인 오프셋 %1에서 끝납니다</translation>
    </message>
    <message>
        <source>the CAB archive is truncated: its header gives its size as %1 bytes, but the file ends at offset %2</source>
        <translation>CAB 압축 파일이 잘렸습니다. 헤더에는 크기가 %1바이트로 되어 있지만 파일은 오프셋 %2에서 끝납니다</translation>
    </message>
</context>
<context>
    <name>ctlv::ContextHelp</name>
    <message>
        <source>Automatic Root Certificates Update. Windows does not ship every trusted root certificate. When it meets a certificate that chains to a root it does not have, CryptoAPI downloads authrootstl.cab from Windows Update (ctldl.windowsupdate.com, over plain HTTP on port 80: the file is signed, so it needs no TLS), checks the signature of the authroot.stl inside, and if the root is listed fetches that root certificate by its SHA-1 thumbprint. Microsoft documents that computers which can reach Windows Update receive updated lists daily (Windows 8 and Windows Server 2012 and later, and Windows Vista, 7, Server 2008 and 2008 R2 with the updates KB 2677070 and KB 2813430). disallowedcert.stl (certificates Windows must distrust) is fetched the same way, and so is pinrules.stl on the Windows versions that use pin rules.</source>
        <translation>루트 인증서 자동 업데이트. Windows는 신뢰할 수 있는 루트 인증서를 모두 함께 제공하지 않습니다. 가지고 있지 않은 루트로 연결되는 인증서를 만나면 CryptoAPI가 Windows Update(ctldl.windowsupdate.com, 포트 80의 일반 HTTP: 파일이 서명되어 있으므로 TLS가 필요 없음)에서 authrootstl.cab을 내려받아 그 안의 authroot.stl 서명을 확인하고, 루트가 목록에 있으면 SHA-1 지문으로 해당 루트 인증서를 가져옵니다. Microsoft 문서에 따르면 Windows Update에 연결할 수 있는 컴퓨터는 업데이트된 목록을 매일 받습니다(Windows 8, Windows Server 2012 이상, 그리고 업데이트 KB 2677070과 KB 2813430이 설치된 Windows Vista, 7, Server 2008, 2008 R2). disallowedcert.stl(Windows가 불신해야 하는 인증서)도 같은 방식으로 가져오며, 고정 규칙을 사용하는 Windows 버전에서는 pinrules.stl도 마찬가지입니다.</translation>
    </message>
    <message>
        <source>Why CAPI2 Event ID 11 or 4107 appears. The event ("Failed extract of third-party root list from auto update cab"; Event ID 11 on Windows Vista and Server 2008, 4107 on later versions) means Windows could not fetch or accept the list. The download is made by the computer account through WinHTTP, not by the signed-in user: a proxy that demands authentication blocks it even when users can browse, and so does a firewall that only allows HTTPS. It does not mean that Microsoft's list is bad: opened here, a genuine list verifies.</source>
        <translation>CAPI2 이벤트 ID 11 또는 4107이 나타나는 이유. 이 이벤트("Failed extract of third-party root list from auto update cab", Windows Vista와 Server 2008에서는 이벤트 ID 11, 이후 버전에서는 4107)는 Windows가 목록을 가져오거나 받아들이지 못했다는 뜻입니다. 다운로드는 로그인한 사용자가 아니라 컴퓨터 계정이 WinHTTP를 통해 수행합니다. 따라서 인증을 요구하는 프록시는 사용자가 웹을 탐색할 수 있더라도 다운로드를 막으며, HTTPS만 허용하는 방화벽도 마찬가지입니다. 이 이벤트가 Microsoft의 목록이 잘못되었다는 뜻은 아닙니다. 여기에서 열어 보면 진짜 목록은 검증됩니다.</translation>
    </message>
    <message>
        <source>A proxy for the computer account. The user's proxy settings (Internet Options, or a proxy configuration script set for the user) do not apply, because the download does not run as the user. On Windows Vista, Server 2008 and later set the computer's WinHTTP proxy from an elevated prompt with "netsh winhttp set proxy proxy-server="host:port" bypass-list="&lt;local&gt;"", or copy the Internet Explorer settings with "netsh winhttp import proxy source=ie"; "netsh winhttp show proxy" shows what is set. Alternatively let ctldl.windowsupdate.com through on port 80 without authentication.</source>
        <translation>컴퓨터 계정용 프록시. 다운로드는 사용자로 실행되지 않으므로 사용자의 프록시 설정(인터넷 옵션 또는 사용자에게 설정된 프록시 구성 스크립트)은 적용되지 않습니다. Windows Vista, Server 2008 이상에서는 관리자 권한 명령 프롬프트에서 "netsh winhttp set proxy proxy-server="host:port" bypass-list="&lt;local&gt;""로 컴퓨터의 WinHTTP 프록시를 설정하거나, "netsh winhttp import proxy source=ie"로 Internet Explorer 설정을 복사하십시오. "netsh winhttp show proxy"는 현재 설정을 보여 줍니다. 또는 ctldl.windowsupdate.com을 포트 80에서 인증 없이 통과시키십시오.</translation>
    </message>
    <message>
        <source>A stale cached list. When the event's error reads "A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file", Windows is holding a cached copy of the list whose signer certificate has expired. Microsoft's fix (KB 2328240, Windows Vista, Server 2008 and later) is "certutil -urlcache * delete", run by every account involved (each user who signs in, and for the system accounts by deleting the CryptnetUrlCache folders under %windir%\ServiceProfiles and the system profile). Windows also keeps the last list it accepted in the registry values EncodedCtl and LastSyncTime under HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate; Microsoft does not document removing them, so export the key before deleting both if the cache clean-up alone does not help: Windows then fetches the list anew.</source>
        <translation>오래된 캐시 목록. 이벤트의 오류가 "A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file"(현재 시스템 시계나 서명된 파일의 타임스탬프를 기준으로 확인할 때 필요한 인증서가 유효 기간 내에 있지 않음)이면, Windows가 서명자 인증서가 만료된 목록의 캐시 사본을 가지고 있는 것입니다. Microsoft의 해결 방법(KB 2328240, Windows Vista, Server 2008 이상)은 "certutil -urlcache * delete"이며, 관련된 모든 계정(로그인하는 각 사용자, 그리고 시스템 계정의 경우 %windir%\ServiceProfiles와 시스템 프로필 아래의 CryptnetUrlCache 폴더 삭제)에서 실행해야 합니다. Windows는 마지막으로 받아들인 목록을 HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate 아래의 레지스트리 값 EncodedCtl과 LastSyncTime에도 보관합니다. Microsoft는 이 값의 삭제를 문서화하지 않았으므로, 캐시 정리만으로 해결되지 않으면 키를 내보낸 뒤 두 값을 삭제하십시오. 그러면 Windows가 목록을 새로 가져옵니다.</translation>
    </message>
    <message>
        <source>When the error reads "The data is invalid". Windows received something that is not a signed CAB archive, most often a proxy's or captive portal's HTML page (a login or block page) served in place of authrootstl.cab. Fetch the URL from the event through the same proxy and open the result here: CTL Viewer says when it is an HTML page and shows its title.</source>
        <translation>오류가 "The data is invalid"(데이터가 잘못되었습니다)인 경우. Windows가 서명된 CAB 압축 파일이 아닌 것을 받은 것으로, 대개 authrootstl.cab 대신 제공된 프록시나 캡티브 포털의 HTML 페이지(로그인 또는 차단 페이지)입니다. 이벤트에 있는 URL을 같은 프록시를 거쳐 가져와 그 결과를 여기에서 여십시오. HTML 페이지이면 CTL Viewer가 그렇다고 알려 주고 제목을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Turning the updates off. The Group Policy setting is Computer Configuration ▸ Administrative Templates ▸ System ▸ Internet Communication Management ▸ Internet Communication settings ▸ Turn off Automatic Root Certificates Update; it sets DisableRootAutoUpdate = 1 under HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot. Since Windows 8.1 and Windows Server 2012 R2 (and on older versions with KB 2677070 and KB 2813430) it no longer stops the disallowed-certificate updates: those are controlled separately by EnableDisallowedCertAutoUpdate (a DWORD in the same key; 1 keeps them on). With root updates off, Windows learns no new roots by itself, and sites and signed software that chain to roots the machine lacks fail.</source>
        <translation>업데이트 끄기. 그룹 정책 설정은 컴퓨터 구성 ▸ 관리 템플릿 ▸ 시스템 ▸ 인터넷 통신 관리 ▸ 인터넷 통신 설정 ▸ 루트 인증서 자동 업데이트 사용 안 함(Turn off Automatic Root Certificates Update)이며, HKLM\SOFTWARE\Policies\Microsoft\SystemCertificates\AuthRoot 아래에 DisableRootAutoUpdate = 1을 설정합니다. Windows 8.1과 Windows Server 2012 R2부터(그리고 KB 2677070과 KB 2813430이 설치된 이전 버전에서도) 이 설정은 허용되지 않는 인증서 업데이트를 더 이상 중지하지 않습니다. 그 업데이트는 EnableDisallowedCertAutoUpdate(같은 키의 DWORD, 1이면 계속 켜 둠)로 따로 제어됩니다. 루트 업데이트를 끄면 Windows는 새 루트를 스스로 알게 되지 않으므로, 컴퓨터에 없는 루트로 연결되는 사이트와 서명된 소프트웨어는 실패합니다.</translation>
    </message>
    <message>
        <source>Offline and disconnected networks. On a computer that can reach Windows Update, "certutil -syncWithWU \\server\share" downloads authrootstl.cab, disallowedcertstl.cab, the disallowed certificates and every root certificate into a folder. Point the clients at it with the registry value RootDirURL (a file share or an http:// URL) under HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate, set by Group Policy preferences; this works on Windows 8.1 and Server 2012 R2 and later, and on Windows Vista, 7, 8, Server 2008, 2008 R2 and 2012 with KB 2677070 and KB 2813430. Refresh the folder regularly, for example with a scheduled task. "certutil -generateSSTFromWU roots.sst" writes the current roots into one store file instead.</source>
        <translation>오프라인 및 연결이 끊긴 네트워크. Windows Update에 연결할 수 있는 컴퓨터에서 "certutil -syncWithWU \\server\share"를 실행하면 authrootstl.cab, disallowedcertstl.cab, 허용되지 않는 인증서와 모든 루트 인증서를 폴더에 내려받습니다. 클라이언트가 이 폴더를 사용하도록 HKLM\SOFTWARE\Microsoft\SystemCertificates\AuthRoot\AutoUpdate 아래의 레지스트리 값 RootDirURL(파일 공유 또는 http:// URL)을 그룹 정책 기본 설정으로 지정하십시오. 이 방법은 Windows 8.1, Server 2012 R2 이상, 그리고 KB 2677070과 KB 2813430이 설치된 Windows Vista, 7, 8, Server 2008, 2008 R2, 2012에서 작동합니다. 예약된 작업 등으로 폴더를 정기적으로 새로 고치십시오. "certutil -generateSSTFromWU roots.sst"는 현재 루트를 저장소 파일 하나에 기록합니다.</translation>
    </message>
    <message>
        <source>Why WSUS does not help. WSUS distributes update packages; the trust lists are not update packages, and clients fetch them from the CTL addresses (or RootDirURL) directly, so approving updates in WSUS never delivers a new authroot.stl or disallowedcert.stl.</source>
        <translation>WSUS가 도움이 되지 않는 이유. WSUS는 업데이트 패키지를 배포하지만 신뢰 목록은 업데이트 패키지가 아니며, 클라이언트는 CTL 주소(또는 RootDirURL)에서 직접 가져옵니다. 따라서 WSUS에서 업데이트를 승인해도 새 authroot.stl이나 disallowedcert.stl은 전달되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ctlv::CtlDocument</name>
    <message>
        <source>Trusted root certificates (authroot)</source>
        <translation>신뢰할 수 있는 루트 인증서(authroot)</translation>
    </message>
    <message>
        <source>Disallowed certificates (disallowedcert)</source>
        <translation>허용되지 않는 인증서(disallowedcert)</translation>
    </message>
    <message>
        <source>Certificate pinning rules (pinrules)</source>
        <translation>인증서 고정 규칙(pinrules)</translation>
    </message>
    <message>
        <source>Catalog file</source>
        <translation>카탈로그 파일</translation>
    </message>
    <message>
        <source>Enterprise or other trust list</source>
        <translation>엔터프라이즈 또는 기타 신뢰 목록</translation>
    </message>
    <message>
        <source>SHA-1 of the certificate</source>
        <translation>인증서의 SHA-1</translation>
    </message>
    <message>
        <source>MD5 of the public key</source>
        <translation>공개 키의 MD5</translation>
    </message>
    <message>
        <source>SHA-384 of the signed certificate body (TBSCertificate)</source>
        <translation>서명된 인증서 본문(TBSCertificate)의 SHA-384</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256 해시</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS 이름</translation>
    </message>
    <message>
        <source>Other identifier</source>
        <translation>기타 식별자</translation>
    </message>
</context>
<context>
    <name>ctlv::CtlParser</name>
    <message>
        <source>the attribute SET at offset %1 holds more than %2 attributes, the limit for one entry (attribute %3 starts at offset %4)</source>
        <translation>오프셋 %1의 특성 SET에 항목 하나의 한도인 %2개보다 많은 특성이 있음(특성 %3은(는) 오프셋 %4에서 시작)</translation>
    </message>
    <message>
        <source>expected one value, found %1</source>
        <translation>값 1개가 필요하지만 %1개가 있음</translation>
    </message>
    <message>
        <source>expected an OCTET STRING value</source>
        <translation>OCTET STRING 값이 필요함</translation>
    </message>
    <message>
        <source>expected an INTEGER value</source>
        <translation>INTEGER 값이 필요함</translation>
    </message>
    <message>
        <source>expected an 8-byte FILETIME, found %1 bytes</source>
        <translation>8바이트 FILETIME이 필요하지만 %1바이트가 있음</translation>
    </message>
    <message>
        <source>FILETIME value out of range</source>
        <translation>FILETIME 값이 범위를 벗어남</translation>
    </message>
    <message>
        <source>the friendly name is not UTF-16LE text</source>
        <translation>표시 이름이 UTF-16LE 텍스트가 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the PKCS #7 structure at offset %1</source>
        <translation>
            <numerusform>오프셋 %1의 PKCS #7 구조 끝 뒤에 %n바이트가 더 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate bag at offset %1 holds more than %2 certificates, the limit (certificate %3 starts at offset %4)</source>
        <translation>오프셋 %1의 인증서 모음에 한도인 %2개보다 많은 인증서가 있음(인증서 %3은(는) 오프셋 %4에서 시작)</translation>
    </message>
    <message>
        <source>certificate bag element of type %1 at offset %2 is not an X.509 certificate; kept aside</source>
        <translation>오프셋 %2에 있는 %1 형식의 인증서 모음 요소는 X.509 인증서가 아님. 따로 보관함</translation>
    </message>
    <message>
        <source>the signed data carries CRLs at offset %1 (not used by CTLs)</source>
        <translation>서명된 데이터의 오프셋 %1에 CRL이 있음(CTL에서는 쓰지 않음)</translation>
    </message>
    <message>
        <source>the SignedData has no signerInfos field, which PKCS #7 requires: the list carries no signature</source>
        <translation>SignedData에 PKCS #7이 요구하는 signerInfos 필드가 없음: 목록에 서명이 없음</translation>
    </message>
    <message>
        <source>expected the signer identifier (issuerAndSerialNumber or [0] subjectKeyIdentifier) at offset %1, found %2</source>
        <translation>오프셋 %1에 서명자 식별자(issuerAndSerialNumber 또는 [0] subjectKeyIdentifier)가 필요하지만 %2이(가) 있음</translation>
    </message>
    <message>
        <source>nested signature at offset %1 is not PKCS #7 signed data; kept as an attribute</source>
        <translation>오프셋 %1의 중첩 서명은 PKCS #7 서명된 데이터가 아님. 특성으로 유지함</translation>
    </message>
    <message>
        <source>signed attribute %1 of the signer at offset %2 could not be decoded: %3</source>
        <translation>오프셋 %2에 있는 서명자의 서명된 특성 %1을(를) 디코딩할 수 없음: %3</translation>
    </message>
    <message>
        <source>expected the CTL thisUpdate time (UTCTime or GeneralizedTime) at offset %1, found %2</source>
        <translation>오프셋 %1에 CTL thisUpdate 시간(UTCTime 또는 GeneralizedTime)이 필요하지만 %2이(가) 있음</translation>
    </message>
    <message>
        <source>the end of the CTL</source>
        <translation>CTL의 끝</translation>
    </message>
    <message>
        <source>the list holds more than %1 entries, the limit (entry %2 starts at offset %3)</source>
        <translation>목록에 한도인 %1개보다 많은 항목이 있음(항목 %2은(는) 오프셋 %3에서 시작)</translation>
    </message>
    <message>
        <source>this is a PKCS #7 structure of type %1, not signed data, so it cannot be a Certificate Trust List</source>
        <translation>형식이 %1인 PKCS #7 구조이며 서명된 데이터가 아니므로 인증서 신뢰 목록일 수 없음</translation>
    </message>
    <message>
        <source>the list carries more than %1 certificates in all, the limit (certificate %2 starts at offset %3)</source>
        <translation>목록에 인증서가 모두 합쳐 한도인 %1개보다 많습니다(인증서 %2은(는) 오프셋 %3에서 시작)</translation>
    </message>
    <message>
        <source>the list carries more than %1 signatures (signerInfos, countersignatures and nested signatures together), the limit (signature %2 starts at offset %3)</source>
        <translation>목록에 서명(signerInfos, 부서명, 중첩 서명 합계)이 한도인 %1개보다 많습니다(서명 %2은(는) 오프셋 %3에서 시작)</translation>
    </message>
    <message>
        <source>the list carries more than %1 nested signatures, the limit (nested signature %2 starts at offset %3)</source>
        <translation>목록에 중첩 서명이 한도인 %1개보다 많습니다(중첩 서명 %2은(는) 오프셋 %3에서 시작)</translation>
    </message>
    <message>
        <source>the CTL sequenceNumber at offset %1 is negative; it counts the list's versions up from zero</source>
        <translation>오프셋 %1의 CTL sequenceNumber가 음수입니다. 이 값은 목록의 버전을 0부터 셉니다</translation>
    </message>
    <message>
        <source>this is a PKCS #7 signed message whose content type is %1, not a Certificate Trust List (%2)</source>
        <translation>콘텐츠 형식이 %1인 PKCS #7 서명 메시지이며 인증서 신뢰 목록(%2)이 아님</translation>
    </message>
    <message>
        <source>the RFC 3161 timestamp at offset %1 is not PKCS #7 signed data; kept as an attribute</source>
        <translation>오프셋 %1의 RFC 3161 타임스탬프는 PKCS #7 서명된 데이터가 아님. 특성으로 유지함</translation>
    </message>
    <message>
        <source>the list carries more than %1 nested signatures and timestamps, the limit (timestamp %2 starts at offset %3)</source>
        <translation>목록에 중첩 서명과 타임스탬프가 한도인 %1개보다 많습니다(타임스탬프 %2은(는) 오프셋 %3에서 시작)</translation>
    </message>
</context>
<context>
    <name>ctlv::CtlTool</name>
    <message>
        <source>--trust %1: the file holds no certificate (PEM or DER)</source>
        <translation>--trust %1: 파일에 인증서(PEM 또는 DER)가 없음</translation>
    </message>
    <message>
        <source>--at %1: not a date; use ISO 8601 such as 2025-06-16 or 2025-06-16T17:56:11Z</source>
        <translation>--at %1: 날짜가 아님. 2025-06-16 또는 2025-06-16T17:56:11Z 같은 ISO 8601 형식을 쓰십시오</translation>
    </message>
    <message>
        <source>--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1</source>
        <translation>--accept-eku %1: 1.3.6.1.4.1.311.10.3.1 같은 점 표기 OID가 아님</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>파일이 손상됨</translation>
    </message>
    <message>
        <source>List: %1, %2 entries, produced %3</source>
        <translation>목록: %1, 항목 %2개, 생성 %3</translation>
    </message>
    <message>
        <source>Windows' CTL dialog:</source>
        <translation>Windows CTL 대화 상자:</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>경고 없음</translation>
    </message>
    <message>
        <source>would say "not valid" (cosmetic)</source>
        <translation>"유효하지 않음"이라고 표시함(표면적 경고)</translation>
    </message>
    <message>
        <source>would say "not valid" (real)</source>
        <translation>"유효하지 않음"이라고 표시함(실제 문제)</translation>
    </message>
    <message>
        <source>ctltool export: %1 holds %2 lists; exporting the first</source>
        <translation>ctltool export: %1에 목록이 %2개 있음. 첫 번째 목록을 내보냄</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Output options:
  --json              one JSON document: {"formatVersion", "results": [one per list
                      or unreadable file]}, indented for people
  --compact           with --json: the same document on one line
  --json-lines        one compact JSON object per line, each written as soon as it
                      is ready (NDJSON)
</source>
        <translation>출력 옵션:
  --json              JSON 문서 하나: {"formatVersion", "results": [목록 또는 읽을 수 없는
                      파일마다 하나]}, 사람이 읽기 좋게 들여쓰기
  --compact           --json과 함께: 같은 문서를 한 줄로
  --json-lines        한 줄에 간결한 JSON 객체 하나, 준비되는 대로 바로 기록(NDJSON)
</translation>
    </message>
    <message>
        <source>  --entries           with --json or --json-lines: include the list's entries
</source>
        <translation>  --entries           --json 또는 --json-lines와 함께: 목록의 항목 포함
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
        <translation>검증 옵션:
  --trust 파일        파일에 있는 루트 인증서도 신뢰(PEM 또는 DER). 여러 번 지정 가능
  --at 날짜           목록 자체의 시간 대신 날짜 시점에서 체인을 확인
                      (ISO 8601, 예: 2025-06-16 또는 2025-06-16T17:56:11Z)
  --accept-eku OID    이 용도도 CTL 서명자 권한으로 인정. 여러 번 지정 가능
  --no-system-trust   시스템의 신뢰할 수 있는 루트를 쓰지 않고 포함된 Microsoft 루트만 사용
</translation>
    </message>
    <message>
        <source>Every command:
  --lang CODE         messages and reports in this language (en, de, ko) instead of the system's
  -h, --help          show this help
</source>
        <translation>모든 명령:
  --lang 코드         시스템 언어 대신 이 언어(en, de, ko)로 메시지와 보고서 출력
  -h, --help          이 도움말 표시
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
        <translation>사용법: ctltool 명령 [옵션] 파일...

명령:
  dump      인증서 신뢰 목록의 내용을 모두 표시(--json이면 검증 결과도 포함)
  verify    서명, 체인, 서명자 권한과 시간을 확인하고 판정을 설명
  export    PDF 보고서, 또는 항목(또는 발견 사항)을 CSV로 기록
  help      명령의 도움말 표시

</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <source>Exit codes: 0 read; 2 unreadable, not a Certificate Trust List, a usage error, or the
output cannot be written.
</source>
        <translation>종료 코드: 0 읽음, 2 읽을 수 없음, 인증서 신뢰 목록이 아님, 사용법 오류, 또는 출력을 쓸 수 없음.
</translation>
    </message>
    <message>
        <source>Check signatures, chain, signer authorisation and times, and explain the verdict and
whether Windows' warning about the list is cosmetic.
</source>
        <translation>서명, 체인, 서명자 권한과 시간을 확인하고, 판정과 함께 목록에 대한 Windows의 경고가
단지 표면적인 것인지 설명합니다.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 written; 2 unreadable input, a usage error, or the output cannot be written.
</source>
        <translation>종료 코드: 0 기록함, 2 입력을 읽을 수 없음, 사용법 오류, 또는 출력을 쓸 수 없음.
</translation>
    </message>
    <message>
        <source>ctltool: %1 (see "ctltool --help")</source>
        <translation>ctltool: %1 ("ctltool --help" 참조)</translation>
    </message>
    <message>
        <source>ctltool %1: %2 (see "ctltool %1 --help")</source>
        <translation>ctltool %1: %2 ("ctltool %1 --help" 참조)</translation>
    </message>
    <message>
        <source>ctltool: cannot write the output: %1</source>
        <translation>ctltool: 출력을 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>파일이 지정되지 않음</translation>
    </message>
    <message>
        <source>give --json or --json-lines, not both</source>
        <translation>--json 또는 --json-lines 중 하나만 지정</translation>
    </message>
    <message>
        <source>--compact goes with --json</source>
        <translation>--compact는 --json과 함께 사용</translation>
    </message>
    <message>
        <source>--entries goes with --json or --json-lines</source>
        <translation>--entries는 --json 또는 --json-lines와 함께 사용</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper는 a4 또는 letter여야 함</translation>
    </message>
    <message>
        <source>--separator takes one character other than a quote or a line break</source>
        <translation>--separator에는 따옴표나 줄 바꿈이 아닌 문자 하나를 지정</translation>
    </message>
    <message>
        <source>help: there is no command "%1"</source>
        <translation>help: "%1" 명령이 없음</translation>
    </message>
    <message>
        <source>"%1" is not a command; the command comes first</source>
        <translation>"%1"은(는) 명령이 아님. 명령을 먼저 지정</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>알 수 없는 명령 "%1"</translation>
    </message>
    <message>
        <source>ctltool dump [--json [--compact] | --json-lines] [--certs SOURCE]... [VALIDATION OPTIONS] FILE...</source>
        <translation>ctltool dump [--json [--compact] | --json-lines] [--certs 소스]... [검증 옵션] 파일...</translation>
    </message>
    <message>
        <source>ctltool verify [--json [--compact] | --json-lines] [--entries] [--certs SOURCE]... [VALIDATION OPTIONS] FILE...</source>
        <translation>ctltool verify [--json [--compact] | --json-lines] [--entries] [--certs 소스]... [검증 옵션] 파일...</translation>
    </message>
    <message>
        <source>ctltool export --pdf OUT [--paper a4|letter] [VALIDATION OPTIONS] FILE
ctltool export --csv OUT [--findings] [--separator CHAR] [--bom] [--certs SOURCE]... [VALIDATION OPTIONS] FILE
ctltool export --pem OUT --certs SOURCE... [--purpose P] [--at DATE] [--not-before include|exclude] FILE</source>
        <translation>ctltool export --pdf 출력 [--paper a4|letter] [검증 옵션] 파일
ctltool export --csv 출력 [--findings] [--separator 문자] [--bom] [--certs 소스]... [검증 옵션] 파일
ctltool export --pem 출력 --certs 소스... [--purpose P] [--at 날짜] [--not-before include|exclude] 파일</translation>
    </message>
    <message>
        <source>Certificate options:
  --certs SOURCE      link each entry to its certificate from SOURCE: a .sst store, a PEM bundle,
                      a .crt/.cer/.pem certificate, a .p7b/.p7c bag, a regedit export (.reg) or a
                      folder of these; repeatable
  --recursive         with --certs: read the subfolders of folders too
</source>
        <translation>인증서 옵션:
  --certs 소스        각 항목을 소스의 인증서와 연결: .sst 저장소, PEM 묶음,
                      .crt/.cer/.pem 인증서, .p7b/.p7c 묶음, regedit 내보내기(.reg) 또는
                      이들이 든 폴더. 여러 번 지정 가능
  --recursive         --certs와 함께: 폴더의 하위 폴더도 읽음
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
        <translation>  --version           프로그램 버전 표시

파일은 .stl 또는 .ctl(DER, PEM, base64)이거나 authrootstl.cab 같은 .cab일 수 있습니다. dump는
인증서 소스의 인증서와 .reg 내보내기의 목록도 표시합니다.
종료 코드: export: 0 기록함, 2 입력을 읽을 수 없거나 출력을 쓸 수 없음.
           dump: 0 읽음, 2 읽을 수 없거나 인증서 신뢰 목록이 아님.
           verify: 0 유효 또는 경고와 함께 유효, 1 신뢰되지 않음, 유효하지 않음, 서명 없음 또는 형식 오류,
           2 읽을 수 없거나 인증서 신뢰 목록이 아님.
모든 명령은 사용법 오류가 있거나 출력을 쓸 수 없으면 2로 끝납니다.
"ctltool 명령 --help"와 매뉴얼 페이지 ctltool(1)을 참조하십시오.
</translation>
    </message>
    <message>
        <source>Show everything a Certificate Trust List holds: the file, the list's metadata, every
certificate, signer and entry. With --json, the validation too. Given a certificate
source (see --certs), its certificates with their store properties.
</source>
        <translation>인증서 신뢰 목록의 내용을 모두 표시합니다: 파일, 목록의 메타데이터, 모든 인증서,
서명자, 항목. --json이면 검증 결과도 포함합니다. 인증서 소스(--certs 참조)이면
그 인증서와 저장소 속성을 표시합니다.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 valid or valid with warnings; 1 untrusted, invalid, unsigned or malformed, or
an entry's certificate (--certs) does not match the list's SHA-256;
2 unreadable, not a Certificate Trust List, a usage error, or the output cannot be
written.
</source>
        <translation>종료 코드: 0 유효 또는 경고와 함께 유효, 1 신뢰되지 않음, 유효하지 않음, 서명 없음 또는 형식 오류,
또는 항목의 인증서(--certs)가 목록의 SHA-256과 일치하지 않음,
2 읽을 수 없음, 인증서 신뢰 목록이 아님, 사용법 오류, 또는 출력을 쓸 수 없음.
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
        <translation>목록 하나의 PDF 보고서, 그 항목(--findings이면 발견 사항)의 CSV, 또는
목록이 지정하는 루트 인증서의 PEM 신뢰 묶음을 기록합니다.
출력 파일은 원자적으로 교체됩니다.

내보내기 옵션:
  --pdf 출력          PDF 보고서를 출력에 기록
  --paper 크기        a4(기본값) 또는 letter
  --csv 출력          CSV(RFC 4180, UTF-8)를 출력에 기록
  --findings          --csv와 함께: 항목 대신 발견 사항마다 한 행
  --separator 문자    --csv와 함께: 필드 구분 문자(기본값 ',', 탭은 '\t')
  --bom               --csv와 함께: UTF-8 바이트 순서 표시로 시작
  --pem 출력          신뢰 묶음 기록: 목록이 지정하는 인증서(--certs)를 주석 줄과 함께
                      목록 순서대로 PEM으로 기록. 인증서가 없는 항목은 표준 오류에 표시
  --purpose P         --pem과 함께: 목록이 P를 허용하는 루트만(OID 또는 server-auth,
                      client-auth, code-signing, email, time-stamping, ocsp-signing)
  --not-before 선택   --pem과 함께: NotBefore 날짜로 제한된 루트를 포함(include) 또는
                      제외(exclude, 기본값). PEM 묶음은 이 제한을 표현할 수 없음
                      (--at 날짜: Disable 날짜를 판단하는 시점, 기본값은 지금)
</translation>
    </message>
    <message>
        <source>--purpose and --not-before go with --pem</source>
        <translation>--purpose와 --not-before는 --pem과 함께 씁니다</translation>
    </message>
    <message>
        <source>--pem needs the certificates: give --certs SOURCE</source>
        <translation>--pem에는 인증서가 필요합니다: --certs 소스를 지정하십시오</translation>
    </message>
    <message>
        <source>--purpose %1: give an OID or one of server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing</source>
        <translation>--purpose %1: OID 또는 server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--not-before must be include or exclude</source>
        <translation>--not-before는 include 또는 exclude여야 합니다</translation>
    </message>
    <message>
        <source>no certificate for entry %1</source>
        <translation>항목 %1의 인증서가 없습니다</translation>
    </message>
    <message>
        <source>entry %1: the certificate's SHA-256 differs from the list's; left out</source>
        <translation>항목 %1: 인증서의 SHA-256이 목록의 값과 다릅니다. 제외함</translation>
    </message>
    <message>
        <source>%1: %2 certificates written; %3 entries without a certificate, %4 with a SHA-256 mismatch, %5 not granted the purpose, %6 disabled at %7</source>
        <translation>%1: 인증서 %2개 기록함. 인증서 없는 항목 %3개, SHA-256 불일치 %4개, 용도 미허용 %5개, %7 기준 비활성화 %6개</translation>
    </message>
    <message>
        <source>%1 roots restricted by a NotBefore date are included without that restriction: a PEM bundle cannot express it</source>
        <translation>NotBefore 날짜로 제한된 루트 %1개가 제한 없이 포함되었습니다. PEM 묶음은 이 제한을 표현할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 roots restricted by a NotBefore date are left out (--not-before include puts them in): a PEM bundle cannot express the restriction</source>
        <translation>NotBefore 날짜로 제한된 루트 %1개를 제외했습니다(--not-before include로 포함 가능). PEM 묶음은 이 제한을 표현할 수 없습니다</translation>
    </message>
    <message>
        <source>this is a certificate source (%1), not a Certificate Trust List; give it with --certs to link it to a list</source>
        <translation>인증서 소스(%1)이며 인증서 신뢰 목록이 아닙니다. 목록에 연결하려면 --certs로 지정하십시오</translation>
    </message>
    <message>
        <source>give exactly one of --pdf OUT, --csv OUT or --pem OUT, and one FILE</source>
        <translation>--pdf 출력, --csv 출력, --pem 출력 중 정확히 하나와 파일 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>this program writes no PDF; run ctltool-export</source>
        <translation>이 프로그램은 PDF를 쓰지 않습니다. ctltool-export를 실행하십시오</translation>
    </message>
    <message>
        <source>this is a certificate source, not a Certificate Trust List; give it with --certs</source>
        <translation>인증서 소스이며 인증서 신뢰 목록이 아닙니다. --certs로 지정하십시오</translation>
    </message>
    <message>
        <source>Certificate does not match the list's SHA-256</source>
        <translation>인증서가 목록의 SHA-256과 일치하지 않음</translation>
    </message>
    <message>
        <source>Entry %1 names a certificate that %2 holds, but the list gives the SHA-256 %3 and that certificate's SHA-256 is %4. It is not the certificate the list means; it is not linked.</source>
        <translation>항목 %1이 %2에 있는 인증서를 가리키지만, 목록의 SHA-256은 %3이고 그 인증서의 SHA-256은 %4입니다. 목록이 뜻하는 인증서가 아니므로 연결하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: holds no Certificate Trust List (a certificate source?)</source>
        <translation>%1: 인증서 신뢰 목록이 없음(인증서 소스입니까?)</translation>
    </message>
    <message>
        <source>ctltool history [--json [--compact] | --csv] FILE...|DIR</source>
        <translation>ctltool history [--json [--compact] | --csv] 파일...|폴더</translation>
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
        <translation>여러 목록에 걸친 모든 항목의 기록: 목록을 thisUpdate, 그다음 일련 번호 순으로
정렬하고(목록 종류별로 따로), 각 목록을 바로 앞 목록과 비교합니다.
항목이 같은 목록(STL과 CAB에 든 같은 목록, 또는 다시 서명된 목록)은
한 번만 세고 그렇다고 표시합니다. 항목마다: 처음 본 날, 마지막으로 본 날,
모든 변경. 목록마다: 항목과 변경. 폴더는 하위 폴더 없이 읽으며, 목록이
없는 파일은 참고 메시지와 함께 건너뜁니다.

출력 옵션:
  --json              {lists[], entries[] {identifier, friendlyName, firstSeen,
                      lastSeen, events[] {date, list, change, old, new}}}
  --compact           --json과 함께: 한 줄로
  --csv               이벤트마다 한 행(RFC 4180)
  --lang 코드         이 언어(en, de, ko)로 메시지 출력
  -h, --help          이 도움말 표시

종료 코드: 0 기록함, 2 입력을 읽을 수 없음, 목록 없음, 사용법 오류, 또는 출력을
쓸 수 없음.
</translation>
    </message>
    <message>
        <source>give two files: OLD and NEW</source>
        <translation>파일 두 개를 지정하십시오: 이전 파일과 새 파일</translation>
    </message>
    <message>
        <source>%1 holds %2 lists and %3 holds %4: comparing the %5 lists</source>
        <translation>%1에는 목록이 %2개, %3에는 %4개 있습니다. %5 목록을 비교합니다</translation>
    </message>
    <message>
        <source>give --json or --csv, not both</source>
        <translation>--json 또는 --csv 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>give the lists: files or a folder</source>
        <translation>목록을 지정하십시오: 파일 또는 폴더</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: 건너뜀</translation>
    </message>
    <message>
        <source>%1: no list in this folder</source>
        <translation>%1: 이 폴더에 목록이 없음</translation>
    </message>
    <message>
        <source>--purpose %1: give an OID, any, or one of server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing, document-signing, smart-card-logon</source>
        <translation>--purpose %1: OID, any, 또는 server-auth, client-auth, code-signing, email, time-stamping, ocsp-signing, document-signing, smart-card-logon 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>--windows must be 10 or 7</source>
        <translation>--windows는 10 또는 7이어야 합니다</translation>
    </message>
    <message>
        <source>%1: not a Certificate Trust List</source>
        <translation>%1: 인증서 신뢰 목록이 아님</translation>
    </message>
    <message>
        <source>ctltool status [--purpose P] [--at DATE] [--windows 10|7] [--disallowed LIST] [--json | --csv] LIST</source>
        <translation>ctltool status [--purpose P] [--at 날짜] [--windows 10|7] [--disallowed 목록] [--json | --csv] 목록</translation>
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
        <translation>질의 옵션:
  --purpose P         OID 또는 server-auth, client-auth, code-signing, email, time-stamping,
                      ocsp-signing, document-signing, smart-card-logon. any(기본값):
                      항목 전체
  --at 날짜           질의할 날짜(ISO 8601, 기본값은 지금)
  --windows 10|7      10: Windows 10/11 및 Server 2016 이상(기본값), 7: Windows 7/8.1,
                      Disable 및 NotBefore 날짜를 무시함
  --disallowed 목록   허용되지 않는 목록도 사용: 여기에 있는 인증서는 disallowed로 표시
</translation>
    </message>
    <message>
        <source>What Windows makes of every entry of an authroot list for a purpose, at a date, on a
Windows generation: trusted, not-before (only certificates issued before a date),
disabled, purpose-not-granted, disallowed or not-listed, with the reason and, per
entry, the status for every purpose it mentions. The counts come first. As of a
date D: a certificate issued on D and used on D.
</source>
        <translation>특정 용도, 특정 날짜, 특정 Windows 세대에서 Windows가 authroot 목록의 각 항목을
어떻게 취급하는지 표시합니다: trusted, not-before(특정 날짜 이전에 발급된 인증서만),
disabled, purpose-not-granted, disallowed 또는 not-listed와 그 이유, 그리고 항목마다
항목에 언급된 모든 용도별 상태. 개수가 먼저 표시됩니다. 날짜 D 기준이란
D에 발급되고 D에 사용된 인증서를 뜻합니다.
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
출력 옵션:
  --json              JSON 객체 하나: at, windows, purpose, counts, entries[]
  --csv               항목과 용도마다 CSV 한 행

종료 코드: 0 기록함, 2 입력을 읽을 수 없음, 사용법 오류, 또는 출력을 쓸 수
없음.
</translation>
    </message>
    <message>
        <source>Would Windows trust this certificate? Builds the chain from CERT to a root with the
chain files and certificate sources, finds the root in the list by the list's
identifier type, looks every chain certificate up in the disallowed list, and applies
the list's rules with the certificate's own issue date: one sentence, then the
evidence (chain, entry, properties, dates).
</source>
        <translation>Windows가 이 인증서를 신뢰할까요? 체인 파일과 인증서 소스로 인증서에서 루트까지
체인을 구성하고, 목록의 식별자 형식으로 목록에서 루트를 찾고, 체인의 모든 인증서를
허용되지 않는 목록에서 조회한 뒤, 인증서 자체의 발급 날짜로 목록의 규칙을
적용합니다. 결과는 한 문장과
그 근거(체인, 항목, 속성, 날짜)입니다.
</translation>
    </message>
    <message>
        <source>give exactly one LIST</source>
        <translation>목록을 정확히 하나 지정하십시오</translation>
    </message>
    <message>
        <source>%1 entries; as of %2 on %3, for %4</source>
        <translation>항목 %1개, %3에서 %2 기준, 용도: %4</translation>
    </message>
    <message>
        <source>--timestamp %1: not a date</source>
        <translation>--timestamp %1: 날짜가 아님</translation>
    </message>
    <message>
        <source>give exactly one CERT</source>
        <translation>인증서를 정확히 하나 지정하십시오</translation>
    </message>
    <message>
        <source>give the authroot list with --list LIST</source>
        <translation>--list 목록으로 authroot 목록을 지정하십시오</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1에 인증서가 없습니다</translation>
    </message>
    <message>
        <source>certificate %1 (%2) is not valid on that date</source>
        <translation>인증서 %1(%2)은(는) 해당 날짜에 유효하지 않습니다</translation>
    </message>
    <message>
        <source>the signature of certificate %1 (%2) does not verify</source>
        <translation>인증서 %1(%2)의 서명이 검증되지 않습니다</translation>
    </message>
    <message>
        <source>the certificate's extended key usage does not include %1</source>
        <translation>인증서의 확장 키 사용에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>출력을 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: yes.</source>
        <translation>%1이(가) %3에 %2 용도로 이 체인을 신뢰하는지: 예.</translation>
    </message>
    <message>
        <source>%1 would trust this chain for %2 on %3: no, because %4.</source>
        <translation>%1이(가) %3에 %2 용도로 이 체인을 신뢰하는지: 아니요. 이유: %4.</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>체인:</translation>
    </message>
    <message>
        <source>valid %1 to %2, SHA-1 %3</source>
        <translation>유효 기간 %1 ~ %2, SHA-1 %3</translation>
    </message>
    <message>
        <source>named by the disallowed list (entry %1)</source>
        <translation>허용되지 않는 목록에 있음(항목 %1)</translation>
    </message>
    <message>
        <source>the list's entry %1</source>
        <translation>목록의 항목 %1</translation>
    </message>
    <message>
        <source>(the chain ends here: no issuer among the certificates given)</source>
        <translation>(체인이 여기서 끝남: 지정한 인증서 중에 발급자가 없음)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>규칙:</translation>
    </message>
    <message>
        <source>Dates: issued %1, used %2</source>
        <translation>날짜: 발급 %1, 사용 %2</translation>
    </message>
    <message>
        <source>, timestamp %1</source>
        <translation>, 타임스탬프 %1</translation>
    </message>
    <message>
        <source>Catalogs: %1 indexed, %2 members; %3 cover the files given</source>
        <translation>카탈로그: %1개 색인, 구성원 %2개. 지정한 파일을 포함하는 카탈로그 %3개</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>카탈로그: %1</translation>
    </message>
    <message>
        <source>  Verdict: %1</source>
        <translation>  판정: %1</translation>
    </message>
    <message>
        <source>  Signer: %1</source>
        <translation>  서명자: %1</translation>
    </message>
    <message>
        <source>  Members: %1</source>
        <translation>  구성원: %1</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>포함됨</translation>
    </message>
    <message>
        <source>NOT covered</source>
        <translation>포함되지 않음</translation>
    </message>
    <message>
        <source>differs from a covered member only in line endings: with CRLF it is %1</source>
        <translation>포함된 구성원과 줄 끝 문자만 다름: CRLF이면 %1</translation>
    </message>
    <message>
        <source>Members no file matches: %1</source>
        <translation>어떤 파일과도 일치하지 않는 구성원: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files covered</source>
        <translation>파일 %2개 중 %1개가 포함됨</translation>
    </message>
    <message>
        <source>ctltool verify-files [--json [--compact]] [VALIDATION OPTIONS] CATALOG PATH...</source>
        <translation>ctltool verify-files [--json [--compact]] [검증 옵션] 카탈로그 경로...</translation>
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
        <translation>보안 카탈로그(.cat)가 어떤 파일을 포함하는지 확인합니다. 각 경로(파일, 또는 하위까지
검색하는 폴더)는 Windows와 같은 방식으로 SHA-1과 SHA-256으로 해시됩니다: PE 파일
(.sys, .dll, .exe 등)은 Authenticode 이미지 해시, 그 밖의 파일은 모든 바이트의
해시. 그리고 이름이 아니라 해시로만 카탈로그 구성원에서 찾습니다. 각 파일을
포함하는 구성원, 어떤 구성원도 포함하지 않는 파일(텍스트 파일이 CRLF 줄 끝이면
포함될 경우도 표시), 어떤 파일과도 일치하지 않는 구성원을 알려 줍니다. 카탈로그는
카탈로그들이 든 폴더(System32\CatRoot의 사본)일 수도 있습니다: 그 안의 모든
카탈로그를 색인하고 각 파일을 포함하는 카탈로그와 함께 보고합니다. 카탈로그 자체는
확인할 파일 중 하나로 취급하지 않습니다.
</translation>
    </message>
    <message>
        <source>Output options:
  --json              one JSON document: {"formatVersion", "catalog", "files",
                      "members"}, indented for people
  --compact           with --json: the same document on one line
</source>
        <translation>출력 옵션:
  --json              JSON 문서 하나: {"formatVersion", "catalog", "files",
                      "members"}, 사람이 읽기 좋게 들여쓰기
  --compact           --json과 함께: 같은 문서를 한 줄로
</translation>
    </message>
    <message>
        <source>Exit codes: 0 the catalog is valid (or valid with warnings) and covers every file; 1
a file is not covered by a valid catalog; 2 a file or the catalog cannot be read, a
usage error, or the output cannot be written.
</source>
        <translation>종료 코드: 0 카탈로그가 유효(또는 경고와 함께 유효)하고 모든 파일을 포함함,
1 유효한 카탈로그에 포함되지 않은 파일이 있음, 2 파일이나 카탈로그를 읽을 수 없음,
사용법 오류, 또는 출력을 쓸 수 없음.
</translation>
    </message>
    <message>
        <source>give a CATALOG and at least one file or folder</source>
        <translation>카탈로그와 파일 또는 폴더를 하나 이상 지정하십시오</translation>
    </message>
    <message>
        <source>not a security catalog</source>
        <translation>보안 카탈로그가 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 are not catalogs and were left out</source>
        <translation>
            <numerusform>%1에 있는 파일 %n개는 카탈로그가 아니어서 제외했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective trust commands:
  status    what Windows trusts in a list, for which purpose, as of when, on which Windows
  check     would Windows trust this certificate?

</source>
        <translation>유효 신뢰 명령:
  status    Windows가 목록에서 무엇을 어떤 용도로, 어느 시점에, 어떤 Windows에서 신뢰하는지
  check     Windows가 이 인증서를 신뢰할까요?

</translation>
    </message>
    <message>
        <source>Security catalog commands:
  verify-files  which files a security catalog (.cat) covers

</source>
        <translation>보안 카탈로그 명령:
  verify-files  보안 카탈로그(.cat)가 포함하는 파일

</translation>
    </message>
    <message>
        <source>Commands for what changed:
  diff      what changed between two lists (text, JSON, CSV or Markdown)
  history   the history of every entry across many lists

</source>
        <translation>변경 사항 명령:
  diff      두 목록 사이의 변경 사항(텍스트, JSON, CSV 또는 Markdown)
  history   여러 목록에 걸친 모든 항목의 기록

</translation>
    </message>
    <message>
        <source>verify-files: 0 the catalog is valid and covers every file; 1 a file is not covered by a
valid catalog; 2 a file or the catalog cannot be read (see "ctltool verify-files --help").
</source>
        <translation>verify-files: 0 카탈로그가 유효하고 모든 파일을 포함함, 1 유효한 카탈로그에 포함되지
않은 파일이 있음, 2 파일이나 카탈로그를 읽을 수 없음("ctltool verify-files --help" 참조).
</translation>
    </message>
    <message>
        <source>Exit codes of diff: 0 identical, 1 different, 2 unreadable.
</source>
        <translation>diff의 종료 코드: 0 동일, 1 다름, 2 읽을 수 없음.
</translation>
    </message>
    <message>
        <source>Driver signing policy:</source>
        <translation>드라이버 서명 정책:</translation>
    </message>
    <message>
        <source>give one of --json, --csv, --markdown or --pdf</source>
        <translation>--json, --csv, --markdown, --pdf 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>give --json or --pdf, not both</source>
        <translation>--json과 --pdf 중 하나만 지정하십시오</translation>
    </message>
    <message>
        <source>ctltool diff [--json [--compact] | --csv | --markdown | --pdf OUT [--paper a4|letter]] OLD NEW</source>
        <translation>ctltool diff [--json [--compact] | --csv | --markdown | --pdf 출력 [--paper a4|letter]] 이전파일 새파일</translation>
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
        <translation>두 목록을 비교합니다(dump가 읽는 모든 입력: .stl, .cab, PEM, .reg). 목록 필드,
추가·제거된 항목, 양쪽에 있는 항목의 모든 특성을 식별자로 짝지어
비교합니다. 용도와 정책은 집합으로 비교합니다. STL과 CAB에 든 같은
목록은 동일한 것으로 봅니다.

출력 옵션:
  --json              {old, new, list[], added[], removed[], changed[]}. 특성 이름은
                      dump --json의 항목 키 이름과 같음
  --compact           --json과 함께: 한 줄로
  --csv               변경마다 한 행(RFC 4180): change, identifier, friendlyName,
                      attribute, old, new
  --markdown          배포 공지처럼 읽히는 요약, 이름과
                      지문 포함
  --pdf 출력          PDF 보고서("-": 표준 출력): 1쪽에 요약과 두 파일의
                      정보, 이어서 모든 변경을 표로. 원자적으로 쓰며
                      이전파일이나 새파일을 덮어쓰지 않음
  --paper 크기        --pdf와 함께: a4(기본값) 또는 letter
  --lang 코드         이 언어(en, de, ko)로 메시지 출력
  -h, --help          이 도움말 표시

파일 하나에 목록이 여러 개 있으면 같은 종류의 목록끼리 비교합니다.
종료 코드: 0 동일, 1 다름, 2 입력을 읽을 수 없음, 사용법 오류, 또는 출력을
쓸 수 없음.
</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper는 --pdf와 함께 써야 함</translation>
    </message>
    <message>
        <source>ctltool check --list LIST [--chain FILE]... [--disallowed LIST] [--certs SOURCE]... [--purpose P] [--at DATE] [--timestamp DATE] [--windows 10|7] [--json | --pdf OUT [--paper a4|letter]] CERT</source>
        <translation>ctltool check --list 목록 [--chain 파일]... [--disallowed 목록] [--certs 소스]... [--purpose P] [--at 날짜] [--timestamp 날짜] [--windows 10|7] [--json | --pdf 출력 [--paper a4|letter]] 인증서</translation>
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
        <translation>  --timestamp 날짜    서명의 신뢰할 수 있는 타임스탬프: Disable 날짜를 --at 대신
                      이 값과 비교

입력 옵션:
  --list 목록         authroot 목록(필수)
  --chain 파일        중간 인증서(PEM, DER, 묶음). 여러 번 지정 가능
  --certs 소스        추가 인증서(.sst, PEM 묶음, 폴더 등). 여러 번 지정 가능
  --json              JSON 객체 하나: trusted, status, reason, root, chain[], purpose,
                      at, windows
  --pdf 출력          PDF 보고서("-": 표준 출력): 답변 문장과 근거.
                      원자적으로 쓰며 입력 파일을 덮어쓰지 않음
  --paper 크기        --pdf와 함께: a4(기본값) 또는 letter

종료 코드: 0 신뢰됨, 1 신뢰되지 않음, 2 입력을 읽을 수 없음, 사용법 오류, 또는
출력을 쓸 수 없음.
</translation>
    </message>
</context>
<context>
    <name>ctlv::DetailModel</name>
    <message>
        <source>Entry %1 of %2: %3</source>
        <translation>항목 %1/%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>인증서: %1</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffReport</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters; the CSV export has the whole value)</source>
        <translation>
            <numerusform>%1…(%n자, 전체 값은 CSV 내보내기에 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>이번 업데이트</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>일련 번호</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>%1에서 %2(으)로의 변경</translation>
    </message>
    <message>
        <source>The lists are identical.</source>
        <translation>두 목록이 동일합니다.</translation>
    </message>
    <message>
        <source>The lists differ.</source>
        <translation>두 목록이 다릅니다.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 지문</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Old list</source>
        <translation>이전 목록</translation>
    </message>
    <message>
        <source>New list</source>
        <translation>새 목록</translation>
    </message>
    <message>
        <source>List fields</source>
        <translation>목록 필드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>(the list)</source>
        <translation>(목록)</translation>
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
        <translation>(목록)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 값</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffText</name>
    <message numerus="yes">
        <source>%n root(s)</source>
        <translation>
            <numerusform>루트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>비활성화 시작일</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>비활성화된 용도</translation>
    </message>
    <message>
        <source>NotBefore</source>
        <translation>NotBefore</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore 용도</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>키 식별자</translation>
    </message>
    <message>
        <source>Subject name MD5</source>
        <translation>주체 이름 MD5</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>서명 해시</translation>
    </message>
    <message>
        <source>Public key MD5</source>
        <translation>공개 키 MD5</translation>
    </message>
    <message>
        <source>EV / root program policies</source>
        <translation>EV/루트 프로그램 정책</translation>
    </message>
    <message>
        <source>Chain policies</source>
        <translation>체인 정책</translation>
    </message>
    <message>
        <source>Disallowed as CA from</source>
        <translation>CA 사용 금지 시작일</translation>
    </message>
    <message>
        <source>Pin rules</source>
        <translation>고정 규칙</translation>
    </message>
    <message>
        <source>Pin rule flags</source>
        <translation>고정 규칙 플래그</translation>
    </message>
    <message>
        <source>Unknown attributes</source>
        <translation>알 수 없는 특성</translation>
    </message>
    <message>
        <source>Kind of list</source>
        <translation>목록 종류</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>일련 번호</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>이번 업데이트</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>다음 업데이트</translation>
    </message>
    <message>
        <source>Subject usage</source>
        <translation>주체 용도</translation>
    </message>
    <message>
        <source>List identifier</source>
        <translation>목록 식별자</translation>
    </message>
    <message>
        <source>Subject algorithm</source>
        <translation>주체 알고리즘</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signer's issuer</source>
        <translation>서명자의 발급자</translation>
    </message>
    <message>
        <source>Signer's serial number</source>
        <translation>서명자의 일련 번호</translation>
    </message>
    <message>
        <source>Certificate Transparency logs</source>
        <translation>인증서 투명성 로그</translation>
    </message>
    <message>
        <source>Extension %1</source>
        <translation>확장 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 추가됨</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 제거됨</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>The lists are identical: same list fields and entries.</source>
        <translation>두 목록은 동일합니다: 목록 필드와 항목이 같습니다.</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>removes %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>%1 변경</translation>
    </message>
    <message numerus="yes">
        <source>changes %n list field(s)</source>
        <translation>
            <numerusform>목록 필드 %n개 변경</numerusform>
        </translation>
    </message>
    <message>
        <source>The new list %1; %2 unchanged.</source>
        <translation>새 목록: %1. %2 변경 없음.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 지문</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Changes in %1 from %2 to %3</source>
        <translation>%1의 변경 사항: %2 → %3</translation>
    </message>
    <message>
        <source>Old: %1 (%2 entries). New: %3 (%4 entries).</source>
        <translation>이전: %1(항목 %2개). 새 목록: %3(항목 %4개).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>List fields</source>
        <translation>목록 필드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Adds %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Removes %1</source>
        <translation>%1 제거</translation>
    </message>
    <message>
        <source>all purposes</source>
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>Disables %1</source>
        <translation>%1 비활성화</translation>
    </message>
    <message>
        <source>From; purposes</source>
        <translation>시작일; 용도</translation>
    </message>
    <message>
        <source>Re-enables %1 (removes the Disable date)</source>
        <translation>%1 다시 활성화(Disable 날짜 제거)</translation>
    </message>
    <message>
        <source>Adds NotBefore for %1 to %2</source>
        <translation>%2에 %1 용도의 NotBefore 추가</translation>
    </message>
    <message>
        <source>Removes the NotBefore date from %1</source>
        <translation>%1에서 NotBefore 날짜 제거</translation>
    </message>
    <message>
        <source>Removes %1 from %2</source>
        <translation>%2에서 %1 제거</translation>
    </message>
    <message>
        <source>Adds %1 to %2</source>
        <translation>%2에 %1 추가</translation>
    </message>
    <message>
        <source>Changes the purposes of %1</source>
        <translation>%1의 용도 변경</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>이전 → 새 값</translation>
    </message>
    <message>
        <source>Changes the %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 entries)</source>
        <translation>%1(%2, %3, 항목 %4개)</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>새 값: %1</translation>
    </message>
    <message>
        <source>%1 lists, %2 with distinct entries:</source>
        <translation>목록 %1개, 그중 항목이 서로 다른 목록 %2개:</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>항목 %1개</translation>
    </message>
    <message>
        <source>same entries as %1</source>
        <translation>%1과(와) 같은 항목</translation>
    </message>
    <message>
        <source>+%1 -%2 ~%3</source>
        <translation>+%1 -%2 ~%3</translation>
    </message>
    <message>
        <source>%1 entries:</source>
        <translation>항목 %1개:</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(사라짐)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
</context>
<context>
    <name>ctlv::DiffView</name>
    <message>
        <source>Old: %1 (%2, %3 entries)
New: %4 (%5, %6 entries)
%7</source>
        <translation>이전: %1(%2, 항목 %3개)
새 목록: %4(%5, 항목 %6개)
%7</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>모든 변경 사항</translation>
    </message>
    <message>
        <source>List fields</source>
        <translation>목록 필드</translation>
    </message>
    <message>
        <source>Filter changes (name, thumbprint, attribute, value)</source>
        <translation>변경 사항 필터(이름, 지문, 특성, 값)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>변경 사항 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새 목록: %1</translation>
    </message>
    <message>
        <source>Diff: %1 → %2</source>
        <translation>비교: %1 → %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Export the diff as Markdown</source>
        <translation>비교 결과를 Markdown으로 내보내기</translation>
    </message>
    <message>
        <source>Export the diff as CSV</source>
        <translation>비교 결과를 CSV로 내보내기</translation>
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
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF 내보내기…</translation>
    </message>
    <message>
        <source>Export the diff as a PDF report</source>
        <translation>비교 결과를 PDF 보고서로 내보내기</translation>
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
        <translation>파일이 아니라 폴더임</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없음: %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 한도 %2바이트를 넘음</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>this is a 3D model in binary STL format (%1 triangles), not a Certificate Trust List; Windows trust lists share the .stl extension with 3D models</source>
        <translation>이진 STL 형식의 3D 모델(삼각형 %1개)이며 인증서 신뢰 목록이 아님. Windows 신뢰 목록은 3D 모델과 같은 .stl 확장자를 씀</translation>
    </message>
    <message>
        <source>this is an X.509 certificate (%1), not a Certificate Trust List</source>
        <translation>X.509 인증서(%1)이며 인증서 신뢰 목록이 아님</translation>
    </message>
    <message>
        <source>this is a named pipe (FIFO), not a file; it was not opened, since reading it could wait forever (give - to read standard input)</source>
        <translation>이것은 파일이 아니라 명명된 파이프(FIFO)입니다. 읽기가 끝없이 기다릴 수 있어 열지 않았습니다(표준 입력은 - 로 읽음)</translation>
    </message>
    <message>
        <source>this is a socket, not a file; it was not opened</source>
        <translation>이것은 파일이 아니라 소켓입니다. 열지 않았습니다</translation>
    </message>
    <message>
        <source>this is a character device, not a file; it was not read, since a device such as /dev/zero never ends</source>
        <translation>이것은 파일이 아니라 문자 장치입니다. /dev/zero 같은 장치는 끝나지 않으므로 읽지 않았습니다</translation>
    </message>
    <message>
        <source>this is a block device (a disk), not a file; it was not read</source>
        <translation>이것은 파일이 아니라 블록 장치(디스크)입니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <source>this is not a regular file; it was not read</source>
        <translation>이것은 일반 파일이 아닙니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <source>the input is longer than the limit of %1 bytes</source>
        <translation>입력이 한도 %1바이트보다 깁니다</translation>
    </message>
    <message>
        <source>(standard input)</source>
        <translation>(표준 입력)</translation>
    </message>
</context>
<context>
    <name>ctlv::DocumentTreeModel</name>
    <message>
        <source>Member of the cabinet archive</source>
        <translation>캐비닛 압축 파일의 내부 파일</translation>
    </message>
    <message>
        <source>Certificate Trust List of %1</source>
        <translation>%1의 인증서 신뢰 목록</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Signers and chain</source>
        <translation>서명자와 체인</translation>
    </message>
    <message>
        <source>certificate not in the file</source>
        <translation>파일에 인증서 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>항목(%1)</translation>
    </message>
    <message>
        <source>Extensions (%1)</source>
        <translation>확장(%1)</translation>
    </message>
    <message>
        <source>Findings (not checked)</source>
        <extracomment>The list has not been validated (yet)</extracomment>
        <translation>발견 사항(확인 안 함)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>발견 사항(%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Not in this list (%1)</source>
        <translation>이 목록에 없음(%1)</translation>
    </message>
    <message>
        <source>Certificates of the added sources that no entry names</source>
        <translation>추가한 소스의 인증서 중 어느 항목도 가리키지 않는 것</translation>
    </message>
</context>
<context>
    <name>ctlv::DocumentView</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>This file cannot be shown as a Certificate Trust List</source>
        <translation>이 파일은 인증서 신뢰 목록으로 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Byte offset:</source>
        <translation>바이트 오프셋:</translation>
    </message>
    <message>
        <source>Contents of the file</source>
        <translation>파일 내용</translation>
    </message>
    <message>
        <source>Filter entries: name, thumbprint, purpose, date…</source>
        <translation>항목 필터: 이름, 지문, 용도, 날짜…</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>항목 필터</translation>
    </message>
    <message>
        <source>Entry count</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation>선택한 발견 사항의 설명</translation>
    </message>
    <message>
        <source>Signers and certificate chains</source>
        <translation>서명자와 인증서 체인</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>항목 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>코드: %1</translation>
    </message>
    <message>
        <source>Copy row as tab-separated text</source>
        <translation>행을 탭으로 구분된 텍스트로 복사</translation>
    </message>
    <message>
        <source>Copy identifier (SHA-1 thumbprint)</source>
        <translation>식별자 복사(SHA-1 지문)</translation>
    </message>
    <message>
        <source>Copy SHA-256 thumbprint</source>
        <translation>SHA-256 지문 복사</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>셀 복사</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>값 복사</translation>
    </message>
    <message>
        <source>Copy field and value</source>
        <translation>필드와 값 복사</translation>
    </message>
    <message>
        <source>Export certificate as PEM…</source>
        <translation>인증서를 PEM으로 내보내기…</translation>
    </message>
    <message>
        <source>Export certificate as DER…</source>
        <translation>인증서를 DER로 내보내기…</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>인증서 내보내기</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM 인증서 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.cer *.der)</source>
        <translation>DER 인증서 (*.cer *.der)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation>내보낼 목록이 없습니다.</translation>
    </message>
    <message>
        <source>No entries are selected.</source>
        <translation>선택한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Filter certificates: subject, issuer, thumbprint…</source>
        <translation>인증서 필터: 주체, 발급자, 지문…</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>인증서 필터</translation>
    </message>
    <message>
        <source>Certificate count</source>
        <translation>인증서 수</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln certificates</source>
        <translation>
            <numerusform>인증서 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy SHA-1 thumbprint</source>
        <translation>SHA-1 지문 복사</translation>
    </message>
    <message>
        <source>Open a trust list first.</source>
        <translation>먼저 신뢰 목록을 여십시오.</translation>
    </message>
    <message>
        <source>%1 holds no certificates to add.</source>
        <translation>%1에 추가할 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Certificates not in this list</source>
        <translation>이 목록에 없는 인증서</translation>
    </message>
    <message>
        <source>No certificate is linked to this entry.</source>
        <translation>이 항목에 연결된 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Add certificates to the list first.</source>
        <translation>먼저 목록에 인증서를 추가하십시오.</translation>
    </message>
    <message>
        <source>Entries per status</source>
        <translation>상태별 항목 수</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A count of entries with a status, e.g. "412 Trusted"</extracomment>
        <translation>%2 %1개</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1에 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>이름 복사</translation>
    </message>
    <message>
        <source>Copy finding</source>
        <translation>발견 사항 복사</translation>
    </message>
    <message>
        <source>Copy code (%1)</source>
        <translation>코드 복사(%1)</translation>
    </message>
</context>
<context>
    <name>ctlv::EntryStatus</name>
    <message>
        <source>Trusted</source>
        <extracomment>Status of a root certificate entry: no restriction applies</extracomment>
        <translation>신뢰됨</translation>
    </message>
    <message>
        <source>Disabled for some purposes</source>
        <translation>일부 용도 비활성화됨</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>Restricted by NotBefore date</source>
        <extracomment>Certificates issued after a date are no longer trusted</extracomment>
        <translation>NotBefore 날짜로 제한됨</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>비활성화 예정</translation>
    </message>
    <message>
        <source>Distrusted</source>
        <extracomment>An entry of the disallowed certificate list</extracomment>
        <translation>불신됨</translation>
    </message>
    <message>
        <source>Pin rule</source>
        <translation>고정 규칙</translation>
    </message>
    <message>
        <source>In the catalog</source>
        <extracomment>A member of a security catalog (a file's hash the catalog vouches for)</extracomment>
        <translation>카탈로그에 포함</translation>
    </message>
</context>
<context>
    <name>ctlv::EntryTableModel</name>
    <message>
        <source>Always</source>
        <extracomment>An empty disabled date in the list: the entry has been disabled since forever</extracomment>
        <translation>항상</translation>
    </message>
    <message>
        <source>SHA-256 of the certificate</source>
        <translation>인증서의 SHA-256</translation>
    </message>
    <message>
        <source>The entry lists no purposes.</source>
        <translation>항목에 용도가 없습니다.</translation>
    </message>
    <message>
        <source>The list gives an empty date: the entry is disabled since forever.</source>
        <translation>목록의 날짜가 비어 있습니다. 이 항목은 처음부터 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>The list gives an empty NotBefore date.</source>
        <translation>목록의 NotBefore 날짜가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Certificates issued after %1 are not trusted.</source>
        <translation>%1 이후에 발급된 인증서는 신뢰되지 않습니다.</translation>
    </message>
    <message>
        <source>Windows trusts this root for the purposes listed.</source>
        <translation>Windows는 나열된 용도에 대해 이 루트를 신뢰합니다.</translation>
    </message>
    <message>
        <source>Windows no longer trusts this root for: %1.</source>
        <translation>Windows는 다음 용도에 대해 더 이상 이 루트를 신뢰하지 않습니다: %1.</translation>
    </message>
    <message>
        <source>Windows no longer trusts this root for any purpose.</source>
        <translation>Windows는 어떤 용도로도 더 이상 이 루트를 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>Windows does not trust certificates this root issued after the NotBefore date.</source>
        <translation>Windows는 이 루트가 NotBefore 날짜 이후에 발급한 인증서를 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>Windows will stop trusting this root on %1.</source>
        <translation>Windows는 %1부터 이 루트를 신뢰하지 않게 됩니다.</translation>
    </message>
    <message>
        <source>Windows treats this certificate as untrusted.</source>
        <translation>Windows는 이 인증서를 신뢰할 수 없는 것으로 취급합니다.</translation>
    </message>
    <message>
        <source>A certificate pinning rule for this domain.</source>
        <translation>이 도메인에 대한 인증서 고정 규칙입니다.</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>비활성화 시작일</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>비활성화된 용도</translation>
    </message>
    <message>
        <source>NotBefore</source>
        <translation>NotBefore</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore 용도</translation>
    </message>
    <message>
        <source>EV policies</source>
        <translation>EV 정책</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>SHA-1 of the certificate, or the domain name for pin rules</source>
        <translation>인증서의 SHA-1, 고정 규칙이면 도메인 이름</translation>
    </message>
    <message>
        <source>Extended key usages Windows enables for this root</source>
        <translation>Windows가 이 루트에 허용하는 확장 키 사용</translation>
    </message>
    <message>
        <source>Trust stops on this date (for the disabled purposes, or for all)</source>
        <translation>이 날짜에 신뢰가 끝남(비활성화된 용도 또는 모든 용도)</translation>
    </message>
    <message>
        <source>Certificates issued after this date are not trusted</source>
        <translation>이 날짜 이후 발급된 인증서는 신뢰되지 않음</translation>
    </message>
    <message>
        <source>Extended Validation policies of the root program</source>
        <translation>루트 프로그램의 EV(확장 유효성 검사) 정책</translation>
    </message>
    <message>
        <source>Cert. subject</source>
        <translation>인증서 주체</translation>
    </message>
    <message>
        <source>Cert. expires</source>
        <translation>인증서 만료</translation>
    </message>
    <message>
        <source>Cert. key</source>
        <translation>인증서 키</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Whether the added certificates hold the one this entry names</source>
        <translation>추가한 인증서에 이 항목이 가리키는 인증서가 있는지 여부</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Hash (tag)</source>
        <translation>해시(태그)</translation>
    </message>
    <message>
        <source>Hash of</source>
        <translation>해시 대상</translation>
    </message>
    <message>
        <source>OS attributes</source>
        <translation>OS 특성</translation>
    </message>
    <message>
        <source>What Windows makes of the root for the purpose, date and Windows chosen above the table</source>
        <translation>표 위에서 선택한 용도, 날짜, Windows에 대해 Windows가 이 루트를 어떻게 취급하는지</translation>
    </message>
    <message>
        <source>Windows accepts a file with this hash when the catalog's signature is valid (see the verdict).</source>
        <translation>카탈로그의 서명이 유효하면 Windows는 이 해시의 파일을 허용합니다(판정 참조).</translation>
    </message>
</context>
<context>
    <name>ctlv::ExportTarget</name>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>명명된 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>특수 파일</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>파일을 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>(standard output)</source>
        <translation>(표준 출력)</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8; an export is written only under a UTF-8 name</source>
        <translation>이름이 올바른 UTF-8이 아닙니다. 내보내기는 UTF-8 이름으로만 기록됩니다</translation>
    </message>
    <message>
        <source>this is a symbolic link to a file that does not exist; an export writes through a link only to an existing regular file</source>
        <translation>이것은 존재하지 않는 파일을 가리키는 심볼릭 링크입니다. 내보내기는 링크를 통해 기존 일반 파일에만 기록합니다</translation>
    </message>
    <message>
        <source>this is a symbolic link to %1, not to a regular file; an export never replaces it</source>
        <translation>이것은 일반 파일이 아닌 %1을(를) 가리키는 심볼릭 링크입니다. 내보내기는 이를 교체하지 않습니다</translation>
    </message>
    <message>
        <source>this is %1, not a regular file; an export never replaces it</source>
        <translation>이것은 일반 파일이 아닌 %1입니다. 내보내기는 이를 교체하지 않습니다</translation>
    </message>
    <message>
        <source>this is the input %1 (the same file); an export never replaces the list it is made from</source>
        <translation>이것은 입력 %1(같은 파일)입니다. 내보내기는 자신을 만든 목록을 교체하지 않습니다</translation>
    </message>
</context>
<context>
    <name>ctlv::FileCoverageModel</name>
    <message>
        <source>Unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>포함됨</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>포함되지 않음</translation>
    </message>
    <message>
        <source>Not covered (line endings)</source>
        <translation>포함되지 않음(줄 끝 문자)</translation>
    </message>
    <message>
        <source>differs from a covered member only in line endings: %1</source>
        <translation>포함된 구성원과 줄 끝 문자만 다름: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>해시</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>구성원</translation>
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
        <translation>파일을 열 수 없음: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>cannot read %1 bytes at offset %2 (the file may have changed while it was read)</source>
        <translation>오프셋 %2에서 %1바이트를 읽을 수 없음(읽는 동안 파일이 바뀌었을 수 있음)</translation>
    </message>
    <message>
        <source>not a valid PE image: %1</source>
        <translation>올바른 PE 이미지가 아님: %1</translation>
    </message>
    <message>
        <source>the file has %1 bytes, more than the limit of %2 bytes</source>
        <translation>파일 크기가 %1바이트로 한도 %2바이트를 넘음</translation>
    </message>
</context>
<context>
    <name>ctlv::FindingsModel</name>
    <message>
        <source>Cosmetic</source>
        <extracomment>A finding that changes nothing about the list's validity</extracomment>
        <translation>표면적</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
</context>
<context>
    <name>ctlv::HistoryView</name>
    <message>
        <source>%1: holds no list; skipped</source>
        <translation>%1: 목록이 없음. 건너뜀</translation>
    </message>
    <message>
        <source>%1 lists, %2 with distinct entries; %3 entries followed.</source>
        <translation>목록 %1개, 그중 항목이 서로 다른 목록 %2개. 항목 %3개를 추적했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a list skipped (hover for why).</source>
        <translation>
            <numerusform>목록이 없는 파일 %n개를 건너뛰었습니다(마우스를 올리면 이유 표시).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>처음 확인</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>In the newest list</source>
        <translation>최신 목록에 있음</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>사라짐</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>same entries as %1</source>
        <translation>%1과(와) 같은 항목</translation>
    </message>
    <message>
        <source>first list of its kind</source>
        <translation>같은 종류의 첫 목록</translation>
    </message>
    <message>
        <source>Filter roots (name, thumbprint)</source>
        <translation>루트 필터(이름, 지문)</translation>
    </message>
    <message>
        <source>Roots</source>
        <translation>루트</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>릴리스</translation>
    </message>
    <message>
        <source>History (%1 lists)</source>
        <translation>기록(목록 %1개)</translation>
    </message>
    <message>
        <source>first seen</source>
        <translation>처음 확인</translation>
    </message>
</context>
<context>
    <name>ctlv::Language</name>
    <message>
        <source>--lang needs a language code; available: %1</source>
        <translation>--lang에는 언어 코드가 필요함. 사용 가능: %1</translation>
    </message>
    <message>
        <source>--lang %1: no translation for this language; available: %2</source>
        <translation>--lang %1: 이 언어의 번역이 없음. 사용 가능: %2</translation>
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
        <translation>열린 파일</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>시스템 언어(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;bundled sample</source>
        <translation>포함된 예제 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>PDF 보고서(&amp;P)…</translation>
    </message>
    <message>
        <source>Entries as CSV: &amp;all…</source>
        <translation>항목을 CSV로: 전체(&amp;A)…</translation>
    </message>
    <message>
        <source>Entries as CSV: &amp;filtered view…</source>
        <translation>항목을 CSV로: 필터된 보기(&amp;F)…</translation>
    </message>
    <message>
        <source>Entries as CSV: &amp;selected rows…</source>
        <translation>항목을 CSV로: 선택한 행(&amp;S)…</translation>
    </message>
    <message>
        <source>F&amp;indings as CSV…</source>
        <translation>발견 사항을 CSV로(&amp;I)…</translation>
    </message>
    <message>
        <source>CSV: use the locale's separator (; where the decimal separator is a comma)</source>
        <translation>CSV: 로캘의 구분 기호 사용(소수점 기호가 쉼표인 곳에서는 ;)</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark (for spreadsheet programs)</source>
        <translation>CSV: 바이트 순서 표시(BOM)로 시작(스프레드시트 프로그램용)</translation>
    </message>
    <message>
        <source>PDF: US Letter paper instead of A4</source>
        <translation>PDF: A4 대신 US Letter 용지</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste a list (PEM or base64)</source>
        <translation>목록 붙여넣기(PEM 또는 base64)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find entries</source>
        <translation>항목 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>발견 사항(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>항목(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust and purposes…</source>
        <translation>신뢰와 용도(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Windows root updates and CAPI2 Event ID 11</source>
        <translation>Windows 루트 업데이트와 CAPI2 이벤트 ID 11</translation>
    </message>
    <message>
        <source>&amp;About CTL Viewer</source>
        <translation>CTL Viewer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Bundled sample</source>
        <translation>포함된 예제</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>이 빌드에는 포함된 예제가 없습니다.</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1을(를) 다시 불러옴</translation>
    </message>
    <message>
        <source>Open Certificate Trust Lists</source>
        <translation>인증서 신뢰 목록 열기</translation>
    </message>
    <message>
        <source>The clipboard holds no text to open.</source>
        <translation>클립보드에 열 수 있는 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>붙여넣은 텍스트</translation>
    </message>
    <message>
        <source>Trust and purposes</source>
        <translation>신뢰와 용도</translation>
    </message>
    <message>
        <source>About CTL Viewer</source>
        <translation>CTL Viewer 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTL Viewer %1&lt;/h3&gt;&lt;p&gt;Opens Microsoft Certificate Trust Lists and the CAB files Windows Update ships them in, shows everything inside, and verifies them the way Windows does.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CTL Viewer %1&lt;/h3&gt;&lt;p&gt;Microsoft 인증서 신뢰 목록과 Windows Update가 이를 배포하는 CAB 파일을 열어 안의 모든 내용을 보여 주고, Windows와 같은 방식으로 검증합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Open a trust list first.</source>
        <translation>먼저 신뢰 목록을 여십시오.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냄</translation>
    </message>
    <message>
        <source>Certificates (*.sst *.crt *.cer *.der *.pem *.p7b *.p7c *.reg)</source>
        <translation>인증서 (*.sst *.crt *.cer *.der *.pem *.p7b *.p7c *.reg)</translation>
    </message>
    <message>
        <source>&amp;Add certificates…</source>
        <translation>인증서 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add certificate fol&amp;der…</source>
        <translation>인증서 폴더 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Trust bundle…</source>
        <translation>신뢰 묶음(&amp;T)…</translation>
    </message>
    <message>
        <source>Certificate Trust Lists (*.stl *.cab *.ctl *.p7s *.cat);;CAB archives (*.cab);;%1;;All files (*)</source>
        <translation>인증서 신뢰 목록 (*.stl *.cab *.ctl *.p7s *.cat);;CAB 아카이브 (*.cab);;%1;;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add certificates</source>
        <translation>인증서 추가</translation>
    </message>
    <message>
        <source>Add certificate folder</source>
        <translation>인증서 폴더 추가</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading certificates…</source>
        <translation>인증서를 읽는 중…</translation>
    </message>
    <message>
        <source>%1 entries linked, %2 missing, %3 SHA-256 mismatches</source>
        <translation>항목 %1개 연결, %2개 없음, SHA-256 불일치 %3개</translation>
    </message>
    <message>
        <source>Add certificates to a trust list first.</source>
        <translation>먼저 신뢰 목록에 인증서를 추가하십시오.</translation>
    </message>
    <message>
        <source>PEM bundles (*.pem)</source>
        <translation>PEM 묶음 (*.pem)</translation>
    </message>
    <message>
        <source>%1 certificates written; left out: %2 without a certificate, %3 with another SHA-256, %4 not granted the purpose, %5 disabled, %6 restricted by a NotBefore date</source>
        <translation>인증서 %1개 기록함. 제외: 인증서 없음 %2개, SHA-256 다름 %3개, 용도 미허용 %4개, 비활성화 %5개, NotBefore 제한 %6개</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>다른 목록과 비교(&amp;M)…</translation>
    </message>
    <message>
        <source>Open &amp;history of a folder…</source>
        <translation>폴더의 기록 열기(&amp;H)…</translation>
    </message>
    <message>
        <source>Open history of &amp;files…</source>
        <translation>파일의 기록 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>인증서 확인(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Check files against this catalog…</source>
        <translation>이 카탈로그로 파일 확인(&amp;C)…</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>인증서 확인</translation>
    </message>
    <message>
        <source>Certificates and chains (*.crt *.cer *.der *.pem *.p7b *.p7c)</source>
        <translation>인증서와 체인 (*.crt *.cer *.der *.pem *.p7b *.p7c)</translation>
    </message>
    <message>
        <source>Compared in %1 ms: %2</source>
        <translation>%1ms 만에 비교함: %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Open a list first: the diff compares the list shown with another.</source>
        <translation>먼저 목록을 여십시오. 비교는 표시된 목록을 다른 목록과 비교합니다.</translation>
    </message>
    <message>
        <source>%1 holds no Certificate Trust List.</source>
        <translation>%1에 인증서 신뢰 목록이 없습니다.</translation>
    </message>
    <message>
        <source>A file…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Compare the list shown (old) with (new):</source>
        <translation>표시된 목록(이전)과 비교할 목록(새 목록):</translation>
    </message>
    <message>
        <source>Certificate Trust Lists (*.stl *.ctl *.cab *.reg *.pem);;All files (*)</source>
        <translation>인증서 신뢰 목록 (*.stl *.ctl *.cab *.reg *.pem);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open history</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>No Certificate Trust List was found.
%1</source>
        <translation>인증서 신뢰 목록을 찾지 못했습니다.
%1</translation>
    </message>
    <message>
        <source>Open the history of the lists in a folder</source>
        <translation>폴더에 있는 목록의 기록 열기</translation>
    </message>
    <message>
        <source>Open the history of several lists</source>
        <translation>여러 목록의 기록 열기</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The print system did not take the report (lp: %1).</source>
        <translation>인쇄 시스템이 보고서를 받지 않았습니다(lp: %1).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation>보고서를 프린터로 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>ctlv::ModelText</name>
    <message>
        <source>Primary signer</source>
        <translation>기본 서명자</translation>
    </message>
    <message>
        <source>Nested signer</source>
        <translation>중첩 서명자</translation>
    </message>
    <message>
        <source>Countersigner</source>
        <translation>연대 서명자</translation>
    </message>
</context>
<context>
    <name>ctlv::PdfReport</name>
    <message>
        <source>Certificate Trust List report</source>
        <translation>인증서 신뢰 목록 보고서</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is cosmetic.</source>
        <translation>Windows의 "유효하지 않음" 경고는 표면적인 경고입니다.</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is real.</source>
        <translation>Windows의 "유효하지 않음" 경고는 실제 문제입니다.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Signers and certificate chains</source>
        <translation>서명자와 인증서 체인</translation>
    </message>
    <message>
        <source>The list carries no signature.</source>
        <translation>목록에 서명이 없습니다.</translation>
    </message>
    <message>
        <source>Signer %1: %2</source>
        <translation>서명자 %1: %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>손상 없음</translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation>검증되지 않음: %1</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <source>trusted as of %1</source>
        <translation>%1 시점에 신뢰됨</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>발급자: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>유효 기간: %1 ~ %2</translation>
    </message>
    <message>
        <source>Purposes: %1</source>
        <translation>용도: %1</translation>
    </message>
    <message>
        <source>any (no EKU extension)</source>
        <translation>모든 용도(EKU 확장 없음)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Issuer not found: %1</source>
        <translation>발급자를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>Status as of %1.</source>
        <translation>%1 시점의 상태입니다.</translation>
    </message>
    <message>
        <source>Friendly name, identifier, SHA-256</source>
        <translation>표시 이름, 식별자, SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Certificate Trust List report: %1</source>
        <translation>인증서 신뢰 목록 보고서: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>PDF 작성기를 시작할 수 없음</translation>
    </message>
    <message>
        <source>CTL Viewer %1 · generated %2 UTC</source>
        <translation>CTL Viewer %1 · 생성 %2 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2페이지</translation>
    </message>
    <message>
        <source>warning: no installed font has %1 characters: the PDF shows them as empty boxes (on Debian, install %2)</source>
        <translation>경고: 설치된 글꼴 중 %1 문자를 가진 것이 없습니다. PDF에서 빈 상자로 표시됩니다(Debian에서는 %2 설치)</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>PDF를 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Findings: %1, %2.</source>
        <translation>발견 사항: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>주요 사항</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>파일에 없음</translation>
    </message>
    <message>
        <source>Chain at the list's time</source>
        <translation>목록 시점의 체인</translation>
    </message>
    <message>
        <source>What the list grants</source>
        <translation>목록이 허용하는 것</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>모든 항목</translation>
    </message>
    <message>
        <source>Entries by status as of %1.</source>
        <translation>%1 기준 상태별 항목.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Roots by purpose: what %1 makes of them for a certificate issued and used on %2.</source>
        <translation>용도별 루트: %2에 발급되고 사용된 인증서에 대해 %1이(가) 각 루트를 어떻게 취급하는지.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Roots with a NotBefore date</source>
        <translation>NotBefore 날짜가 있는 루트</translation>
    </message>
    <message>
        <source>Roots with a Disable date</source>
        <translation>Disable 날짜가 있는 루트</translation>
    </message>
    <message>
        <source>%1 (reached: %2, still to come: %3)</source>
        <translation>%1(도래: %2, 예정: %3)</translation>
    </message>
    <message>
        <source>Entries without a purposes attribute (every purpose)</source>
        <translation>용도 특성이 없는 항목(모든 용도)</translation>
    </message>
    <message>
        <source>Certificate Transparency logs</source>
        <translation>인증서 투명성 로그</translation>
    </message>
    <message>
        <source>Dates are UTC. Long names are shortened with …; the CSV export has them in full.</source>
        <translation>날짜는 UTC입니다. 긴 이름은 …으로 줄였으며, CSV 내보내기에는 전체 이름이 들어 있습니다.</translation>
    </message>
    <message>
        <source>File, hash (tag), hash of</source>
        <translation>파일, 해시(태그), 해시 대상</translation>
    </message>
    <message>
        <source>OS attributes</source>
        <translation>OS 특성</translation>
    </message>
    <message>
        <source>Appendix: the list's fields</source>
        <translation>부록: 목록의 필드</translation>
    </message>
    <message>
        <source>Appendix: extensions</source>
        <translation>부록: 확장</translation>
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
        <translation>오프셋 %2의 %1이(가) 파일 끝(%3바이트)을 넘어갑니다</translation>
    </message>
    <message>
        <source>The optional header</source>
        <translation>선택적 헤더</translation>
    </message>
    <message>
        <source>The optional header at offset %1 is %2 bytes long, too short for its magic number</source>
        <translation>오프셋 %1의 선택적 헤더 길이가 %2바이트로, 매직 넘버를 담기에 너무 짧습니다</translation>
    </message>
    <message>
        <source>The optional header at offset %1 has magic number 0x%2, neither PE32 (0x10b) nor PE32+ (0x20b)</source>
        <translation>오프셋 %1의 선택적 헤더의 매직 넘버가 0x%2로, PE32(0x10b)도 PE32+(0x20b)도 아닙니다</translation>
    </message>
    <message>
        <source>The optional header at offset %1 is %2 bytes long, too short to hold the certificate table entry (%3 bytes needed)</source>
        <translation>오프셋 %1의 선택적 헤더 길이가 %2바이트로, 인증서 테이블 항목을 담기에 너무 짧습니다(%3바이트 필요)</translation>
    </message>
    <message numerus="yes">
        <source>The section table (%n section(s))</source>
        <translation>
            <numerusform>섹션 테이블(섹션 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Section %1's data (%2 bytes)</source>
        <translation>섹션 %1의 데이터(%2바이트)</translation>
    </message>
    <message>
        <source>The section described at offset %1 starts at offset %2, inside the previous section's data (which ends at offset %3)</source>
        <translation>오프셋 %1에 기술된 섹션이 오프셋 %2에서 시작하며, 이는 이전 섹션의 데이터(오프셋 %3에서 끝남) 안입니다</translation>
    </message>
    <message>
        <source>The certificate table (offset %1, %2 bytes) runs past the end of the file (%3 bytes)</source>
        <translation>인증서 테이블(오프셋 %1, %2바이트)이 파일 끝(%3바이트)을 넘어갑니다</translation>
    </message>
    <message>
        <source>The certificate table (offset %1) lies inside the headers (%2 bytes)</source>
        <translation>인증서 테이블(오프셋 %1)이 헤더(%2바이트) 안에 있습니다</translation>
    </message>
    <message>
        <source>The certificate table (offset %1, %2 bytes) overlaps a section's data (offset %3, %4 bytes)</source>
        <translation>인증서 테이블(오프셋 %1, %2바이트)이 섹션 데이터(오프셋 %3, %4바이트)와 겹칩니다</translation>
    </message>
    <message>
        <source>The COFF file header</source>
        <translation>COFF 파일 헤더</translation>
    </message>
    <message>
        <source>The headers (SizeOfHeaders %1 bytes)</source>
        <translation>헤더(SizeOfHeaders %1바이트)</translation>
    </message>
    <message>
        <source>SizeOfHeaders (%1 bytes) ends before the optional header's certificate table entry (offset %2)</source>
        <translation>SizeOfHeaders(%1바이트)가 선택적 헤더의 인증서 테이블 항목(오프셋 %2)보다 앞에서 끝납니다</translation>
    </message>
</context>
<context>
    <name>ctlv::RegistryExport</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>the hex value ends with a comma but no backslash; its continuation line is missing</source>
        <translation>16진 값이 쉼표로 끝나지만 백슬래시가 없습니다. 이어지는 줄이 없습니다</translation>
    </message>
    <message>
        <source>two commas without a hex byte between them</source>
        <translation>두 쉼표 사이에 16진 바이트가 없습니다</translation>
    </message>
    <message>
        <source>"%1" is not a hex byte</source>
        <translation>"%1"은 16진 바이트가 아닙니다</translation>
    </message>
    <message>
        <source>a registry export begins with "%1" or "%2"</source>
        <translation>레지스트리 내보내기는 "%1" 또는 "%2"로 시작합니다</translation>
    </message>
    <message>
        <source>the key name has no closing "]"</source>
        <translation>키 이름에 닫는 "]"가 없습니다</translation>
    </message>
    <message>
        <source>a value before the first [key]</source>
        <translation>첫 [키] 앞에 값이 있습니다</translation>
    </message>
    <message>
        <source>expected a [key], a "name"=value line or a blank line</source>
        <translation>[키], "이름"=값 줄 또는 빈 줄이 와야 합니다</translation>
    </message>
    <message>
        <source>the value name is not followed by "="</source>
        <translation>값 이름 뒤에 "="가 없습니다</translation>
    </message>
    <message>
        <source>the string value is not closed by "</source>
        <translation>문자열 값이 "로 닫히지 않습니다</translation>
    </message>
    <message>
        <source>a dword value takes eight hex digits</source>
        <translation>dword 값은 16진 숫자 8자리입니다</translation>
    </message>
    <message>
        <source>unknown value type "%1"</source>
        <translation>알 수 없는 값 유형 "%1"</translation>
    </message>
    <message>
        <source>the hex value of "%1" ends with a backslash, but the file ends there</source>
        <translation>"%1"의 16진 값이 백슬래시로 끝나지만 파일이 거기서 끝납니다</translation>
    </message>
    <message>
        <source>the hex value of "%1" ends with a backslash, but line %2 does not continue it</source>
        <translation>"%1"의 16진 값이 백슬래시로 끝나지만 %2행이 이어지지 않습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>ctlv::Sections</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The attribute is present with an empty value.</source>
        <translation>특성이 빈 값으로 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <comment>%1 is the count with the locale's digit grouping</comment>
        <translation>
            <numerusform>%1바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file size in KiB or MiB, then the exact count of bytes</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Cabinet archive (CAB)</source>
        <translation>캐비닛 압축 파일(CAB)</translation>
    </message>
    <message>
        <source>DER (binary PKCS #7)</source>
        <translation>DER(이진 PKCS #7)</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>PEM 텍스트</translation>
    </message>
    <message>
        <source>Base64 text</source>
        <translation>Base64 텍스트</translation>
    </message>
    <message numerus="yes">
        <source>%n CT log key(s)</source>
        <translation>
            <numerusform>CT 로그 키 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin rule(s)</source>
        <translation>
            <numerusform>고정 규칙 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>numbers %1; %n pin(s)</source>
        <translation>
            <numerusform>번호 %1, 고정 값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>CT log %1</source>
        <translation>CT 로그 %1</translation>
    </message>
    <message>
        <source>Log ID (SHA-256 of the log's public key); key: %1</source>
        <translation>로그 ID(로그 공개 키의 SHA-256), 키: %1</translation>
    </message>
    <message>
        <source>Pin rule %1</source>
        <translation>고정 규칙 %1</translation>
    </message>
    <message>
        <source>Log end date</source>
        <translation>로그 종료 날짜</translation>
    </message>
    <message>
        <source>Decoding problem</source>
        <translation>디코딩 문제</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Subject usage</source>
        <translation>주체 용도</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>List identifier</source>
        <translation>목록 식별자</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>일련 번호</translation>
    </message>
    <message>
        <source>Sequence number as FILETIME</source>
        <translation>FILETIME으로 본 일련 번호</translation>
    </message>
    <message>
        <source>Microsoft writes the FILETIME of the list's creation as its sequence number.</source>
        <translation>Microsoft는 목록을 만든 시각의 FILETIME을 일련 번호로 기록합니다.</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>이번 업데이트</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>다음 업데이트</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과 기간</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject algorithm</source>
        <translation>주체 알고리즘</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>CTL inside an OCTET STRING (CMS style)</source>
        <translation>OCTET STRING 안의 CTL(CMS 방식)</translation>
    </message>
    <message>
        <source>CTL SEQUENCE under [0] EXPLICIT (Microsoft style)</source>
        <translation>[0] EXPLICIT 아래의 CTL SEQUENCE(Microsoft 방식)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation>CAB 내부 파일</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>레지스트리 값</translation>
    </message>
    <message>
        <source>Certificates in the file</source>
        <translation>파일에 있는 인증서</translation>
    </message>
    <message>
        <source>None: the list is unsigned</source>
        <translation>없음: 목록이 서명되지 않음</translation>
    </message>
    <message>
        <source>Digest algorithms</source>
        <translation>다이제스트 알고리즘</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>확장</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>오프셋 %1</translation>
    </message>
    <message>
        <source>Trailing bytes</source>
        <translation>끝의 남는 바이트</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>식별 정보</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Identifier kind</source>
        <translation>식별자 종류</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>키 식별자</translation>
    </message>
    <message>
        <source>Subject name MD5</source>
        <translation>주체 이름 MD5</translation>
    </message>
    <message>
        <source>Signature hash</source>
        <translation>서명 해시</translation>
    </message>
    <message>
        <source>Public key MD5</source>
        <translation>공개 키 MD5</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>나열된 것 없음</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>Always (disabled since forever)</source>
        <translation>항상(처음부터 비활성화됨)</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>비활성화된 용도</translation>
    </message>
    <message>
        <source>Always (empty value)</source>
        <translation>항상(빈 값)</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore 용도</translation>
    </message>
    <message>
        <source>Chain policies</source>
        <translation>체인 정책</translation>
    </message>
    <message>
        <source>Disallowed as CA from</source>
        <translation>CA 사용 금지 시작일</translation>
    </message>
    <message>
        <source>EV policies</source>
        <translation>EV 정책</translation>
    </message>
    <message>
        <source>%1, flags 0x%2 (%3)</source>
        <translation>%1, 플래그 0x%2(%3)</translation>
    </message>
    <message>
        <source>Pin rules</source>
        <translation>고정 규칙</translation>
    </message>
    <message>
        <source>Pin rule indexes</source>
        <translation>고정 규칙 인덱스</translation>
    </message>
    <message>
        <source>Pin rule flags</source>
        <translation>고정 규칙 플래그</translation>
    </message>
    <message>
        <source>Unknown attributes</source>
        <translation>알 수 없는 특성</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>%1 (offset %2)</source>
        <translation>%1(오프셋 %2)</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>모든 특성</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>일련 번호</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>찾은 위치</translation>
    </message>
    <message>
        <source>the certificates of the signed data</source>
        <translation>서명된 데이터의 인증서</translation>
    </message>
    <message>
        <source>the certificates of the nested signature</source>
        <translation>중첩 서명의 인증서</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>유효 시작</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>유효 종료</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>공개 키</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2비트</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>서명 알고리즘</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>확장 키 사용</translation>
    </message>
    <message>
        <source>Any purpose (no EKU extension)</source>
        <translation>모든 용도(EKU 확장 없음)</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>인증 기관</translation>
    </message>
    <message>
        <source>End entity</source>
        <translation>최종 엔터티</translation>
    </message>
    <message>
        <source>Certificate authority, path length %1</source>
        <translation>인증 기관, 경로 길이 %1</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>기본 제약 조건</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>키 사용</translation>
    </message>
    <message>
        <source>Subject key identifier</source>
        <translation>주체 키 식별자</translation>
    </message>
    <message>
        <source>Authority key identifier</source>
        <translation>기관 키 식별자</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation>파일에 없음</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>추가 정보</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>서명 시간</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>서명된 콘텐츠</translation>
    </message>
    <message>
        <source>Digested bytes</source>
        <translation>다이제스트 대상 바이트</translation>
    </message>
    <message>
        <source>%1 bytes from offset %2</source>
        <translation>오프셋 %2부터 %1바이트</translation>
    </message>
    <message>
        <source>Content type attribute</source>
        <translation>콘텐츠 형식 특성</translation>
    </message>
    <message>
        <source>Message digest</source>
        <translation>메시지 다이제스트</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Digest matches</source>
        <translation>다이제스트 일치</translation>
    </message>
    <message>
        <source>Signature valid</source>
        <translation>서명 유효</translation>
    </message>
    <message>
        <source>Content type matches</source>
        <translation>콘텐츠 형식 일치</translation>
    </message>
    <message>
        <source>Signed attributes well formed</source>
        <translation>서명된 특성 형식 올바름</translation>
    </message>
    <message>
        <source>Chain trusted at signing</source>
        <translation>서명 시점에 체인 신뢰됨</translation>
    </message>
    <message>
        <source>Chain trusted now</source>
        <translation>현재 체인 신뢰됨</translation>
    </message>
    <message>
        <source>Effective purposes</source>
        <translation>유효 용도</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>Authorised to sign this list</source>
        <translation>이 목록에 서명할 권한 있음</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Chain error</source>
        <translation>체인 오류</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>확장</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>SDK name</source>
        <translation>SDK 이름</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>중요</translation>
    </message>
    <message>
        <source>Value size</source>
        <translation>값 크기</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Log list version</source>
        <translation>로그 목록 버전</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>표면적</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>비활성화 시작일</translation>
    </message>
    <message>
        <source>NotBefore</source>
        <translation>NotBefore</translation>
    </message>
    <message>
        <source>Digest algorithm</source>
        <translation>다이제스트 알고리즘</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>프로그램 이름</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Property %1</source>
        <translation>속성 %1</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>An entry of the list whose certificate was found in the added certificates</extracomment>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Missing</source>
        <extracomment>No added certificate is the one the entry names</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>SHA-256 mismatch</source>
        <translation>SHA-256 불일치</translation>
    </message>
    <message>
        <source>Linked certificate</source>
        <translation>연결된 인증서</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>중요: %1</translation>
    </message>
    <message>
        <source>Pin rule %1, pinned key %2</source>
        <translation>고정 규칙 %1, 고정된 키 %2</translation>
    </message>
    <message>
        <source>List identifier (GUID)</source>
        <translation>목록 식별자(GUID)</translation>
    </message>
    <message>
        <source>Driver signing policy</source>
        <translation>드라이버 서명 정책</translation>
    </message>
    <message>
        <source>Other CAB member</source>
        <translation>기타 CAB 내부 파일</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1(%2바이트)</translation>
    </message>
    <message>
        <source>Catalog member</source>
        <translation>카탈로그 구성원</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Hash of</source>
        <translation>해시 대상</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>해시</translation>
    </message>
    <message>
        <source>Subject interface package</source>
        <translation>주체 인터페이스 패키지(SIP)</translation>
    </message>
    <message>
        <source>Member version</source>
        <translation>구성원 버전</translation>
    </message>
    <message>
        <source>Member info 2 (undocumented)</source>
        <translation>구성원 정보 2(문서화되지 않음)</translation>
    </message>
    <message>
        <source>all subdomains</source>
        <translation>모든 하위 도메인</translation>
    </message>
    <message>
        <source>unknown 0x%1</source>
        <translation>알 수 없음 0x%1</translation>
    </message>
    <message>
        <source>Effective trust on %1, as of %2</source>
        <extracomment>Title of the detail pane's per-purpose trust table; %1 is a Windows generation, %2 a date</extracomment>
        <translation>%1의 유효 신뢰, %2 기준</translation>
    </message>
    <message>
        <source>Only certificates issued before %1</source>
        <extracomment>The NotBefore status with its date: certificates issued before it are still trusted</extracomment>
        <translation>%1 이전에 발급된 인증서만</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>A trust status and since when it applies, e.g. "Disabled since 2020-01-01"</extracomment>
        <translation>%1(%2부터)</translation>
    </message>
    <message>
        <source>the CAB archive also holds "%1" (%2 bytes, its file record at offset %3), which is not part of the list and is covered by no signature</source>
        <translation>CAB 압축 파일에 "%1"(%2바이트, 파일 레코드는 오프셋 %3)도 들어 있으며, 이 파일은 목록의 일부가 아니고 어떤 서명으로도 보호되지 않습니다</translation>
    </message>
</context>
<context>
    <name>ctlv::SignatureVerifier</name>
    <message>
        <source>unsupported PSS mask generation function %1</source>
        <translation>지원하지 않는 PSS 마스크 생성 함수 %1</translation>
    </message>
    <message>
        <source>the RSA-PSS parameters cannot be read: %1</source>
        <translation>RSA-PSS 매개 변수를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>the RSA-PSS hash (%1) differs from the signer's digest algorithm (%2)</source>
        <translation>RSA-PSS 해시(%1)가 서명자의 다이제스트 알고리즘(%2)과 다름</translation>
    </message>
    <message>
        <source>an RSA-PSS signature cannot come from the signer's non-RSA key</source>
        <translation>RSA-PSS 서명은 서명자의 RSA가 아닌 키에서 나올 수 없음</translation>
    </message>
    <message>
        <source>the signature algorithm is RSA, but the signer certificate holds a different kind of key</source>
        <translation>서명 알고리즘은 RSA인데 서명자 인증서의 키는 다른 종류임</translation>
    </message>
    <message>
        <source>the signature algorithm is ECDSA, but the signer certificate holds a different kind of key</source>
        <translation>서명 알고리즘은 ECDSA인데 서명자 인증서의 키는 다른 종류임</translation>
    </message>
    <message>
        <source>unsupported signature algorithm %1</source>
        <translation>지원하지 않는 서명 알고리즘 %1</translation>
    </message>
    <message>
        <source>unsupported digest algorithm %1</source>
        <translation>지원하지 않는 다이제스트 알고리즘 %1</translation>
    </message>
    <message>
        <source>the signature cannot be checked: %1</source>
        <translation>서명을 확인할 수 없음: %1</translation>
    </message>
    <message>
        <source>the RSA-PSS parameters are not usable: %1</source>
        <translation>RSA-PSS 매개 변수를 사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>the signature does not match the signer's public key</source>
        <translation>서명이 서명자의 공개 키와 일치하지 않음</translation>
    </message>
    <message>
        <source>the signature does not match the signer's public key (%1)</source>
        <translation>서명이 서명자의 공개 키와 일치하지 않음(%1)</translation>
    </message>
    <message>
        <source>the signed attributes contain %1 more than once, which PKCS #9 forbids</source>
        <translation>서명된 특성에 %1이(가) 두 번 이상 있음: PKCS #9에서 금지함</translation>
    </message>
    <message>
        <source>the signed attributes hold %1 messageDigest values instead of exactly one</source>
        <translation>서명된 특성에 messageDigest 값이 정확히 1개가 아니라 %1개 있음</translation>
    </message>
    <message>
        <source>the content's %1 hash does not equal the signed messageDigest: the signed bytes were changed after signing</source>
        <translation>콘텐츠의 %1 해시가 서명된 messageDigest와 다름: 서명 후에 서명된 바이트가 바뀜</translation>
    </message>
    <message>
        <source>the signed contentType attribute (%1) does not name the signed content (%2)</source>
        <translation>서명된 contentType 특성(%1)이 서명된 콘텐츠(%2)를 가리키지 않음</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the signer certificate's public key cannot be read</source>
        <translation>서명자 인증서의 공개 키를 읽을 수 없음</translation>
    </message>
    <message>
        <source>the list asks for more than %1 different hashes of its content (by digest algorithm and byte range), the limit; this one was not computed</source>
        <translation>목록이 내용의 서로 다른 해시(다이제스트 알고리즘과 바이트 범위별)를 한도인 %1개보다 많이 요구합니다. 이 해시는 계산하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustBundleDialog</name>
    <message>
        <source>Trust bundle</source>
        <translation>신뢰 묶음</translation>
    </message>
    <message>
        <source>Every purpose the list grants</source>
        <translation>목록이 허용하는 모든 용도</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>용도:</translation>
    </message>
    <message>
        <source>Trusted at:</source>
        <translation>신뢰 기준 시각:</translation>
    </message>
    <message>
        <source>Include roots restricted by a NotBefore date</source>
        <translation>NotBefore 날짜로 제한된 루트 포함</translation>
    </message>
    <message>
        <source>A PEM bundle cannot say "trusted only for certificates issued before a date": such roots are left out unless you include them.</source>
        <translation>PEM 묶음은 "특정 날짜 이전에 발급된 인증서에 대해서만 신뢰"를 표현할 수 없습니다. 이런 루트는 포함하도록 선택하지 않으면 제외됩니다.</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustControls</name>
    <message>
        <source>As &amp;of:</source>
        <extracomment>Above the entries table: the date the trust statuses describe</extracomment>
        <translation>기준 날짜(&amp;O):</translation>
    </message>
    <message>
        <source>The statuses describe a certificate issued on this day and used on this day (00:00 UTC): a Disable or NotBefore date on or before it applies.</source>
        <translation>상태는 이 날(00:00 UTC)에 발급되고 이 날에 사용된 인증서를 기준으로 합니다. 이 날짜 또는 그 이전의 Disable 또는 NotBefore 날짜가 적용됩니다.</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>기준 날짜</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>용도(&amp;P):</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>All purposes: only rules for every purpose decide; choose a purpose to apply the rules Microsoft set for it</source>
        <translation>모든 용도: 모든 용도에 대한 규칙만 판정에 쓰입니다. Microsoft가 특정 용도에 정한 규칙을 적용하려면 용도를 선택하십시오</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>&amp;Windows:</source>
        <translation>Windows(&amp;W):</translation>
    </message>
    <message>
        <source>Windows 7 and 8.1 ignore the Disable and NotBefore properties: such roots stay active there</source>
        <translation>Windows 7과 8.1은 Disable 및 NotBefore 속성을 무시하므로, 그런 루트도 이 버전에서는 계속 활성 상태입니다</translation>
    </message>
    <message>
        <source>Windows generation</source>
        <translation>Windows 세대</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <extracomment>Status filter: every status but "Trusted"</extracomment>
        <translation>신뢰되지 않음</translation>
    </message>
    <message>
        <source>Show entries with status</source>
        <translation>이 상태의 항목 표시</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustSettings</name>
    <message>
        <source>%1: the file holds no certificate</source>
        <translation>%1: 파일에 인증서가 없음</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustSettingsDialog</name>
    <message>
        <source>Trust and purposes</source>
        <translation>신뢰와 용도</translation>
    </message>
    <message>
        <source>Lists are checked against the bundled Microsoft roots. Add your organisation's root certificates here to check your own trust lists, and any purpose your organisation uses to authorise CTL signers.</source>
        <translation>목록은 포함된 Microsoft 루트 인증서를 기준으로 확인합니다. 조직의 자체 신뢰 목록을 확인하려면 조직의 루트 인증서를 여기에 추가하고, 조직에서 CTL 서명자 권한에 쓰는 용도도 추가하십시오.</translation>
    </message>
    <message>
        <source>Additional trusted root certificates (PEM or DER files):</source>
        <translation>추가로 신뢰할 루트 인증서(PEM 또는 DER 파일):</translation>
    </message>
    <message>
        <source>Trusted root files</source>
        <translation>신뢰할 루트 인증서 파일</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>신뢰할 루트 인증서</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer *.der);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Additional purposes (EKU OIDs) that authorise a CTL signer:</source>
        <translation>CTL 서명자 권한을 주는 추가 용도(EKU OID):</translation>
    </message>
    <message>
        <source>Accepted purposes</source>
        <translation>인정하는 용도</translation>
    </message>
    <message>
        <source>Add purpose…</source>
        <translation>용도 추가…</translation>
    </message>
    <message>
        <source>Accept a purpose</source>
        <translation>용도 인정</translation>
    </message>
    <message>
        <source>OID, for example 1.3.6.1.4.1.311.10.3.1:</source>
        <translation>OID(예: 1.3.6.1.4.1.311.10.3.1):</translation>
    </message>
    <message>
        <source>"%1" is not an OID in dotted form.</source>
        <translation>"%1"은(는) 점 표기 OID가 아닙니다.</translation>
    </message>
    <message>
        <source>Also trust the system's root certificates</source>
        <translation>시스템의 루트 인증서도 신뢰</translation>
    </message>
</context>
<context>
    <name>ctlv::TrustText</name>
    <message>
        <source>property 9 (granted purposes)</source>
        <extracomment>An authroot entry property (number 9): the purposes Microsoft grants a root</extracomment>
        <translation>속성 9(허용된 용도)</translation>
    </message>
    <message>
        <source>property 104 (Disable date)</source>
        <extracomment>An authroot entry property (number 104): the date a root is disabled from</extracomment>
        <translation>속성 104(Disable 날짜)</translation>
    </message>
    <message>
        <source>property 122 (purposes the Disable date applies to)</source>
        <translation>속성 122(Disable 날짜가 적용되는 용도)</translation>
    </message>
    <message>
        <source>property 126 (NotBefore date)</source>
        <extracomment>An authroot entry property (number 126): certificates issued after it are not trusted</extracomment>
        <translation>속성 126(NotBefore 날짜)</translation>
    </message>
    <message>
        <source>property 127 (purposes the NotBefore date applies to)</source>
        <translation>속성 127(NotBefore 날짜가 적용되는 용도)</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>속성 %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <extracomment>Effective trust status of a root for a purpose</extracomment>
        <translation>신뢰됨</translation>
    </message>
    <message>
        <source>Only certificates issued before a date</source>
        <extracomment>Effective trust status: trusted only for certificates issued before the NotBefore date</extracomment>
        <translation>특정 날짜 이전에 발급된 인증서만</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>Purpose not granted</source>
        <translation>용도 허용 안 됨</translation>
    </message>
    <message>
        <source>Disallowed</source>
        <translation>허용되지 않음</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>목록에 없음</translation>
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
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>no entry of the list names the root</source>
        <translation>목록에 이 루트를 가리키는 항목이 없음</translation>
    </message>
    <message>
        <source>a pin-rules list names domains, not roots</source>
        <translation>고정 규칙 목록은 루트가 아니라 도메인을 지정함</translation>
    </message>
    <message>
        <source>the certificate is in the disallowed list</source>
        <translation>인증서가 허용되지 않는 목록에 있음</translation>
    </message>
    <message>
        <source>the entry has no %1, so the list grants every purpose</source>
        <translation>항목에 %1이(가) 없으므로 목록이 모든 용도를 허용함</translation>
    </message>
    <message>
        <source>%1 grants %2</source>
        <translation>%1이(가) %2 용도를 허용함</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1이(가) %2 용도를 허용하지 않음</translation>
    </message>
    <message>
        <source>disabled since %1 by %2</source>
        <translation>%2에 따라 %1부터 비활성화됨</translation>
    </message>
    <message>
        <source>%1 is empty: read as disabled since always</source>
        <translation>%1이(가) 비어 있음: 처음부터 비활성화된 것으로 해석함</translation>
    </message>
    <message>
        <source>%1 lists %2 without a Disable date: disabled without a time limit</source>
        <translation>%1에 Disable 날짜 없이 %2이(가) 있음: 기한 없이 비활성화됨</translation>
    </message>
    <message>
        <source>disabled from %1 by %2</source>
        <translation>%2에 따라 %1부터 비활성화 예정</translation>
    </message>
    <message>
        <source>disabled from %1 for other purposes only, by %2</source>
        <translation>%2에 따라 %1부터 다른 용도에 대해서만 비활성화됨</translation>
    </message>
    <message>
        <source>disabled for other purposes only, by %1</source>
        <translation>%1에 따라 다른 용도에 대해서만 비활성화됨</translation>
    </message>
    <message>
        <source>certificates issued on or after %1 are not trusted by %2</source>
        <translation>%2에 따라 %1 이후에 발급된 인증서는 신뢰되지 않음</translation>
    </message>
    <message>
        <source>%1 is empty: read as no certificate trusted, whenever issued</source>
        <translation>%1이(가) 비어 있음: 발급 시기와 관계없이 어떤 인증서도 신뢰하지 않는 것으로 해석함</translation>
    </message>
    <message>
        <source>%1 lists %2 without a NotBefore date: no certificate trusted, whenever issued</source>
        <translation>%1에 NotBefore 날짜 없이 %2이(가) 있음: 발급 시기와 관계없이 어떤 인증서도 신뢰되지 않음</translation>
    </message>
    <message>
        <source>only certificates issued before %1 are trusted, by %2</source>
        <translation>%2에 따라 %1 이전에 발급된 인증서만 신뢰됨</translation>
    </message>
    <message>
        <source>a NotBefore date %1 for other purposes only, by %2</source>
        <translation>%2에 따라 다른 용도에 대해서만 NotBefore 날짜 %1이(가) 있음</translation>
    </message>
    <message>
        <source>a NotBefore rule for other purposes only, by %1</source>
        <translation>%1에 따라 다른 용도에 대해서만 NotBefore 규칙이 있음</translation>
    </message>
    <message>
        <source>%1 is set; Windows 7/8.1 ignores it</source>
        <translation>%1이(가) 설정되어 있음. Windows 7/8.1은 이를 무시함</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>A trust status and the date it took effect: "Disabled since 2026-05-19"</extracomment>
        <translation>%1(%2부터)</translation>
    </message>
</context>
<context>
    <name>ctlv::Validation</name>
    <message>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>The list is genuine: its signatures are intact and its signer is authorised and chains to a trusted root.</source>
        <translation>진짜 목록입니다. 서명이 손상되지 않았고, 서명자는 권한이 있으며 신뢰할 수 있는 루트로 연결됩니다.</translation>
    </message>
    <message>
        <source>The list is genuine: its signatures are intact and its signer is authorised; some points deserve attention.</source>
        <translation>진짜 목록입니다. 서명이 손상되지 않았고 서명자에게 권한이 있습니다. 다만 몇 가지 살펴볼 점이 있습니다.</translation>
    </message>
    <message>
        <source>The signatures are intact, but the signer does not chain to a trusted root.</source>
        <translation>서명은 손상되지 않았지만 서명자가 신뢰할 수 있는 루트로 연결되지 않습니다.</translation>
    </message>
    <message>
        <source>The list is not valid: a signature, the signer's authorisation or a time check fails.</source>
        <translation>유효하지 않은 목록입니다. 서명, 서명자 권한 또는 시간 확인 중 하나가 실패합니다.</translation>
    </message>
    <message>
        <source>The list carries no signature, so nothing vouches for its content.</source>
        <translation>목록에 서명이 없으므로 내용을 보증하는 것이 없습니다.</translation>
    </message>
    <message>
        <source>The file is damaged or not built as a Certificate Trust List must be.</source>
        <translation>파일이 손상되었거나 인증서 신뢰 목록이 갖춰야 할 구조가 아닙니다.</translation>
    </message>
    <message>
        <source>from the list's file</source>
        <translation>목록 파일에서</translation>
    </message>
    <message>
        <source>bundled Microsoft CA</source>
        <translation>포함된 Microsoft CA</translation>
    </message>
    <message>
        <source>bundled Microsoft root</source>
        <translation>포함된 Microsoft 루트</translation>
    </message>
    <message>
        <source>system trust store</source>
        <translation>시스템 신뢰 저장소</translation>
    </message>
    <message>
        <source>trust file you named</source>
        <translation>지정한 신뢰 파일</translation>
    </message>
</context>
<context>
    <name>ctlv::Validator</name>
    <message>
        <source>the certificate with serial number %1 issued by %2</source>
        <translation>%2이(가) 발급한 일련 번호 %1 인증서</translation>
    </message>
    <message>
        <source>primary signature</source>
        <translation>기본 서명</translation>
    </message>
    <message>
        <source>nested SHA-256 signature</source>
        <translation>중첩 SHA-256 서명</translation>
    </message>
    <message>
        <source>countersignature (timestamp)</source>
        <translation>연대 서명(타임스탬프)</translation>
    </message>
    <message>
        <source>The list is not signed</source>
        <translation>목록이 서명되지 않음</translation>
    </message>
    <message>
        <source>This file holds a Certificate Trust List, but %1. Nothing vouches for its content: anyone could have written or changed it. Do not import it; get the list again from Windows Update or from a trusted copy.</source>
        <translation>이 파일에는 인증서 신뢰 목록이 있지만 %1. 내용을 보증하는 것이 없으므로 누구든 작성하거나 바꿨을 수 있습니다. 가져오지 마시고, Windows Update나 신뢰할 수 있는 사본에서 목록을 다시 받으십시오.</translation>
    </message>
    <message>
        <source>its signerInfos set is empty</source>
        <translation>signerInfos 집합이 비어 있습니다</translation>
    </message>
    <message>
        <source>the signerInfos field that PKCS #7 requires is missing</source>
        <translation>PKCS #7이 요구하는 signerInfos 필드가 없습니다</translation>
    </message>
    <message>
        <source>Data after the end of the signed structure</source>
        <translation>서명된 구조 끝 뒤의 데이터</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the PKCS #7 structure. Windows never writes such data; the file was changed or damaged after it was produced. The bytes are not covered by any signature.</source>
        <translation>
            <numerusform>PKCS #7 구조 끝 뒤에 %n바이트가 더 있습니다. Windows는 이런 데이터를 쓰지 않으므로 파일이 만들어진 뒤에 바뀌었거나 손상되었습니다. 이 바이트는 어떤 서명으로도 보호되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>the time you asked for</source>
        <translation>지정한 시간</translation>
    </message>
    <message>
        <source>the time in the list's countersignature (timestamp)</source>
        <translation>목록의 연대 서명(타임스탬프)에 있는 시간</translation>
    </message>
    <message>
        <source>the list's thisUpdate time</source>
        <translation>목록의 thisUpdate 시간</translation>
    </message>
    <message>
        <source>Checked at the list's own time</source>
        <translation>목록 자체의 시간 기준으로 확인함</translation>
    </message>
    <message>
        <source>Certificates were checked as of %1, %2. A trust list is judged at the time it was signed: Microsoft's signer certificates live about a year, so judging an older list by today's date would wrongly call it expired. The check as of today (%3) is reported separately.</source>
        <translation>인증서는 %1 시점(%2)을 기준으로 확인했습니다. 신뢰 목록은 서명된 시점을 기준으로 판단합니다. Microsoft의 서명자 인증서는 수명이 약 1년이므로, 오래된 목록을 오늘 날짜로 판단하면 만료되었다고 잘못 판정하게 됩니다. 오늘(%3) 기준 확인 결과는 따로 보고합니다.</translation>
    </message>
    <message>
        <source>the signer certificate is not in the file</source>
        <translation>서명자 인증서가 파일에 없습니다</translation>
    </message>
    <message>
        <source>Signer certificate not found</source>
        <translation>서명자 인증서를 찾을 수 없음</translation>
    </message>
    <message>
        <source>The %1 names %2 as its signer, but the file does not contain that certificate, so the signature cannot be checked. Microsoft's lists always carry their signer certificate; this file was altered or built by someone else.</source>
        <translation>%1에는 %2이(가) 서명자로 되어 있지만 파일에 그 인증서가 없으므로 서명을 확인할 수 없습니다. Microsoft의 목록에는 항상 서명자 인증서가 들어 있습니다. 이 파일은 변경되었거나 다른 사람이 만든 것입니다.</translation>
    </message>
    <message>
        <source>Signed after the list's thisUpdate time (%1)</source>
        <translation>목록의 thisUpdate 시간 이후에 서명됨(%1)</translation>
    </message>
    <message>
        <source>Legacy signature format (%1)</source>
        <translation>레거시 서명 형식(%1)</translation>
    </message>
    <message>
        <source>The %1 by %2 holds the bare hash inside the RSA block, without the DigestInfo structure that names the hash algorithm. VeriSign's time-stamping service signed this way until about 2008; Windows accepts it, modern PKCS #1 checkers do not.</source>
        <translation>%2의 %1은(는) 해시 알고리즘을 나타내는 DigestInfo 구조 없이 RSA 블록 안에 해시만 담고 있습니다. VeriSign 타임스탬프 서비스가 2008년경까지 이렇게 서명했습니다. Windows는 이를 받아들이지만 최신 PKCS #1 검사기는 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>Timestamp does not verify</source>
        <translation>타임스탬프가 검증되지 않음</translation>
    </message>
    <message>
        <source>The countersignature (timestamp) by %1 does not verify: %2. The timestamp is ignored and the list is judged at its thisUpdate time; the list's own signature is not affected by this.</source>
        <translation>%1의 연대 서명(타임스탬프)이 검증되지 않습니다: %2. 타임스탬프는 무시하고 목록을 thisUpdate 시간 기준으로 판단합니다. 목록 자체의 서명에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Signature intact (%1)</source>
        <translation>서명 손상 없음(%1)</translation>
    </message>
    <message>
        <source>The %1 by %2 is intact: the signed hash equals the hash of the %3, and the signature over the signed attributes matches the signer's public key.</source>
        <translation>%2의 %1은(는) 손상되지 않았습니다. 서명된 해시가 %3의 해시와 같고, 서명된 특성에 대한 서명이 서명자의 공개 키와 일치합니다.</translation>
    </message>
    <message>
        <source>list's content</source>
        <translation>목록 내용</translation>
    </message>
    <message>
        <source>Content changed after signing</source>
        <translation>서명 후 내용이 바뀜</translation>
    </message>
    <message>
        <source>The %1 by %2 does not cover these bytes: the hash of the signed content differs from the one the signer signed. The list was changed after it was signed (or damaged). Do not trust its content; get a fresh copy.</source>
        <translation>%2의 %1은(는) 이 바이트를 보호하지 않습니다. 서명된 콘텐츠의 해시가 서명자가 서명한 해시와 다릅니다. 목록이 서명 후에 바뀌었거나 손상되었습니다. 내용을 신뢰하지 말고 새 사본을 받으십시오.</translation>
    </message>
    <message>
        <source>Signature does not verify (%1)</source>
        <translation>서명이 검증되지 않음(%1)</translation>
    </message>
    <message>
        <source>The %1 does not verify with the public key of %2: %3. Either the signed attributes were changed, or the signature was made with a different key than the certificate the signature names. The list cannot be trusted.</source>
        <translation>%1이(가) %2의 공개 키로 검증되지 않습니다: %3. 서명된 특성이 바뀌었거나, 서명이 가리키는 인증서와 다른 키로 서명되었습니다. 이 목록은 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>Signed content type does not match</source>
        <translation>서명된 콘텐츠 형식이 일치하지 않음</translation>
    </message>
    <message>
        <source>The %1's signed contentType attribute (%2) does not name the content it covers (%3). A signature made for another kind of data must not be accepted for a trust list.</source>
        <translation>%1의 서명된 contentType 특성(%2)이 서명 대상 콘텐츠(%3)를 가리키지 않습니다. 다른 종류의 데이터를 위해 만든 서명을 신뢰 목록에 인정해서는 안 됩니다.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Signed attributes are malformed</source>
        <translation>서명된 특성의 형식이 잘못됨</translation>
    </message>
    <message>
        <source>The %1 by %2 has malformed signed attributes: %3. Such a signature is rejected even when the cryptography holds, because it is ambiguous which value was signed.</source>
        <translation>%2의 %1에 형식이 잘못된 서명된 특성이 있습니다: %3. 어떤 값이 서명되었는지 모호하므로, 암호학적으로 맞더라도 이런 서명은 거부합니다.</translation>
    </message>
    <message>
        <source>MD5 used (%1)</source>
        <translation>MD5 사용(%1)</translation>
    </message>
    <message>
        <source>SHA-1 used (%1)</source>
        <translation>SHA-1 사용(%1)</translation>
    </message>
    <message>
        <source>Timestamp authority chains to a trusted root</source>
        <translation>타임스탬프 기관이 신뢰할 수 있는 루트로 연결됨</translation>
    </message>
    <message>
        <source>The time-stamping certificate %1 chains to %2.</source>
        <translation>타임스탬프 인증서 %1은(는) %2(으)로 연결됩니다.</translation>
    </message>
    <message>
        <source>Timestamp authority not trusted</source>
        <translation>타임스탬프 기관을 신뢰할 수 없음</translation>
    </message>
    <message>
        <source>The time-stamping certificate %1 does not chain to a trusted root: %2. Its time is not used; the list is judged at its thisUpdate time instead. The list's own signature is not affected.</source>
        <translation>타임스탬프 인증서 %1이(가) 신뢰할 수 있는 루트로 연결되지 않습니다: %2. 그 시간은 쓰지 않고 목록을 thisUpdate 시간 기준으로 판단합니다. 목록 자체의 서명에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Intermediate taken from the bundled Microsoft CAs</source>
        <translation>포함된 Microsoft CA에서 중간 인증서를 가져옴</translation>
    </message>
    <message>
        <source>The file does not carry %1, which issued a certificate in the chain of the %2. CTL Viewer used its bundled copy of this Microsoft CA, the way Windows uses its own CA store. Microsoft published some lists with the signer certificate alone.</source>
        <translation>파일에 %2의 체인에 있는 인증서를 발급한 %1이(가) 없습니다. CTL Viewer는 Windows가 자체 CA 저장소를 쓰는 것처럼 포함된 이 Microsoft CA 사본을 사용했습니다. Microsoft는 일부 목록을 서명자 인증서만 넣어 게시했습니다.</translation>
    </message>
    <message>
        <source>Legacy root certificate</source>
        <translation>레거시 루트 인증서</translation>
    </message>
    <message>
        <source>Signer chains to a trusted root (%1)</source>
        <translation>서명자가 신뢰할 수 있는 루트로 연결됨(%1)</translation>
    </message>
    <message>
        <source>The %1 certificate %2 chains to %3 (%4), checked as of %5.</source>
        <translation>%1 인증서 %2은(는) %3(%4)(으)로 연결됩니다(%5 기준 확인).</translation>
    </message>
    <message>
        <source>No chain to a trusted root (%1)</source>
        <translation>신뢰할 수 있는 루트로 연결되는 체인 없음(%1)</translation>
    </message>
    <message>
        <source>The %1 certificate %2 does not chain to a trusted root: %3. The signature itself may be intact, but nothing says the signer is who it claims to be. If this is your organisation's own list, name its root with --trust (or in the viewer's settings).</source>
        <translation>%1 인증서 %2이(가) 신뢰할 수 있는 루트로 연결되지 않습니다: %3. 서명 자체는 손상되지 않았을 수 있지만 서명자가 주장하는 그 주체라는 보증이 없습니다. 조직 자체의 목록이면 --trust(또는 뷰어 설정)로 그 루트를 지정하십시오.</translation>
    </message>
    <message>
        <source>Signer chain fails (%1)</source>
        <translation>서명자 체인 실패(%1)</translation>
    </message>
    <message>
        <source>The chain of the %1 certificate %2 fails as of %3: %4. The list cannot be trusted.</source>
        <translation>%1 인증서 %2의 체인이 %3 기준으로 실패합니다: %4. 이 목록은 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>Signer certificate has expired since the list was signed</source>
        <translation>목록 서명 이후 서명자 인증서가 만료됨</translation>
    </message>
    <message>
        <source>The %1 certificate %2 was valid when the list was signed (%3) but is not valid today: %4. This is expected: Microsoft re-signs the list about yearly with a new certificate, and Windows judges a list by the time it was signed. The list itself is fine; a newer list may exist.</source>
        <translation>%1 인증서 %2은(는) 목록에 서명할 때(%3)는 유효했지만 오늘은 유효하지 않습니다: %4. 예상된 일입니다. Microsoft는 약 1년마다 새 인증서로 목록에 다시 서명하며, Windows는 목록을 서명된 시점 기준으로 판단합니다. 목록 자체에는 문제가 없으며, 더 새로운 목록이 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Signer chain fails today</source>
        <translation>오늘 기준 서명자 체인 실패</translation>
    </message>
    <message>
        <source>As of today the chain of %1 fails: %2.</source>
        <translation>오늘 기준으로 %1의 체인이 실패합니다: %2.</translation>
    </message>
    <message>
        <source>any purpose</source>
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>Countersigner is not a time-stamping authority</source>
        <translation>연대 서명자가 타임스탬프 기관이 아님</translation>
    </message>
    <message>
        <source>Qualified Subordination is not a CTL-signing purpose</source>
        <translation>정규화된 하위(Qualified Subordination)는 CTL 서명 용도가 아님</translation>
    </message>
    <message>
        <source>The signer certificate %1 carries 1.3.6.1.4.1.311.10.3.10. In the Windows SDK (wincrypt.h) that OID is szOID_KP_QUALIFIED_SUBORDINATION, "Qualified Subordination", a purpose for signing cross-certificates and subordinate CA requests. A widely cited Microsoft article on CAPI2 Event ID 11 and the CTL dialog lists it as the second CTL-signing EKU and calls it msCTLSign, but the SDK gives msCTLSign as 1.3.6.1.4.1.311.10.3.1 (Microsoft Trust List Signing). The purposes that authorise a CTL signer are 1.3.6.1.4.1.311.10.3.1 and Root List Signer 1.3.6.1.4.1.311.10.3.9. %2</source>
        <translation>서명자 인증서 %1에는 1.3.6.1.4.1.311.10.3.10이 있습니다. Windows SDK(wincrypt.h)에서 이 OID는 szOID_KP_QUALIFIED_SUBORDINATION, 즉 "Qualified Subordination"(정규화된 하위)으로, 교차 인증서와 하위 CA 요청에 서명하는 용도입니다. CAPI2 이벤트 ID 11과 CTL 대화 상자에 관해 널리 인용되는 Microsoft 문서는 이 OID를 두 번째 CTL 서명 EKU로 나열하고 msCTLSign이라고 부르지만, SDK는 msCTLSign을 1.3.6.1.4.1.311.10.3.1(Microsoft Trust List Signing)로 정의합니다. CTL 서명자 권한을 주는 용도는 1.3.6.1.4.1.311.10.3.1과 Root List Signer 1.3.6.1.4.1.311.10.3.9입니다. %2</translation>
    </message>
    <message>
        <source>This signer is authorised by another of its purposes.</source>
        <translation>이 서명자는 다른 용도로 권한을 가집니다.</translation>
    </message>
    <message>
        <source>This signer has neither, so it is not authorised to sign trust lists.</source>
        <translation>이 서명자에게는 둘 다 없으므로 신뢰 목록에 서명할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Signer is authorised to sign trust lists (%1)</source>
        <translation>서명자에게 신뢰 목록 서명 권한이 있음(%1)</translation>
    </message>
    <message>
        <source>The purposes of %1, narrowed by every CA above it as Windows does, are: %2. %3</source>
        <translation>Windows와 같은 방식으로 상위 CA마다 좁힌 %1의 용도는 다음과 같습니다: %2. %3</translation>
    </message>
    <message>
        <source>A certificate without purpose restrictions may sign anything, including trust lists.</source>
        <translation>용도 제한이 없는 인증서는 신뢰 목록을 포함해 무엇이든 서명할 수 있습니다.</translation>
    </message>
    <message>
        <source>That includes a purpose Windows accepts for signing this kind of list (%1).</source>
        <translation>여기에는 Windows가 이런 종류의 목록 서명에 인정하는 용도(%1)가 포함됩니다.</translation>
    </message>
    <message>
        <source>Signer is not authorised to sign trust lists</source>
        <translation>서명자에게 신뢰 목록 서명 권한이 없음</translation>
    </message>
    <message>
        <source>The purposes of %1, narrowed by every CA above it as Windows does, are: %2. None of them allows signing a Certificate Trust List: that needs Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1) or Root List Signer (1.3.6.1.4.1.311.10.3.9)%3. The list was signed by the wrong kind of certificate and must not be trusted. If your organisation uses its own purpose for this, accept it with --accept-eku.</source>
        <translation>Windows와 같은 방식으로 상위 CA마다 좁힌 %1의 용도는 다음과 같습니다: %2. 이 중 어느 것도 인증서 신뢰 목록 서명을 허용하지 않습니다. 그러려면 Microsoft Trust List Signing(1.3.6.1.4.1.311.10.3.1) 또는 Root List Signer(1.3.6.1.4.1.311.10.3.9)%3이(가) 필요합니다. 이 목록은 잘못된 종류의 인증서로 서명되었으므로 신뢰해서는 안 됩니다. 조직에서 이 목적에 자체 용도를 쓴다면 --accept-eku로 인정하십시오.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>, or for pin rules Pin Rules Signer (1.3.6.1.4.1.311.10.3.31)</source>
        <translation>, 고정 규칙의 경우 Pin Rules Signer(1.3.6.1.4.1.311.10.3.31)</translation>
    </message>
    <message numerus="yes">
        <source>List is %n day(s) old</source>
        <translation>
            <numerusform>목록이 %n일 지남</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update publishes a new authroot list every few weeks to months; an old copy is not wrong, but may miss recent changes.</source>
        <translation>
            <numerusform>목록은 %1(thisUpdate)에 만들어졌으며 %2보다 %n일 전입니다. Windows Update는 몇 주에서 몇 달마다 새 authroot 목록을 게시합니다. 오래된 사본이 잘못된 것은 아니지만 최근 변경 사항이 빠져 있을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next update date has passed</source>
        <translation>다음 업데이트 날짜가 지남</translation>
    </message>
    <message>
        <source>The list says it should be replaced by %1 (nextUpdate). That date has passed; Windows treats such a list as out of date and tries to fetch a newer one.</source>
        <translation>목록에는 %1(nextUpdate)까지 교체되어야 한다고 되어 있습니다. 그 날짜가 지났으므로 Windows는 이 목록을 오래된 것으로 보고 새 목록을 가져오려고 합니다.</translation>
    </message>
    <message>
        <source>Certificate included twice</source>
        <translation>인증서가 두 번 포함됨</translation>
    </message>
    <message>
        <source>Certificate signed with MD5</source>
        <translation>MD5로 서명된 인증서</translation>
    </message>
    <message>
        <source>the list is not signed</source>
        <translation>목록이 서명되지 않았습니다</translation>
    </message>
    <message>
        <source>data follows the signed structure</source>
        <translation>서명된 구조 뒤에 데이터가 있습니다</translation>
    </message>
    <message>
        <source>the signer certificate of the %1 is missing</source>
        <translation>%1의 서명자 인증서가 없습니다</translation>
    </message>
    <message>
        <source>the %1 does not verify</source>
        <translation>%1이(가) 검증되지 않습니다</translation>
    </message>
    <message>
        <source>the %1's signer does not chain to a trusted root</source>
        <translation>%1의 서명자가 신뢰할 수 있는 루트로 연결되지 않습니다</translation>
    </message>
    <message>
        <source>the %1's signer is not authorised to sign trust lists</source>
        <translation>%1의 서명자에게 신뢰 목록 서명 권한이 없습니다</translation>
    </message>
    <message>
        <source>Windows' CTL dialog would not complain: the signer certificate carries Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1) and every check passes.</source>
        <translation>Windows CTL 대화 상자는 경고하지 않습니다. 서명자 인증서에 Microsoft Trust List Signing(1.3.6.1.4.1.311.10.3.1)이 있고 모든 확인을 통과합니다.</translation>
    </message>
    <message>
        <source>Windows' CTL dialog would show no warning</source>
        <translation>Windows CTL 대화 상자에 경고가 표시되지 않음</translation>
    </message>
    <message>
        <source>When you open this file in Windows, its dialog says "This certificate trust list is not valid. The certificate that signed the list is not valid." That warning is cosmetic. The signer, %1, carries only Root List Signer (1.3.6.1.4.1.311.10.3.9), the purpose Microsoft gives every certificate that signs its root, disallowed and pin-rules lists. Windows' chain verification accepts it for these lists, and the signatures, the chain and the signer's authorisation all check out here. The dialog only looks for the other CTL-signing purpose, Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). The warning has no effect on how Windows uses the list: nothing needs to be done.</source>
        <translation>이 파일을 Windows에서 열면 대화 상자에 "이 인증서 신뢰 목록은 유효하지 않습니다. 목록에 서명한 인증서가 유효하지 않습니다."라고 표시됩니다. 이 경고는 표면적인 것입니다. 서명자 %1에는 Microsoft가 루트, 허용되지 않는 인증서, 고정 규칙 목록에 서명하는 모든 인증서에 부여하는 용도인 Root List Signer(1.3.6.1.4.1.311.10.3.9)만 있습니다. Windows 체인 검증은 이 목록들에 대해 이 용도를 인정하며, 여기에서도 서명, 체인, 서명자 권한이 모두 확인을 통과합니다. 대화 상자는 다른 CTL 서명 용도인 Microsoft Trust List Signing(1.3.6.1.4.1.311.10.3.1)만 찾습니다. 이 경고는 Windows가 목록을 사용하는 방식에 아무 영향이 없으므로 따로 할 일은 없습니다.</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is cosmetic</source>
        <translation>Windows의 "유효하지 않음" 경고는 표면적임</translation>
    </message>
    <message>
        <source>Windows' CTL dialog would say "This certificate trust list is not valid", and here the warning is real: %1. Do not import or rely on this list.</source>
        <translation>Windows CTL 대화 상자에 "이 인증서 신뢰 목록은 유효하지 않습니다"라고 표시되며, 여기에서는 이 경고가 실제 문제입니다: %1. 이 목록을 가져오거나 신뢰하지 마십시오.</translation>
    </message>
    <message>
        <source>Windows' "not valid" warning is real</source>
        <translation>Windows의 "유효하지 않음" 경고는 실제 문제임</translation>
    </message>
    <message>
        <source>Entry attributes that cannot be decoded</source>
        <translation>디코딩할 수 없는 항목 특성</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) carry a purpose list that cannot be decoded; the first at offset %1: %2. Microsoft writes these lists correctly in every real file; these entries were damaged or crafted, and their purposes are shown as undecodable.</source>
        <translation>
            <numerusform>항목 %n개에 디코딩할 수 없는 용도 목록이 있습니다. 첫 번째는 오프셋 %1: %2. Microsoft는 실제 파일에서 이 목록을 항상 올바르게 기록합니다. 이 항목은 손상되었거나 조작되었으며, 그 용도는 디코딩할 수 없음으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timestamp time not used</source>
        <translation>타임스탬프 시간을 사용하지 않음</translation>
    </message>
    <message>
        <source>The countersignature (timestamp) says %1, which is %2. A timestamp is made over the list's signature, so it can be neither older than the list nor later than today. Its time is ignored and the list is judged at its thisUpdate time.</source>
        <translation>부서명(타임스탬프)의 시간은 %1이며, 이는 %2입니다. 타임스탬프는 목록의 서명에 대해 만들어지므로 목록보다 오래되었거나 오늘보다 나중일 수 없습니다. 이 시간은 무시되며 목록은 thisUpdate 시간 기준으로 판정됩니다.</translation>
    </message>
    <message>
        <source>before the list's thisUpdate time (%1)</source>
        <translation>목록의 thisUpdate 시간(%1) 이전</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>미래</translation>
    </message>
    <message>
        <source>its RSA public exponent is %1; RSA needs an odd exponent of at least 3, and with this one anyone can forge its signatures</source>
        <translation>RSA 공개 지수가 %1입니다. RSA에는 3 이상의 홀수 지수가 필요하며, 이 지수로는 누구나 서명을 위조할 수 있습니다</translation>
    </message>
    <message>
        <source>its RSA key has only %1 bits; keys under 2048 bits are considered breakable, under 1024 bits they have been broken</source>
        <translation>RSA 키가 %1비트뿐입니다. 2048비트 미만의 키는 깨질 수 있다고 보며, 1024비트 미만은 이미 깨졌습니다</translation>
    </message>
    <message>
        <source>its EC key spells out its curve parameters instead of naming a standard curve, which lets a forger choose a weak curve</source>
        <translation>EC 키가 표준 곡선을 지정하는 대신 곡선 매개변수를 직접 기술하므로, 위조자가 약한 곡선을 고를 수 있습니다</translation>
    </message>
    <message>
        <source>Weak key in the chain of the %1</source>
        <translation>%1의 체인에 약한 키</translation>
    </message>
    <message>
        <source>%1 is in the chain of the %2, and %3. %4</source>
        <translation>%1은(는) %2의 체인에 있으며, %3. %4</translation>
    </message>
    <message>
        <source>The timestamp's time is not used.</source>
        <translation>타임스탬프의 시간은 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>The list cannot be trusted.</source>
        <translation>이 목록은 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>Microsoft never signed its lists with such a key.</source>
        <translation>Microsoft는 이런 키로 목록에 서명한 적이 없습니다.</translation>
    </message>
    <message>
        <source>The countersignature's certificate %1 is good for %2: it, and every CA above it, must carry the Time Stamping purpose (1.3.6.1.5.5.7.3.8). Its time is ignored and the list is judged at its thisUpdate time.</source>
        <translation>부서명의 인증서 %1은(는) %2 용도입니다. 이 인증서와 그 위의 모든 CA에 타임스탬프 용도(1.3.6.1.5.5.7.3.8)가 있어야 합니다. 이 시간은 무시되며 목록은 thisUpdate 시간 기준으로 판정됩니다.</translation>
    </message>
    <message>
        <source>List is dated in the future</source>
        <translation>목록 날짜가 미래임</translation>
    </message>
    <message numerus="yes">
        <source>The list says it was produced on %1 (thisUpdate), %n day(s) after %2 (%3). A list cannot be signed before it was produced: its date is wrong, the computer's clock is wrong, or the list was made to look newer than it is. Do not rely on its date.</source>
        <translation>
            <numerusform>목록은 %1(thisUpdate)에 만들어졌다고 하며, 이는 %2(%3)보다 %n일 뒤입니다. 목록은 만들어지기 전에 서명될 수 없습니다. 날짜가 틀렸거나, 컴퓨터 시계가 틀렸거나, 목록이 실제보다 새것처럼 보이도록 만들어졌습니다. 이 날짜를 믿지 마십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>the time it is judged at</source>
        <translation>판정 시점</translation>
    </message>
    <message>
        <source>the chain of the %1 holds a weak key</source>
        <translation>%1의 체인에 약한 키가 있음</translation>
    </message>
    <message>
        <source>disallowed-certificate list</source>
        <translation>허용되지 않는 인증서 목록</translation>
    </message>
    <message>
        <source>pin-rules list</source>
        <translation>고정 규칙 목록</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message numerus="yes">
        <source>The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update publishes a new %3 every few weeks to months; an old copy is not wrong, but may miss recent changes.</source>
        <translation>
            <numerusform>목록은 %1(thisUpdate)에 만들어졌으며 %2보다 %n일 전입니다. Windows Update는 몇 주에서 몇 달마다 새 %3을(를) 게시합니다. 오래된 사본이 잘못된 것은 아니지만 최근 변경 사항이 빠져 있을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n times in the list's certificate bag. Windows uses one copy; the others change nothing, so this is harmless.</source>
        <translation>
            <numerusform>%1이(가) 목록의 인증서 모음에 %n번 나타납니다. Windows는 사본 하나만 사용하고 나머지는 아무것도 바꾸지 않으므로 무해합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed with MD5 with RSA. The list is dated %2, before forged MD5 certificates (December 2008) ended MD5 for signatures; Windows accepts it in a chain of that age. Nothing needs to be done.</source>
        <translation>%1은(는) MD5 with RSA로 서명되었습니다. 목록 날짜는 %2로, 위조된 MD5 인증서(2008년 12월)로 MD5가 서명에 쓰이지 않게 되기 전입니다. Windows는 그 시기의 체인에서는 이를 인정합니다. 조치할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is signed with MD5 with RSA, although the list is dated %2, after forged MD5 certificates (December 2008) ended MD5 for signatures. A certificate signed this way can be forged.</source>
        <translation>%1은(는) MD5 with RSA로 서명되었지만, 목록 날짜 %2은(는) 위조된 MD5 인증서(2008년 12월)로 MD5가 서명에 쓰이지 않게 된 이후입니다. 이렇게 서명된 인증서는 위조될 수 있습니다.</translation>
    </message>
    <message>
        <source>The %1 uses MD5, which has been broken for collisions since 2004. The list is dated %2, before forged MD5 certificates (December 2008) ended MD5 for signatures; Windows accepts a timestamp of that age, and a timestamp only dates the list: its own signature does not rely on it.</source>
        <translation>%1은(는) 2004년부터 충돌 공격에 깨진 MD5를 사용합니다. 목록 날짜는 %2로, 위조된 MD5 인증서(2008년 12월)로 MD5가 서명에 쓰이지 않게 되기 전입니다. Windows는 그 시기의 타임스탬프를 인정하며, 타임스탬프는 목록의 날짜만 증명할 뿐 목록 자체의 서명은 이에 의존하지 않습니다.</translation>
    </message>
    <message>
        <source>The %1 uses MD5, which has been broken for collisions since 2004 and unfit for signatures since forged MD5 certificates (December 2008). The list is dated %2; such a signature can be forged.</source>
        <translation>%1은(는) MD5를 사용합니다. MD5는 2004년부터 충돌 공격에 깨졌고, 위조된 MD5 인증서(2008년 12월) 이후로는 서명에 적합하지 않습니다. 목록 날짜는 %2이며, 이런 서명은 위조될 수 있습니다.</translation>
    </message>
    <message>
        <source> This list also carries a nested SHA-256 signature, which newer Windows versions check.</source>
        <translation> 이 목록에는 최신 Windows 버전이 확인하는 중첩 SHA-256 서명도 있습니다.</translation>
    </message>
    <message>
        <source>The %1 uses SHA-1. The list is dated %2, before Microsoft's lists became SHA-256-only (January 2020); Windows accepts SHA-1 in lists of that age.</source>
        <translation>%1은(는) SHA-1을 사용합니다. 목록 날짜는 %2로, Microsoft 목록이 SHA-256 전용이 되기(2020년 1월) 전입니다. Windows는 그 시기의 목록에서 SHA-1을 인정합니다.</translation>
    </message>
    <message>
        <source>The %1 uses SHA-1, although the list is dated %2, after Microsoft's lists became SHA-256-only (January 2020). SHA-1 collisions have been practical since 2017; a list signed this way today deserves a look.</source>
        <translation>%1은(는) SHA-1을 사용하지만, 목록 날짜 %2은(는) Microsoft 목록이 SHA-256 전용이 된(2020년 1월) 이후입니다. SHA-1 충돌은 2017년부터 실제로 가능해졌으므로, 지금 이렇게 서명된 목록은 살펴볼 필요가 있습니다.</translation>
    </message>
    <message>
        <source>A certificate in the chain of the %1 (%2) only became valid after the list's thisUpdate time (%3), so this signature was made later than the list's content. %5 The chain was checked as of %4, the earliest time all of it was valid.</source>
        <translation>%1의 체인에 있는 인증서(%2)는 목록의 thisUpdate 시간(%3) 이후에야 유효해졌으므로, 이 서명은 목록 내용보다 나중에 만들어졌습니다. %5 체인은 모든 인증서가 유효했던 가장 이른 시점인 %4 기준으로 확인했습니다.</translation>
    </message>
    <message>
        <source>A nested signature added to a list already published is made this way.</source>
        <translation>이미 게시된 목록에 추가된 중첩 서명은 이런 방식으로 만들어집니다.</translation>
    </message>
    <message>
        <source>The list was signed again after it was produced, with a newer certificate.</source>
        <translation>목록이 만들어진 뒤 더 새로운 인증서로 다시 서명되었습니다.</translation>
    </message>
    <message>
        <source>The time-stamping chain of %1 ends at %2, which this list itself names as a trusted root for time stamping (entry %3, %4). Windows holds that root and would accept the timestamp. The file carries only the root's hash, not its certificate, so the last link cannot be checked here: the timestamp's time is not used and the list is judged at its thisUpdate time. The list's own signature is not affected.</source>
        <translation>%1의 타임스탬프 체인은 %2에서 끝나며, 이 목록 자체가 이 루트를 타임스탬프용 신뢰할 수 있는 루트로 지정합니다(항목 %3, %4). Windows에는 이 루트가 있으므로 타임스탬프를 인정할 것입니다. 파일에는 루트의 인증서가 아니라 해시만 들어 있어 마지막 연결은 여기서 확인할 수 없습니다. 따라서 타임스탬프의 시간은 사용하지 않으며 목록은 thisUpdate 시간 기준으로 판정됩니다. 목록 자체의 서명에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (in the chain of the %2). Strict X.509 checkers such as OpenSSL reject this ("invalid CA certificate"), but Windows accepts such a root, so this is not counted against the list.</source>
        <translation>%1(%2의 체인에 있음). OpenSSL 같은 엄격한 X.509 검사기는 이를 거부하지만("invalid CA certificate") Windows는 이런 루트를 인정하므로, 목록에 불리하게 판정하지 않습니다.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>진짜</translation>
    </message>
    <message>
        <source>Genuine, with warnings</source>
        <translation>진짜(경고 있음)</translation>
    </message>
    <message>
        <source>Not trusted: the signer does not chain to a trusted root</source>
        <translation>신뢰되지 않음: 서명자가 신뢰할 수 있는 루트로 연결되지 않음</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>서명되지 않음</translation>
    </message>
    <message>
        <source>Damaged: not a well-formed list</source>
        <translation>손상됨: 올바른 형식의 목록이 아님</translation>
    </message>
</context>
<context>
    <name>ctlv::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>&lt;b&gt;Windows' "not valid" warning is cosmetic.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Windows의 "유효하지 않음" 경고는 표면적인 경고입니다.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Windows' "not valid" warning is real.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Windows의 "유효하지 않음" 경고는 실제 문제입니다.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Show all findings (%1, %2)</source>
        <comment>%1 is the errors' count, %2 the warnings'</comment>
        <translation>모든 발견 사항 보기(%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>오류 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>경고 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::VerdictText</name>
    <message>
        <source>Signed by %1, which chains to %2 as of %3.</source>
        <translation>%1이(가) 서명했으며, %3 기준으로 %2(으)로 연결됩니다.</translation>
    </message>
    <message>
        <source>The signer certificate has expired since then; that is normal for a list of this age and needs no action.</source>
        <translation>그 뒤 서명자 인증서가 만료되었습니다. 이 정도 오래된 목록에서는 정상이며 조치할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not valid: the signer is not authorised to sign trust lists</source>
        <translation>유효하지 않음: 서명자에게 신뢰 목록 서명 권한이 없음</translation>
    </message>
    <message>
        <source>Not valid: the signer carries 1.3.6.1.4.1.311.10.3.10 (Qualified Subordination), which does not authorise signing trust lists</source>
        <translation>유효하지 않음: 서명자에게 1.3.6.1.4.1.311.10.3.10(Qualified Subordination)이 있지만 이 용도는 신뢰 목록 서명 권한을 주지 않음</translation>
    </message>
    <message>
        <source>%1 carries 1.3.6.1.4.1.311.10.3.10, which the Windows SDK names Qualified Subordination. A widely cited Microsoft article on CAPI2 Event ID 11 calls it msCTLSign, mixing it up with Microsoft Trust List Signing (1.3.6.1.4.1.311.10.3.1). Windows accepts a trust list only from a signer with 1.3.6.1.4.1.311.10.3.1 or Root List Signer (1.3.6.1.4.1.311.10.3.9), and this one has neither: do not import the list.</source>
        <translation>%1에는 1.3.6.1.4.1.311.10.3.10이 있으며, Windows SDK는 이를 Qualified Subordination이라고 부릅니다. CAPI2 이벤트 ID 11에 관해 널리 인용되는 Microsoft 문서는 이를 msCTLSign이라고 부르며 Microsoft Trust List Signing(1.3.6.1.4.1.311.10.3.1)과 혼동합니다. Windows는 1.3.6.1.4.1.311.10.3.1 또는 Root List Signer(1.3.6.1.4.1.311.10.3.9)가 있는 서명자의 신뢰 목록만 받아들이며, 이 서명자에게는 둘 다 없습니다. 이 목록을 가져오지 마십시오.</translation>
    </message>
    <message>
        <source>Not genuine: the content was changed after it was signed</source>
        <translation>진짜가 아님: 서명 후 내용이 바뀜</translation>
    </message>
    <message>
        <source>Not genuine: the signature does not match its signer's key</source>
        <translation>진짜가 아님: 서명이 서명자의 키와 일치하지 않음</translation>
    </message>
    <message>
        <source>Not genuine: the signature was made for another kind of data</source>
        <translation>진짜가 아님: 다른 종류의 데이터에 대해 만들어진 서명임</translation>
    </message>
    <message>
        <source>Not genuine: the signed attributes are ambiguous</source>
        <translation>진짜가 아님: 서명된 특성이 모호함</translation>
    </message>
    <message>
        <source>Cannot be verified: the signer certificate is not in the file</source>
        <translation>확인할 수 없음: 서명자 인증서가 파일에 없음</translation>
    </message>
    <message>
        <source>Not valid: the signer's certificate chain fails</source>
        <translation>유효하지 않음: 서명자의 인증서 체인이 실패함</translation>
    </message>
    <message>
        <source>Not trustworthy: a key in the signer's chain is too weak</source>
        <translation>신뢰할 수 없음: 서명자 체인의 키가 너무 약함</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation>진짜</translation>
    </message>
    <message>
        <source>genuine, with points to look at</source>
        <translation>진짜, 살펴볼 점 있음</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>신뢰되지 않음</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>서명되지 않음</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>Intact, but not trusted: the signer does not chain to a trusted root</source>
        <translation>손상되지 않았지만 신뢰되지 않음: 서명자가 신뢰할 수 있는 루트로 연결되지 않음</translation>
    </message>
    <message>
        <source>Not signed: nothing vouches for this list</source>
        <translation>서명되지 않음: 이 목록을 보증하는 것이 없음</translation>
    </message>
    <message>
        <source>Damaged or altered: data follows the signed list</source>
        <translation>손상되었거나 변조됨: 서명된 목록 뒤에 데이터가 있음</translation>
    </message>
    <message>
        <source>Damaged: the file cannot be read as a trust list</source>
        <translation>손상됨: 파일을 신뢰 목록으로 읽을 수 없음</translation>
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
        <translation>Microsoft 인증서 신뢰 목록(authroot.stl, disallowedcert.stl, pinrules.stl, 엔터프라이즈 CTL)이나 Windows Update가 이를 배포하는 .cab 파일을 열어, 안에 무엇이 있는지, 진짜인지, Windows 자체 대화 상자가 왜 "유효하지 않음"이라고 할 수 있는지 확인하십시오. 이 창에 파일을 끌어다 놓거나 PEM 텍스트를 붙여 넣을 수도 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;bundled sample</source>
        <translation>포함된 예제 열기(&amp;B)</translation>
    </message>
    <message>
        <source>A real authrootstl.cab from Windows Update (June 2025)</source>
        <translation>Windows Update에서 받은 실제 authrootstl.cab(2025년 6월)</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>최근 파일:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
</context>
<context>
    <name>ctlv::der</name>
    <message>
        <source>an algorithm OID</source>
        <translation>알고리즘 OID</translation>
    </message>
    <message>
        <source>the AlgorithmIdentifier</source>
        <translation>AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>an attribute SEQUENCE</source>
        <translation>특성 SEQUENCE</translation>
    </message>
    <message>
        <source>the attribute type</source>
        <translation>특성 형식</translation>
    </message>
    <message>
        <source>the attribute's SET of values</source>
        <translation>특성의 값 SET</translation>
    </message>
    <message>
        <source>the attribute</source>
        <translation>특성</translation>
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
        <translation>정책 OID</translation>
    </message>
    <message>
        <source>PolicyQualifierInfo</source>
        <translation>PolicyQualifierInfo</translation>
    </message>
    <message>
        <source>the qualifier OID</source>
        <translation>한정자 OID</translation>
    </message>
    <message>
        <source>the PKCS #7 ContentInfo SEQUENCE</source>
        <translation>PKCS #7 ContentInfo SEQUENCE</translation>
    </message>
    <message>
        <source>the ContentInfo content type</source>
        <translation>ContentInfo 콘텐츠 형식</translation>
    </message>
    <message>
        <source>the [0] EXPLICIT signed data</source>
        <translation>[0] EXPLICIT 서명된 데이터</translation>
    </message>
    <message>
        <source>the SignedData SEQUENCE</source>
        <translation>SignedData SEQUENCE</translation>
    </message>
    <message>
        <source>the SignedData version</source>
        <translation>SignedData 버전</translation>
    </message>
    <message>
        <source>the SignedData digestAlgorithms SET</source>
        <translation>SignedData digestAlgorithms SET</translation>
    </message>
    <message>
        <source>a digest AlgorithmIdentifier</source>
        <translation>다이제스트 AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the encapsulated ContentInfo SEQUENCE</source>
        <translation>캡슐화된 ContentInfo SEQUENCE</translation>
    </message>
    <message>
        <source>the encapsulated content type</source>
        <translation>캡슐화된 콘텐츠 형식</translation>
    </message>
    <message>
        <source>the encapsulated ContentInfo</source>
        <translation>캡슐화된 ContentInfo</translation>
    </message>
    <message>
        <source>the SignedData</source>
        <translation>SignedData</translation>
    </message>
    <message>
        <source>a SignerInfo SEQUENCE</source>
        <translation>SignerInfo SEQUENCE</translation>
    </message>
    <message>
        <source>the SignerInfo version</source>
        <translation>SignerInfo 버전</translation>
    </message>
    <message>
        <source>the signer's issuer Name</source>
        <translation>서명자의 발급자 이름</translation>
    </message>
    <message>
        <source>the signer's serial number</source>
        <translation>서명자의 일련 번호</translation>
    </message>
    <message>
        <source>issuerAndSerialNumber</source>
        <translation>issuerAndSerialNumber</translation>
    </message>
    <message>
        <source>the signer's digest AlgorithmIdentifier</source>
        <translation>서명자의 다이제스트 AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the signature AlgorithmIdentifier</source>
        <translation>서명 AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the signature OCTET STRING</source>
        <translation>서명 OCTET STRING</translation>
    </message>
    <message>
        <source>the SignerInfo</source>
        <translation>SignerInfo</translation>
    </message>
    <message>
        <source>an attribute</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>the attribute values</source>
        <translation>특성 값</translation>
    </message>
    <message>
        <source>the nested content type</source>
        <translation>중첩 콘텐츠 형식</translation>
    </message>
    <message>
        <source>the nested [0] content</source>
        <translation>중첩 [0] 콘텐츠</translation>
    </message>
    <message>
        <source>the nested SignedData</source>
        <translation>중첩 SignedData</translation>
    </message>
    <message>
        <source>the [0] EXPLICIT CTL content</source>
        <translation>[0] EXPLICIT CTL 콘텐츠</translation>
    </message>
    <message>
        <source>the CertificateTrustList SEQUENCE inside the OCTET STRING</source>
        <translation>OCTET STRING 안의 CertificateTrustList SEQUENCE</translation>
    </message>
    <message>
        <source>the OCTET STRING holding the CTL</source>
        <translation>CTL을 담은 OCTET STRING</translation>
    </message>
    <message>
        <source>the CertificateTrustList SEQUENCE</source>
        <translation>CertificateTrustList SEQUENCE</translation>
    </message>
    <message>
        <source>the CTL subjectUsage SEQUENCE</source>
        <translation>CTL subjectUsage SEQUENCE</translation>
    </message>
    <message>
        <source>a subjectUsage OID</source>
        <translation>subjectUsage OID</translation>
    </message>
    <message>
        <source>the CTL subjectAlgorithm AlgorithmIdentifier</source>
        <translation>CTL subjectAlgorithm AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>a TrustedSubject SEQUENCE</source>
        <translation>TrustedSubject SEQUENCE</translation>
    </message>
    <message>
        <source>the CTL Extensions SEQUENCE</source>
        <translation>CTL Extensions SEQUENCE</translation>
    </message>
    <message>
        <source>the [0] CTL extensions</source>
        <translation>[0] CTL 확장</translation>
    </message>
    <message>
        <source>the CertificateTrustList</source>
        <translation>CertificateTrustList</translation>
    </message>
    <message>
        <source>an Extension SEQUENCE</source>
        <translation>Extension SEQUENCE</translation>
    </message>
    <message>
        <source>the extension OID</source>
        <translation>확장 OID</translation>
    </message>
    <message>
        <source>the extension value OCTET STRING</source>
        <translation>확장 값 OCTET STRING</translation>
    </message>
    <message>
        <source>the Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>the CT log list SEQUENCE</source>
        <translation>CT 로그 목록 SEQUENCE</translation>
    </message>
    <message>
        <source>the CT log list</source>
        <translation>CT 로그 목록</translation>
    </message>
    <message>
        <source>a version number</source>
        <translation>버전 번호</translation>
    </message>
    <message>
        <source>a log's SubjectPublicKeyInfo</source>
        <translation>로그의 SubjectPublicKeyInfo</translation>
    </message>
    <message>
        <source>the key AlgorithmIdentifier</source>
        <translation>키 AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the key algorithm</source>
        <translation>키 알고리즘</translation>
    </message>
    <message>
        <source>the pin rules SEQUENCE</source>
        <translation>고정 규칙 SEQUENCE</translation>
    </message>
    <message>
        <source>a pin rule SEQUENCE</source>
        <translation>고정 규칙 하나의 SEQUENCE</translation>
    </message>
    <message>
        <source>a pin SEQUENCE</source>
        <translation>고정 값 SEQUENCE</translation>
    </message>
    <message>
        <source>the subject identifier OCTET STRING</source>
        <translation>주체 식별자 OCTET STRING</translation>
    </message>
    <message>
        <source>the TrustedSubject</source>
        <translation>TrustedSubject</translation>
    </message>
    <message>
        <source>expected a DER element at offset %1, but the data ends there</source>
        <translation>오프셋 %1에 DER 요소가 필요하지만 데이터가 거기서 끝남</translation>
    </message>
    <message>
        <source>multi-byte tag at offset %1 is not used by any CTL structure</source>
        <translation>오프셋 %1의 다중 바이트 태그는 어떤 CTL 구조에서도 쓰지 않음</translation>
    </message>
    <message>
        <source>truncated: the length of the %1 at offset %2 is missing (data ends at offset %3)</source>
        <translation>잘림: 오프셋 %2에 있는 %1의 길이가 없음(데이터가 오프셋 %3에서 끝남)</translation>
    </message>
    <message>
        <source>the %1 at offset %2 uses a BER indefinite length; DER requires a definite length</source>
        <translation>오프셋 %2의 %1이(가) BER 부정 길이를 사용함. DER에서는 확정 길이가 필요함</translation>
    </message>
    <message>
        <source>the %1 at offset %2 declares a length of %3 octets, more than any real file needs</source>
        <translation>오프셋 %2의 %1이(가) 실제 파일에 필요한 것보다 큰 %3옥텟 길이를 선언함</translation>
    </message>
    <message>
        <source>truncated: the length of the %1 at offset %2 is cut off (data ends at offset %3)</source>
        <translation>잘림: 오프셋 %2에 있는 %1의 길이가 잘림(데이터가 오프셋 %3에서 끝남)</translation>
    </message>
    <message>
        <source>the %1 at offset %2 has a length that is not minimally encoded (BER, not DER)</source>
        <translation>오프셋 %2의 %1 길이가 최소 인코딩이 아님(DER이 아니라 BER)</translation>
    </message>
    <message>
        <source>truncated: the %1 at offset %2 declares %3 bytes of content, but only %4 bytes follow (the enclosing data ends at offset %5)</source>
        <translation>잘림: 오프셋 %2의 %1이(가) %3바이트 내용을 선언하지만 뒤따르는 것은 %4바이트뿐임(둘러싼 데이터가 오프셋 %5에서 끝남)</translation>
    </message>
    <message>
        <source>structures nested more than %1 levels deep at offset %2</source>
        <translation>오프셋 %2에서 구조가 %1단계보다 깊게 중첩됨</translation>
    </message>
    <message>
        <source>expected %1 (%2) at offset %3, but the enclosing structure ends there</source>
        <translation>오프셋 %3에 %1(%2)이(가) 필요하지만 둘러싼 구조가 거기서 끝남</translation>
    </message>
    <message>
        <source>expected %1 (%2) at offset %3, found %4</source>
        <translation>오프셋 %3에 %1(%2)이(가) 필요하지만 %4이(가) 있음</translation>
    </message>
    <message>
        <source>unexpected %1 at offset %2 after the end of %3</source>
        <translation>%3의 끝 다음 오프셋 %2에 예상하지 않은 %1이(가) 있음</translation>
    </message>
    <message>
        <source>malformed OBJECT IDENTIFIER at offset %1</source>
        <translation>오프셋 %1의 OBJECT IDENTIFIER 형식이 잘못됨</translation>
    </message>
    <message>
        <source>expected a time (UTCTime or GeneralizedTime) at offset %1, found %2</source>
        <translation>오프셋 %1에 시간(UTCTime 또는 GeneralizedTime)이 필요하지만 %2이(가) 있음</translation>
    </message>
    <message>
        <source>malformed %1 "%2" at offset %3</source>
        <translation>오프셋 %3의 %1 "%2" 형식이 잘못됨</translation>
    </message>
    <message>
        <source>expected a small INTEGER at offset %1</source>
        <translation>오프셋 %1에 작은 INTEGER가 필요함</translation>
    </message>
    <message>
        <source>a SEQUENCE OF OBJECT IDENTIFIER</source>
        <translation>SEQUENCE OF OBJECT IDENTIFIER</translation>
    </message>
    <message>
        <source>the SEQUENCE OF OBJECT IDENTIFIER</source>
        <translation>SEQUENCE OF OBJECT IDENTIFIER</translation>
    </message>
    <message>
        <source>an OBJECT IDENTIFIER</source>
        <translation>OBJECT IDENTIFIER</translation>
    </message>
    <message>
        <source>RSASSA-PSS parameters</source>
        <translation>RSASSA-PSS 매개 변수</translation>
    </message>
    <message>
        <source>the PSS hash algorithm</source>
        <translation>PSS 해시 알고리즘</translation>
    </message>
    <message>
        <source>the PSS hash OID</source>
        <translation>PSS 해시 OID</translation>
    </message>
    <message>
        <source>the PSS mask generation algorithm</source>
        <translation>PSS 마스크 생성 알고리즘</translation>
    </message>
    <message>
        <source>the MGF OID</source>
        <translation>MGF OID</translation>
    </message>
    <message>
        <source>the MGF1 hash algorithm</source>
        <translation>MGF1 해시 알고리즘</translation>
    </message>
    <message>
        <source>the MGF1 hash OID</source>
        <translation>MGF1 해시 OID</translation>
    </message>
    <message>
        <source>the PSS salt length</source>
        <translation>PSS 솔트 길이</translation>
    </message>
    <message>
        <source>the attribute's OCTET STRING</source>
        <translation>특성의 OCTET STRING</translation>
    </message>
    <message>
        <source>the %1 at offset %2 uses the BER constructed form of a string type; DER requires the primitive form</source>
        <translation>오프셋 %2의 %1이(가) 문자열 유형의 BER 구성 형식을 사용합니다. DER에는 기본 형식이 필요합니다</translation>
    </message>
    <message>
        <source>the INTEGER at offset %1 has no content octets; DER requires at least one</source>
        <translation>오프셋 %1의 INTEGER에 내용 옥텟이 없습니다. DER에는 최소 하나가 필요합니다</translation>
    </message>
    <message>
        <source>the INTEGER at offset %1 is not minimally encoded (its first octet is redundant), which DER forbids</source>
        <translation>오프셋 %1의 INTEGER가 최소 길이로 인코딩되지 않았습니다(첫 옥텟이 불필요). DER은 이를 금지합니다</translation>
    </message>
    <message>
        <source>the SET OF at offset %1 is not sorted as DER requires: the element at offset %2 must come before the one at offset %3</source>
        <translation>오프셋 %1의 SET OF가 DER 요구대로 정렬되지 않았습니다. 오프셋 %2의 요소가 오프셋 %3의 요소보다 앞에 와야 합니다</translation>
    </message>
    <message>
        <source>SPC_INDIRECT_DATA</source>
        <translation>SPC_INDIRECT_DATA</translation>
    </message>
    <message>
        <source>the SPC data type and value</source>
        <translation>SPC 데이터 형식과 값</translation>
    </message>
    <message>
        <source>the SPC data type</source>
        <translation>SPC 데이터 형식</translation>
    </message>
    <message>
        <source>the DigestInfo</source>
        <translation>DigestInfo</translation>
    </message>
    <message>
        <source>the digest AlgorithmIdentifier</source>
        <translation>다이제스트 AlgorithmIdentifier</translation>
    </message>
    <message>
        <source>the digest algorithm</source>
        <translation>다이제스트 알고리즘</translation>
    </message>
    <message>
        <source>the digest</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>CAT_MEMBERINFO</source>
        <translation>CAT_MEMBERINFO</translation>
    </message>
    <message>
        <source>the subject GUID</source>
        <translation>주체 GUID</translation>
    </message>
    <message>
        <source>the member version</source>
        <translation>구성원 버전</translation>
    </message>
    <message>
        <source>CAT_NAMEVALUE</source>
        <translation>CAT_NAMEVALUE</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>the flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>the timestamp token's content type</source>
        <translation>타임스탬프 토큰의 콘텐츠 형식</translation>
    </message>
    <message>
        <source>the timestamp token's [0] content</source>
        <translation>타임스탬프 토큰의 [0] 콘텐츠</translation>
    </message>
    <message>
        <source>the timestamp token's SignedData</source>
        <translation>타임스탬프 토큰의 SignedData</translation>
    </message>
    <message>
        <source>the timestamp's encapsulated content</source>
        <translation>타임스탬프의 캡슐화된 콘텐츠</translation>
    </message>
    <message>
        <source>the timestamp's content type</source>
        <translation>타임스탬프의 콘텐츠 형식</translation>
    </message>
    <message>
        <source>the timestamp's [0] TSTInfo</source>
        <translation>타임스탬프의 [0] TSTInfo</translation>
    </message>
    <message>
        <source>the TSTInfo OCTET STRING</source>
        <translation>TSTInfo OCTET STRING</translation>
    </message>
    <message>
        <source>the timestamp's signerInfos SET</source>
        <translation>타임스탬프의 signerInfos SET</translation>
    </message>
    <message>
        <source>the TSTInfo SEQUENCE</source>
        <translation>TSTInfo SEQUENCE</translation>
    </message>
    <message>
        <source>the TSTInfo version</source>
        <translation>TSTInfo 버전</translation>
    </message>
    <message>
        <source>the TSTInfo policy</source>
        <translation>TSTInfo 정책</translation>
    </message>
    <message>
        <source>the messageImprint</source>
        <translation>messageImprint</translation>
    </message>
    <message>
        <source>the messageImprint algorithm</source>
        <translation>messageImprint 알고리즘</translation>
    </message>
    <message>
        <source>the messageImprint hash</source>
        <translation>messageImprint 해시</translation>
    </message>
    <message>
        <source>the TSTInfo serialNumber</source>
        <translation>TSTInfo serialNumber</translation>
    </message>
    <message>
        <source>the TSTInfo genTime</source>
        <translation>TSTInfo genTime</translation>
    </message>
</context>
<context>
    <name>ctlv::oid</name>
    <message>
        <source>PKCS #7 data</source>
        <translation>PKCS #7 데이터</translation>
    </message>
    <message>
        <source>PKCS #7 signed data</source>
        <translation>PKCS #7 서명된 데이터</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>콘텐츠 형식</translation>
    </message>
    <message>
        <source>Message digest</source>
        <translation>메시지 다이제스트</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>서명 시간</translation>
    </message>
    <message>
        <source>Countersignature</source>
        <translation>연대 서명</translation>
    </message>
    <message>
        <source>Sequence number (PKCS #9)</source>
        <translation>일련 번호(PKCS #9)</translation>
    </message>
    <message>
        <source>Program name and information URL (SpcSpOpusInfo)</source>
        <translation>프로그램 이름과 정보 URL(SpcSpOpusInfo)</translation>
    </message>
    <message>
        <source>Nested signature</source>
        <translation>중첩 서명</translation>
    </message>
    <message>
        <source>RFC 3161 timestamp</source>
        <translation>RFC 3161 타임스탬프</translation>
    </message>
    <message>
        <source>Certificate Trust List</source>
        <translation>인증서 신뢰 목록</translation>
    </message>
    <message>
        <source>Sorted CTL</source>
        <translation>정렬된 CTL</translation>
    </message>
    <message>
        <source>Next update location</source>
        <translation>다음 업데이트 위치</translation>
    </message>
    <message>
        <source>Microsoft Trust List Signing</source>
        <translation>Microsoft 신뢰 목록 서명</translation>
    </message>
    <message>
        <source>Microsoft Time Stamping</source>
        <translation>Microsoft 타임스탬프</translation>
    </message>
    <message>
        <source>Microsoft Server Gated Crypto</source>
        <translation>Microsoft 서버 게이트 암호화</translation>
    </message>
    <message>
        <source>Encrypting File System</source>
        <translation>파일 시스템 암호화</translation>
    </message>
    <message>
        <source>File Recovery</source>
        <translation>파일 복구</translation>
    </message>
    <message>
        <source>Windows Hardware Driver Verification</source>
        <translation>Windows 하드웨어 드라이버 확인</translation>
    </message>
    <message>
        <source>Windows System Component Verification</source>
        <translation>Windows 시스템 구성 요소 확인</translation>
    </message>
    <message>
        <source>OEM Windows System Component Verification</source>
        <translation>OEM Windows 시스템 구성 요소 확인</translation>
    </message>
    <message>
        <source>Embedded Windows System Component Verification</source>
        <translation>임베디드 Windows 시스템 구성 요소 확인</translation>
    </message>
    <message>
        <source>Root List Signer</source>
        <translation>루트 목록 서명자</translation>
    </message>
    <message>
        <source>Qualified Subordination</source>
        <translation>정규화된 하위</translation>
    </message>
    <message>
        <source>Key Recovery</source>
        <translation>키 복구</translation>
    </message>
    <message>
        <source>Document Signing</source>
        <translation>문서 서명</translation>
    </message>
    <message>
        <source>Lifetime Signing</source>
        <translation>수명 서명</translation>
    </message>
    <message>
        <source>Revoked List Signer</source>
        <translation>해지 목록 서명자</translation>
    </message>
    <message>
        <source>Disallowed List</source>
        <translation>허용되지 않는 목록</translation>
    </message>
    <message>
        <source>Pin Rules Signer</source>
        <translation>고정 규칙 서명자</translation>
    </message>
    <message>
        <source>Pin Rules CTL</source>
        <translation>고정 규칙 CTL</translation>
    </message>
    <message>
        <source>Pin Rules extension</source>
        <translation>고정 규칙 확장</translation>
    </message>
    <message>
        <source>Pin Rules domain name</source>
        <translation>고정 규칙 도메인 이름</translation>
    </message>
    <message>
        <source>Pin Rules log end date</source>
        <translation>고정 규칙 로그 종료 날짜</translation>
    </message>
    <message>
        <source>Sync root CTL</source>
        <translation>루트 동기화 CTL</translation>
    </message>
    <message>
        <source>Flighted CTL</source>
        <translation>플라이팅 CTL</translation>
    </message>
    <message>
        <source>Certificate Transparency log list</source>
        <translation>인증서 투명성 로그 목록</translation>
    </message>
    <message>
        <source>HPKP domain names CTL</source>
        <translation>HPKP 도메인 이름 CTL</translation>
    </message>
    <message>
        <source>HPKP header values CTL</source>
        <translation>HPKP 헤더 값 CTL</translation>
    </message>
    <message>
        <source>Yes/no trust</source>
        <translation>예/아니요 신뢰</translation>
    </message>
    <message>
        <source>Pin rule index</source>
        <translation>고정 규칙 인덱스</translation>
    </message>
    <message>
        <source>Pin rule flags</source>
        <translation>고정 규칙 플래그</translation>
    </message>
    <message>
        <source>Catalog list</source>
        <translation>카탈로그 목록</translation>
    </message>
    <message>
        <source>Catalog list member</source>
        <translation>카탈로그 목록 구성원</translation>
    </message>
    <message>
        <source>Enabled purposes (EKUs)</source>
        <translation>사용하도록 설정된 용도(EKU)</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Signature hash (disallowed hash)</source>
        <translation>서명 해시(허용되지 않는 해시)</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>키 식별자</translation>
    </message>
    <message>
        <source>Subject public key MD5</source>
        <translation>주체 공개 키 MD5</translation>
    </message>
    <message>
        <source>Subject name MD5</source>
        <translation>주체 이름 MD5</translation>
    </message>
    <message>
        <source>Root program policies (EV)</source>
        <translation>루트 프로그램 정책(EV)</translation>
    </message>
    <message>
        <source>Root program name constraints</source>
        <translation>루트 프로그램 이름 제약 조건</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <source>Disabled from</source>
        <translation>비활성화 시작일</translation>
    </message>
    <message>
        <source>Root program chain policies</source>
        <translation>루트 프로그램 체인 정책</translation>
    </message>
    <message>
        <source>Disabled purposes</source>
        <translation>비활성화된 용도</translation>
    </message>
    <message>
        <source>NotBefore date</source>
        <translation>NotBefore 날짜</translation>
    </message>
    <message>
        <source>NotBefore purposes</source>
        <translation>NotBefore 용도</translation>
    </message>
    <message>
        <source>Disallowed as CA from</source>
        <translation>CA 사용 금지 시작일</translation>
    </message>
    <message>
        <source>Root program flags</source>
        <translation>루트 프로그램 플래그</translation>
    </message>
    <message>
        <source>Auto-update CA revocation</source>
        <translation>CA 해지 자동 업데이트</translation>
    </message>
    <message>
        <source>Auto-update end revocation</source>
        <translation>최종 인증서 해지 자동 업데이트</translation>
    </message>
    <message>
        <source>No OCSP failover to CRL</source>
        <translation>OCSP 실패 시 CRL로 전환 안 함</translation>
    </message>
    <message>
        <source>EV disabled (Microsoft root program)</source>
        <translation>EV 비활성화됨(Microsoft 루트 프로그램)</translation>
    </message>
    <message>
        <source>Microsoft root program purpose 94.1.2</source>
        <translation>Microsoft 루트 프로그램 용도 94.1.2</translation>
    </message>
    <message>
        <source>Smart Card Logon</source>
        <translation>스마트 카드 로그온</translation>
    </message>
    <message>
        <source>Key Recovery Agent</source>
        <translation>키 복구 에이전트</translation>
    </message>
    <message>
        <source>Kernel Mode Code Signing</source>
        <translation>커널 모드 코드 서명</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>모든 용도</translation>
    </message>
    <message>
        <source>Server Authentication</source>
        <translation>서버 인증</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>클라이언트 인증</translation>
    </message>
    <message>
        <source>Code Signing</source>
        <translation>코드 서명</translation>
    </message>
    <message>
        <source>Secure Email</source>
        <translation>보안 전자 메일</translation>
    </message>
    <message>
        <source>IP security end system</source>
        <translation>IP 보안 최종 시스템</translation>
    </message>
    <message>
        <source>IP security tunnel termination</source>
        <translation>IP 보안 터널 종료</translation>
    </message>
    <message>
        <source>IP security user</source>
        <translation>IP 보안 사용자</translation>
    </message>
    <message>
        <source>Time Stamping</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>OCSP Signing</source>
        <translation>OCSP 서명</translation>
    </message>
    <message>
        <source>IP security IKE intermediate</source>
        <translation>IP 보안 IKE 중간</translation>
    </message>
    <message>
        <source>Extended Validation (CA/B Forum)</source>
        <translation>확장 유효성 검사(CA/B 포럼)</translation>
    </message>
    <message>
        <source>EV Code Signing (CA/B Forum)</source>
        <translation>EV 코드 서명(CA/B 포럼)</translation>
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
        <translation>MD5 with RSA</translation>
    </message>
    <message>
        <source>SHA-1 with RSA</source>
        <translation>SHA-1 with RSA</translation>
    </message>
    <message>
        <source>RSA-PSS</source>
        <translation>RSA-PSS</translation>
    </message>
    <message>
        <source>SHA-256 with RSA</source>
        <translation>SHA-256 with RSA</translation>
    </message>
    <message>
        <source>SHA-384 with RSA</source>
        <translation>SHA-384 with RSA</translation>
    </message>
    <message>
        <source>SHA-512 with RSA</source>
        <translation>SHA-512 with RSA</translation>
    </message>
    <message>
        <source>EC public key</source>
        <translation>EC 공개 키</translation>
    </message>
    <message>
        <source>NIST P-256</source>
        <translation>NIST P-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-1</source>
        <translation>ECDSA with SHA-1</translation>
    </message>
    <message>
        <source>ECDSA with SHA-256</source>
        <translation>ECDSA with SHA-256</translation>
    </message>
    <message>
        <source>ECDSA with SHA-384</source>
        <translation>ECDSA with SHA-384</translation>
    </message>
    <message>
        <source>ECDSA with SHA-512</source>
        <translation>ECDSA with SHA-512</translation>
    </message>
    <message>
        <source>Signed file hash (SPC_INDIRECT_DATA)</source>
        <translation>서명된 파일 해시(SPC_INDIRECT_DATA)</translation>
    </message>
    <message>
        <source>PE image hash</source>
        <translation>PE 이미지 해시</translation>
    </message>
    <message>
        <source>Flat file hash</source>
        <translation>플랫 파일 해시</translation>
    </message>
    <message>
        <source>Subject interface package</source>
        <translation>주체 인터페이스 패키지(SIP)</translation>
    </message>
    <message>
        <source>Individual code signing</source>
        <translation>개별 코드 서명</translation>
    </message>
    <message>
        <source>Commercial code signing</source>
        <translation>상업용 코드 서명</translation>
    </message>
    <message>
        <source>Catalog list member (SHA-256 and SHA-1)</source>
        <translation>카탈로그 목록 구성원(SHA-256 및 SHA-1)</translation>
    </message>
    <message>
        <source>Catalog name/value</source>
        <translation>카탈로그 이름/값</translation>
    </message>
    <message>
        <source>Catalog member info</source>
        <translation>카탈로그 구성원 정보</translation>
    </message>
    <message>
        <source>Catalog member info 2</source>
        <translation>카탈로그 구성원 정보 2</translation>
    </message>
    <message>
        <source>Windows Hardware Driver Attested Verification</source>
        <translation>Windows 하드웨어 드라이버 증명 확인</translation>
    </message>
    <message>
        <source>Windows Hardware Driver Extended Verification</source>
        <translation>Windows 하드웨어 드라이버 확장 확인</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Viewer and verifier for Microsoft Certificate Trust Lists</source>
        <translation>Microsoft 인증서 신뢰 목록 뷰어 및 검증 도구</translation>
    </message>
    <message>
        <source>Show the viewer in this language (%1) for this session.</source>
        <translation>이 세션 동안 뷰어를 이 언어(%1)로 표시합니다.</translation>
    </message>
    <message>
        <source>Lists or CAB files to open.</source>
        <translation>열 목록 또는 CAB 파일.</translation>
    </message>
    <message>
        <source>Also trust the root certificate(s) in FILE (PEM or DER) in this session; repeatable.</source>
        <translation>이 세션에서 파일에 있는 루트 인증서도 신뢰(PEM 또는 DER). 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>Also accept this purpose as authorising a CTL signer in this session; repeatable.</source>
        <translation>이 세션에서 이 용도도 CTL 서명자 권한으로 인정. 여러 번 지정 가능.</translation>
    </message>
    <message>
        <source>Do not use the system's trusted roots in this session, only the bundled Microsoft roots and --trust.</source>
        <translation>이 세션에서 시스템의 신뢰할 수 있는 루트를 쓰지 않고 포함된 Microsoft 루트와 --trust만 사용.</translation>
    </message>
    <message>
        <source>--trust %1: not a readable file</source>
        <translation>--trust %1: 읽을 수 있는 파일이 아님</translation>
    </message>
    <message>
        <source>--accept-eku %1: not an OID in dotted form such as 1.3.6.1.4.1.311.10.3.1</source>
        <translation>--accept-eku %1: 1.3.6.1.4.1.311.10.3.1 같은 점 표기 OID가 아님</translation>
    </message>
    <message>
        <source>Open the files in a new window, even when a viewer is already running (otherwise they open as tabs in its window).</source>
        <translation>이미 뷰어가 실행 중이어도 파일을 새 창에서 엽니다(그렇지 않으면 실행 중인 창의 탭으로 열림).</translation>
    </message>
    <message>
        <source>Show what changed between two lists: FILE is the old list, then the new one (also for git difftool).</source>
        <translation>두 목록 사이에 바뀐 내용을 표시합니다: 첫 번째 파일이 이전 목록, 두 번째가 새 목록입니다(git difftool에서도 사용).</translation>
    </message>
    <message>
        <source>--compare needs two files, the old list and the new one</source>
        <translation>--compare에는 이전 목록과 새 목록, 두 파일이 필요합니다</translation>
    </message>
</context>
</TS>
