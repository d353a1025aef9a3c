<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ctlv::CatalogFilesDialog</name>
    <message numerus="yes">
        <source>%1 of %n file(s) covered</source>
        <translation>
            <numerusform>%1 of %n file covered</numerusform>
            <numerusform>%1 of %n files covered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::CertificateSourceWriter</name>
    <message numerus="yes">
        <source>Certificate source: %1, %n certificate(s)</source>
        <translation>
            <numerusform>Certificate source: %1, %n certificate</numerusform>
            <numerusform>Certificate source: %1, %n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::ContainerReader</name>
    <message numerus="yes">
        <source>the CAB archive is damaged after %n member(s): %1</source>
        <translation>
            <numerusform>the CAB archive is damaged after %n member: %1</numerusform>
            <numerusform>the CAB archive is damaged after %n members: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::CtlParser</name>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the PKCS #7 structure at offset %1</source>
        <translation>
            <numerusform>%n byte follows the end of the PKCS #7 structure at offset %1</numerusform>
            <numerusform>%n bytes follow the end of the PKCS #7 structure at offset %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::CtlTool</name>
    <message numerus="yes">
        <source>%n file(s) in %1 are not catalogs and were left out</source>
        <translation>
            <numerusform>%n file in %1 is not a catalog and was left out</numerusform>
            <numerusform>%n files in %1 are not catalogs and were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::DiffText</name>
    <message numerus="yes">
        <source>%n root(s)</source>
        <translation>
            <numerusform>%n root</numerusform>
            <numerusform>%n roots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes %n list field(s)</source>
        <translation>
            <numerusform>changes %n list field</numerusform>
            <numerusform>changes %n list fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::DocumentView</name>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 of %Ln entry</numerusform>
            <numerusform>%1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln certificates</source>
        <translation>
            <numerusform>%1 of %Ln certificate</numerusform>
            <numerusform>%1 of %Ln certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::HistoryView</name>
    <message numerus="yes">
        <source>%n file(s) without a list skipped (hover for why).</source>
        <translation>
            <numerusform>%n file without a list skipped (hover for why).</numerusform>
            <numerusform>%n files without a list skipped (hover for why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::PdfReport</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::PeImage</name>
    <message numerus="yes">
        <source>The section table (%n section(s))</source>
        <translation>
            <numerusform>The section table (%n section)</numerusform>
            <numerusform>The section table (%n sections)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::Sections</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <comment>%1 is the count with the locale&apos;s digit grouping</comment>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CT log key(s)</source>
        <translation>
            <numerusform>%n CT log key</numerusform>
            <numerusform>%n CT log keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin rule(s)</source>
        <translation>
            <numerusform>%n pin rule</numerusform>
            <numerusform>%n pin rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>numbers %1; %n pin(s)</source>
        <translation>
            <numerusform>numbers %1; %n pin</numerusform>
            <numerusform>numbers %1; %n pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::Validator</name>
    <message numerus="yes">
        <source>%n byte(s) follow the end of the PKCS #7 structure. Windows never writes such data; the file was changed or damaged after it was produced. The bytes are not covered by any signature.</source>
        <translation>
            <numerusform>%n byte follows the end of the PKCS #7 structure. Windows never writes such data; the file was changed or damaged after it was produced. The byte is not covered by any signature.</numerusform>
            <numerusform>%n bytes follow the end of the PKCS #7 structure. Windows never writes such data; the file was changed or damaged after it was produced. The bytes are not covered by any signature.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List is %n day(s) old</source>
        <translation>
            <numerusform>List is %n day old</numerusform>
            <numerusform>List is %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update publishes a new authroot list every few weeks to months; an old copy is not wrong, but may miss recent changes.</source>
        <translation>
            <numerusform>The list was produced on %1 (thisUpdate), %n day before %2. Windows Update publishes a new authroot list every few weeks to months; an old copy is not wrong, but may miss recent changes.</numerusform>
            <numerusform>The list was produced on %1 (thisUpdate), %n days before %2. Windows Update publishes a new authroot list every few weeks to months; an old copy is not wrong, but may miss recent changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) carry a purpose list that cannot be decoded; the first at offset %1: %2. Microsoft writes these lists correctly in every real file; these entries were damaged or crafted, and their purposes are shown as undecodable.</source>
        <translation>
            <numerusform>%n entry carries a purpose list that cannot be decoded; the first at offset %1: %2. Microsoft writes these lists correctly in every real file; this entry was damaged or crafted, and its purposes are shown as undecodable.</numerusform>
            <numerusform>%n entries carry a purpose list that cannot be decoded; the first at offset %1: %2. Microsoft writes these lists correctly in every real file; these entries were damaged or crafted, and their purposes are shown as undecodable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list says it was produced on %1 (thisUpdate), %n day(s) after %2 (%3). A list cannot be signed before it was produced: its date is wrong, the computer&apos;s clock is wrong, or the list was made to look newer than it is. Do not rely on its date.</source>
        <translation>
            <numerusform>The list says it was produced on %1 (thisUpdate), %n day after %2 (%3). A list cannot be signed before it was produced: its date is wrong, the computer&apos;s clock is wrong, or the list was made to look newer than it is. Do not rely on its date.</numerusform>
            <numerusform>The list says it was produced on %1 (thisUpdate), %n days after %2 (%3). A list cannot be signed before it was produced: its date is wrong, the computer&apos;s clock is wrong, or the list was made to look newer than it is. Do not rely on its date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list was produced on %1 (thisUpdate), %n day(s) before %2. Windows Update publishes a new %3 every few weeks to months; an old copy is not wrong, but may miss recent changes.</source>
        <translation>
            <numerusform>The list was produced on %1 (thisUpdate), %n day before %2. Windows Update publishes a new %3 every few weeks to months; an old copy is not wrong, but may miss recent changes.</numerusform>
            <numerusform>The list was produced on %1 (thisUpdate), %n days before %2. Windows Update publishes a new %3 every few weeks to months; an old copy is not wrong, but may miss recent changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n times in the list&apos;s certificate bag. Windows uses one copy; the others change nothing, so this is harmless.</source>
        <translation>
            <numerusform>%1 appears %n time in the list&apos;s certificate bag. Windows uses one copy; the others change nothing, so this is harmless.</numerusform>
            <numerusform>%1 appears %n times in the list&apos;s certificate bag. Windows uses one copy; the others change nothing, so this is harmless.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctlv::VerdictBanner</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
