<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeerDesk</source>
        <translation>Über PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk icon</source>
        <translation>PeerDesk-Symbol</translation>
    </message>
    <message>
        <source>PeerDesk {version}</source>
        <translation>PeerDesk {version}</translation>
    </message>
    <message>
        <source>An offline, encrypted journal for peer supporters in health care.</source>
        <translation>Ein verschlüsseltes Offline-Journal für Peers in der kollegialen Unterstützung im Gesundheitswesen.</translation>
    </message>
    <message>
        <source>PeerDesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later ({licence}). It comes with no warranty. Built with Qt {qt} (PySide6 {pyside}), SQLCipher, keyring and cryptography.</source>
        <translation>PeerDesk ist freie Software: Sie dürfen sie unter der GNU General Public License, Version 3 oder später ({licence}), nutzen, weitergeben und ändern. Sie wird ohne jede Gewährleistung bereitgestellt. Erstellt mit Qt {qt} (PySide6 {pyside}), SQLCipher, keyring und cryptography.</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Journal-Ordner</translation>
    </message>
    <message>
        <source>&amp;Copy folder path</source>
        <translation>Ordnerpfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the journal folder&apos;s path</source>
        <translation>Den Pfad des Journal-Ordners kopieren</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in one file encrypted with a random 256-bit key (SQLCipher). When PeerDesk opens with your computer login, the system keyring keeps that key; when it asks for your passphrase every time, no keyring does. Your recovery code (and your lock passphrase, if you set one) can also open the journal and its backups. PeerDesk never connects to the internet. This protects your notes if the laptop is lost or stolen and from other accounts on this computer. Only &quot;Ask for my passphrase every time&quot; also keeps out someone using your logged-in account while PeerDesk is locked; with your computer login, anyone using your account can open it again. It cannot protect against harmful software running as you, or against what you print or export yourself, so write only what you need.</source>
        <translation>Alles, was Sie schreiben, bleibt auf diesem Computer, in einer Datei, die mit einem zufälligen 256-Bit-Schlüssel verschlüsselt ist (SQLCipher). Wenn PeerDesk sich mit Ihrer Computer-Anmeldung öffnet, verwahrt der Schlüsselbund des Systems diesen Schlüssel; wenn PeerDesk jedes Mal nach Ihrer Passphrase fragt, verwahrt ihn kein Schlüsselbund. Ihr Wiederherstellungscode (und Ihre Sperr-Passphrase, falls Sie eine festgelegt haben) kann das Journal und seine Sicherungen ebenfalls öffnen. PeerDesk verbindet sich nie mit dem Internet. Das schützt Ihre Notizen, wenn der Laptop verloren geht oder gestohlen wird, und vor anderen Konten auf diesem Computer. Nur „Jedes Mal nach meiner Passphrase fragen“ schützt auch vor jemandem, der Ihr angemeldetes Konto benutzt, während PeerDesk gesperrt ist; mit Ihrer Computer-Anmeldung kann jede Person, die Ihr Konto benutzt, es wieder öffnen. Es schützt nicht vor Schadsoftware, die unter Ihrem Konto läuft, und nicht vor dem, was Sie selbst drucken oder exportieren: Schreiben Sie also nur, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>How your journal is protected</source>
        <translation>Wie Ihr Journal geschützt ist</translation>
    </message>
    <message>
        <source>Where your journal and its backups are kept</source>
        <translation>Wo Ihr Journal und seine Sicherungen liegen</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The journal could not be checked, so retention waits.</source>
        <translation>Das Journal konnte nicht geprüft werden, daher wartet die Aufbewahrung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln Nachkontakt überfällig</numerusform>
            <numerusform>%Ln Nachkontakte überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unfinished draft(s) on Today</source>
        <translation>
            <numerusform>%Ln unfertiger Entwurf unter Heute</numerusform>
            <numerusform>%Ln unfertige Entwürfe unter Heute</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal now opens with your computer login</source>
        <translation>Das Journal öffnet sich jetzt mit Ihrer Computer-Anmeldung</translation>
    </message>
    <message>
        <source>The restored backup was made before you chose a lock passphrase, and it has none. So PeerDesk no longer asks for a passphrase: the journal now opens when you are logged in to this computer, with its key in your keyring.</source>
        <translation>Die wiederhergestellte Sicherung wurde erstellt, bevor Sie eine Sperr-Passphrase gewählt haben, und sie hat keine. Deshalb fragt PeerDesk nicht mehr nach einer Passphrase: Das Journal öffnet sich jetzt, wenn Sie an diesem Computer angemeldet sind, mit seinem Schlüssel in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>To ask for a passphrase every time again, open Settings, How PeerDesk opens, and choose &apos;Ask for my passphrase every time&apos;.</source>
        <translation>Damit wieder jedes Mal nach einer Passphrase gefragt wird, öffnen Sie Einstellungen, Wie PeerDesk sich öffnet, und wählen Sie „Jedes Mal nach meiner Passphrase fragen“.</translation>
    </message>
    <message>
        <source>Giving your journal a new key…</source>
        <translation>Ihr Journal erhält einen neuen Schlüssel…</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>BackupIndicator</name>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Copying to your backup folder…</source>
        <translation>Kopie in Ihren Sicherungsordner…</translation>
    </message>
    <message>
        <source>{n} percent</source>
        <translation>{n} Prozent</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Sicherung geschrieben und geprüft: {name}</translation>
    </message>
    <message>
        <source>(a copy is also in {folder})</source>
        <translation>(eine Kopie liegt auch in {folder})</translation>
    </message>
    <message>
        <source>The copy for {folder} was not made: {why}</source>
        <translation>Die Kopie für {folder} wurde nicht erstellt: {why}</translation>
    </message>
    <message>
        <source>The backup was not made: {why}</source>
        <translation>Die Sicherung wurde nicht erstellt: {why}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{title}: the numbers</source>
        <translation>{title}: die Zahlen</translation>
    </message>
    <message>
        <source>{title}, chart</source>
        <translation>{title}, Diagramm</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Dieselben Zahlen als Tabelle</translation>
    </message>
</context>
<context>
    <name>ClosingStep</name>
    <message>
        <source>No conversation this time, and that is still worth a record. Agree when to try again below.</source>
        <translation>Diesmal kein Gespräch, und auch das ist einen Eintrag wert. Vereinbaren Sie unten, wann Sie es wieder versuchen.</translation>
    </message>
    <message>
        <source>Agree a follow-up</source>
        <translation>Nachkontakt vereinbaren</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum des Nachkontakts</translation>
    </message>
    <message>
        <source>e.g. a short call after their next shift</source>
        <translation>z. B. ein kurzer Anruf nach der nächsten Schicht</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan für den Nachkontakt</translation>
    </message>
    <message>
        <source>Follow-up &amp;on:</source>
        <translation>Nachkontakt a&amp;m:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>Was it helpful, in your view?</source>
        <translation>War es aus Ihrer Sicht hilfreich?</translation>
    </message>
    <message>
        <source>Were their needs met?</source>
        <translation>Wurden die Bedürfnisse der Person erfüllt?</translation>
    </message>
    <message>
        <source>&amp;Helpful, in your view:</source>
        <translation>&amp;Hilfreich aus Ihrer Sicht:</translation>
    </message>
    <message>
        <source>Their needs &amp;met:</source>
        <translation>Bedürfnisse &amp;erfüllt:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>How are you doing yourself?</source>
        <translation>Wie geht es Ihnen selbst?</translation>
    </message>
    <message>
        <source>How are &amp;you doing:</source>
        <translation>Wie geht es &amp;Ihnen:</translation>
    </message>
    <message>
        <source>I&apos;d like a debrief about this one</source>
        <translation>Ich möchte eine Nachbesprechung dazu</translation>
    </message>
    <message>
        <source>Debrief wanted</source>
        <translation>Nachbesprechung gewünscht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your view, and your own check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Sicht und wie es Ihnen selbst geht&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodeGroups</name>
    <message>
        <source>group {n}</source>
        <translation>Gruppe {n}</translation>
    </message>
    <message>
        <source>Eight groups of four letters and digits, joined by dashes</source>
        <translation>Acht Gruppen aus je vier Buchstaben und Ziffern, durch Bindestriche verbunden</translation>
    </message>
    <message>
        <source>The whole code, to &amp;read:</source>
        <translation>Der ganze Code zum &amp;Lesen:</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>Wiederherstellungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the laptop, for example with your important papers at home, not in the laptop bag. Anyone who has this code and your journal file can read the journal.</source>
        <translation>Bewahren Sie es sicher und nicht beim Laptop auf, zum Beispiel zu Hause bei Ihren wichtigen Unterlagen, nicht in der Laptoptasche. Wer diesen Code und Ihre Journal-Datei hat, kann das Journal lesen.</translation>
    </message>
    <message>
        <source>Recovery code, group {n}</source>
        <translation>Wiederherstellungscode, Gruppe {n}</translation>
    </message>
    <message>
        <source>The sheet was printed to the file {file}. Print that file on paper, then delete it: anyone with it and your journal file can read the journal.</source>
        <translation>Das Blatt wurde in die Datei {file} gedruckt. Drucken Sie diese Datei auf Papier aus und löschen Sie sie dann: Wer sie und Ihre Journal-Datei hat, kann das Journal lesen.</translation>
    </message>
    <message>
        <source>The sheet went to the printer {printer}. Fetch it from the tray now.</source>
        <translation>Das Blatt ging an den Drucker {printer}. Holen Sie es jetzt aus dem Fach.</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>(der Standarddrucker)</translation>
    </message>
</context>
<context>
    <name>CompleteOffer</name>
    <message>
        <source>This peer</source>
        <translation>Diese Person</translation>
    </message>
    <message>
        <source>Planned follow-up</source>
        <translation>Geplanter Nachkontakt</translation>
    </message>
    <message>
        <source>{peer} has a follow-up planned for {date}: complete it with this session?</source>
        <translation>Für {peer} ist am {date} ein Nachkontakt geplant: mit diesem Gespräch erledigen?</translation>
    </message>
    <message>
        <source>The plan: {plan}</source>
        <translation>Der Plan: {plan}</translation>
    </message>
    <message>
        <source>&amp;Yes, complete it</source>
        <translation>&amp;Ja, erledigen</translation>
    </message>
    <message>
        <source>&amp;No, a separate session</source>
        <translation>&amp;Nein, ein eigenes Gespräch</translation>
    </message>
</context>
<context>
    <name>ContextStep</name>
    <message>
        <source>Peer (pseudonym)</source>
        <translation>Person (Pseudonym)</translation>
    </message>
    <message>
        <source>Choose a peer, or type a new pseudonym</source>
        <translation>Wählen Sie eine Person oder geben Sie ein neues Pseudonym ein</translation>
    </message>
    <message>
        <source>Choose or type a pseudonym</source>
        <translation>Pseudonym wählen oder eingeben</translation>
    </message>
    <message>
        <source>&amp;Peer:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum des Gesprächs</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>&amp;Kind of contact:</source>
        <translation>Art des &amp;Kontakts:</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Vermittelt durch</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Ver&amp;mittelt durch:</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Ergebnis des Kontaktangebots</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Peer&apos;s role</source>
        <translation>Rolle der Person</translation>
    </message>
    <message>
        <source>Peer&apos;s ro&amp;le:</source>
        <translation>R&amp;olle der Person:</translation>
    </message>
    <message>
        <source>No conversation this time? That still counts: an unanswered or declined outreach is worth recording. The conversation steps are skipped; plan when to try again under Closing and follow-up.</source>
        <translation>Diesmal kein Gespräch? Das zählt trotzdem: Ein unbeantwortetes oder abgelehntes Kontaktangebot ist einen Eintrag wert. Die Gesprächsschritte werden übersprungen; planen Sie unter „Abschluss, Nachkontakt“, wann Sie es wieder versuchen.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Nachkontakt planen</translation>
    </message>
    <message>
        <source>Go to follow-up planning</source>
        <translation>Zur Planung des Nachkontakts</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <source>&amp;Stress drivers</source>
        <translation>&amp;Belastungsfaktoren</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Belastungsfaktoren</translation>
    </message>
    <message>
        <source>Use the arrow keys and Space to tick</source>
        <translation>Mit den Pfeiltasten und der Leertaste abhaken</translation>
    </message>
    <message>
        <source>New peer: “{name}” will be added when you finish.</source>
        <translation>Neue Person: „{name}“ wird beim Abschließen hinzugefügt.</translation>
    </message>
    <message>
        <source>A pseudonym only: never a real name.</source>
        <translation>Nur ein Pseudonym: nie ein echter Name.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>CountrySettings</name>
    <message>
        <source>Country and resources</source>
        <translation>Land und Hilfsangebote</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Country whose resources to add</source>
        <translation>Land, dessen Hilfsangebote hinzugefügt werden sollen</translation>
    </message>
    <message>
        <source>Add its resources</source>
        <translation>Seine Hilfsangebote hinzufügen</translation>
    </message>
    <message>
        <source>Add this country&apos;s resources</source>
        <translation>Die Hilfsangebote dieses Landes hinzufügen</translation>
    </message>
    <message>
        <source>Adds the crisis lines and support services listed for that country to your resource directory. Entries you already have (same name or phone number) are left as they are. None is marked verified: check each before you print it.</source>
        <translation>Fügt die für dieses Land aufgeführten Krisentelefone und Unterstützungsangebote Ihrem Verzeichnis der Hilfsangebote hinzu. Einträge, die Sie schon haben (gleicher Name oder gleiche Telefonnummer), bleiben, wie sie sind. Keiner ist als verifiziert markiert: Prüfen Sie jeden, bevor Sie ihn drucken.</translation>
    </message>
    <message>
        <source>&amp;Your country</source>
        <translation>&amp;Ihr Land</translation>
    </message>
    <message>
        <source>Add a country&apos;s resources</source>
        <translation>Die Hilfsangebote eines Landes hinzufügen</translation>
    </message>
    <message>
        <source>Handouts say: {line}</source>
        <translation>Auf Infoblättern steht: {line}</translation>
    </message>
    <message>
        <source>The resources could not be added: {reason}</source>
        <translation>Die Hilfsangebote konnten nicht hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <source>{country}: {added} added to your resource directory, {skipped} already there.</source>
        <translation>{country}: {added} zu Ihrem Verzeichnis der Hilfsangebote hinzugefügt, {skipped} schon vorhanden.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>In PeerDesk ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside PeerDesk, and it needs to close. What is already saved in your journal stays safe.</source>
        <translation>In PeerDesk ist etwas Unerwartetes schiefgegangen, und das Programm muss sich schließen. Was in Ihrem Journal schon gespeichert ist, bleibt sicher.</translation>
    </message>
    <message>
        <source>The report below only says where in PeerDesk&apos;s code the problem happened: it holds no journal text, no names and no keys. To help fix it, copy it and send it to whoever looks after PeerDesk for your program.</source>
        <translation>Der Bericht unten sagt nur, an welcher Stelle im Code von PeerDesk das Problem aufgetreten ist: Er enthält keinen Journaltext, keine Namen und keine Schlüssel. Wenn Sie bei der Behebung helfen möchten, kopieren Sie ihn und senden Sie ihn an die Person, die PeerDesk für Ihr Programm betreut.</translation>
    </message>
    <message>
        <source>A copy is kept in {path}.</source>
        <translation>Eine Kopie liegt in {path}.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Absturzbericht</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>PeerDesk beenden</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>Your journal file is damaged</source>
        <translation>Ihre Journal-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>R&amp;escue what can still be read</source>
        <translation>&amp;Retten, was noch lesbar ist</translation>
    </message>
    <message>
        <source>Rescue what can still be read</source>
        <translation>Retten, was noch lesbar ist</translation>
    </message>
    <message>
        <source>No backup, or one that is too old? PeerDesk can copy everything it can still read into a new journal, encrypted like the old one. The damaged file is only read, never changed.</source>
        <translation>Keine Sicherung, oder nur eine zu alte? PeerDesk kann alles, was noch lesbar ist, in ein neues Journal kopieren, verschlüsselt wie das alte. Die beschädigte Datei wird nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>Recovery code or lock passphrase</source>
        <translation>Wiederherstellungscode oder Sperr-Passphrase</translation>
    </message>
    <message>
        <source>Recovery code or lock &amp;passphrase:</source>
        <translation>Wiederherstellungscode oder Sperr-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Rescuing</source>
        <translation>Rettung läuft</translation>
    </message>
    <message>
        <source>&amp;Open the rescued journal</source>
        <translation>Gerettetes Journal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the rescued journal</source>
        <translation>Gerettetes Journal öffnen</translation>
    </message>
    <message>
        <source>More choices ▸</source>
        <translation>Weitere Möglichkeiten ▸</translation>
    </message>
    <message>
        <source>Show more choices</source>
        <translation>Weitere Möglichkeiten zeigen</translation>
    </message>
    <message>
        <source>Start over with an empty journal</source>
        <translation>Mit einem leeren Journal neu beginnen</translation>
    </message>
    <message>
        <source>Only if no backup works and nothing could be rescued. Your damaged journal is moved to {folder} and kept there (with shredding of notes on, until it is older than both periods). PeerDesk then sets up a new, empty journal with a new recovery code.</source>
        <translation>Nur wenn keine Sicherung funktioniert und nichts gerettet werden konnte. Ihr beschädigtes Journal wird nach {folder} verschoben und dort aufbewahrt (bei eingeschalteter Vernichtung von Notizen, bis es älter als beide Fristen ist). PeerDesk richtet dann ein neues, leeres Journal mit einem neuen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>I understand that my sessions will not be in the new journal</source>
        <translation>Mir ist klar, dass meine Gespräche nicht im neuen Journal sein werden</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit PeerDesk without changing anything</source>
        <translation>PeerDesk beenden, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>1. Go back to a backup (best)</source>
        <translation>1. Zu einer Sicherung zurückkehren (am besten)</translation>
    </message>
    <message>
        <source>2. Rescue what can still be read</source>
        <translation>2. Retten, was noch lesbar ist</translation>
    </message>
    <message>
        <source>Rescuing needs the journal&apos;s key file (journal.keys), which is missing or damaged too. Restore from a backup: each one carries its own key file.</source>
        <translation>Für die Rettung braucht es die Schlüsseldatei des Journals (journal.keys), die ebenfalls fehlt oder beschädigt ist. Stellen Sie aus einer Sicherung wieder her: Jede Sicherung hat ihre eigene Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The journal file is empty, cut short or missing, so there is nothing in it to rescue. Restore from a backup.</source>
        <translation>Die Journal-Datei ist leer, abgeschnitten oder fehlt, es gibt also nichts zu retten. Stellen Sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>PeerDesk found no backup in its data folder. If you keep backups elsewhere (an external drive), choose the file there.</source>
        <translation>PeerDesk hat in seinem Datenordner keine Sicherung gefunden. Wenn Sie Sicherungen anderswo aufbewahren (auf einem externen Laufwerk), wählen Sie die Datei dort aus.</translation>
    </message>
    <message>
        <source>Your most recent backup is from {when}. Sessions written since then are not in it.</source>
        <translation>Ihre neueste Sicherung ist vom {when}. Gespräche, die seitdem geschrieben wurden, sind nicht darin.</translation>
    </message>
    <message>
        <source>Type your lock passphrase (or your recovery code) and choose Rescue.</source>
        <translation>Geben Sie Ihre Sperr-Passphrase (oder Ihren Wiederherstellungscode) ein und wählen Sie Retten.</translation>
    </message>
    <message>
        <source>The keyring cannot give PeerDesk the journal&apos;s key. Type your recovery code (or your lock passphrase) and choose Rescue again.</source>
        <translation>Der Schlüsselbund kann PeerDesk den Schlüssel des Journals nicht geben. Geben Sie Ihren Wiederherstellungscode (oder Ihre Sperr-Passphrase) ein und wählen Sie erneut Retten.</translation>
    </message>
    <message>
        <source>Nothing could be read: the part of the file that holds the journal&apos;s layout is damaged. Restore from a backup if you can.</source>
        <translation>Nichts konnte gelesen werden: Der Teil der Datei, der den Aufbau des Journals enthält, ist beschädigt. Stellen Sie wenn möglich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>PeerDesk saved {what}</source>
        <translation>PeerDesk hat gerettet: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%Ln Gespräch kam nur mit Datum, Person und Status zurück oder als Entwurf, der seine Notizen enthält.</numerusform>
            <numerusform>%Ln Gespräche kamen nur mit Datum, Person und Status zurück oder als Entwürfe, die ihre Notizen enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>session details</source>
        <translation>Gesprächsdetails</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Nachkontakte</translation>
    </message>
    <message>
        <source>events and stress drivers of sessions</source>
        <translation>Ereignisse und Belastungsfaktoren der Gespräche</translation>
    </message>
    <message>
        <source>your event and stress-driver lists</source>
        <translation>Ihre Listen der Ereignisse und Belastungsfaktoren</translation>
    </message>
    <message>
        <source>the resource directory</source>
        <translation>das Verzeichnis der Hilfsangebote</translation>
    </message>
    <message>
        <source>resources marked in sessions</source>
        <translation>in Gesprächen markierte Hilfsangebote</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Parts of the file could not be read ({parts}); what only those parts held is lost.</source>
        <translation>Teile der Datei konnten nicht gelesen werden ({parts}); was nur in diesen Teilen stand, ist verloren.</translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation>Alles konnte gelesen werden.</translation>
    </message>
    <message>
        <source>The rescued journal is in {folder}. Opening it puts it in place of the damaged one, which is kept in {aside}.</source>
        <translation>Das gerettete Journal liegt in {folder}. Wenn Sie es öffnen, tritt es an die Stelle des beschädigten, das in {aside} aufbewahrt wird.</translation>
    </message>
    <message>
        <source>To open the rescued journal PeerDesk needs your recovery code. Choose Restore from a backup…, pick the rescued file ({name}) and use your recovery code.</source>
        <translation>Um das gerettete Journal zu öffnen, braucht PeerDesk Ihren Wiederherstellungscode. Wählen Sie Aus einer Sicherung wiederherstellen…, wählen Sie die gerettete Datei ({name}) und verwenden Sie Ihren Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Move the damaged journal aside and start a new, empty one? The damaged files are kept in the set-aside folder.</source>
        <translation>Das beschädigte Journal beiseitelegen und ein neues, leeres beginnen? Die beschädigten Dateien werden im Ordner für Beiseitegelegtes aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Note who you spoke with, when and how, in as few words as you can.</source>
        <translation>Halten Sie fest, mit wem Sie gesprochen haben, wann und wie, in so wenigen Worten wie möglich.</translation>
    </message>
    <message>
        <source>Use the peer&apos;s pseudonym. Contact details belong on the peer card, if anywhere.</source>
        <translation>Verwenden Sie das Pseudonym der Person. Kontaktdaten gehören, wenn überhaupt, auf die Personenkarte.</translation>
    </message>
    <message>
        <source>Record the minimum: no diagnoses, no clinical details, no names of patients or staff.</source>
        <translation>Halten Sie nur das Nötigste fest: keine Diagnosen, keine klinischen Details, keine Namen von Patientinnen, Patienten oder Personal.</translation>
    </message>
    <message>
        <source>Tick the event and stress tags that fit, and leave out what you don&apos;t know.</source>
        <translation>Haken Sie die passenden Ereignis- und Belastungsschlagwörter ab und lassen Sie weg, was Sie nicht wissen.</translation>
    </message>
    <message>
        <source>A declined or unanswered outreach still counts. Save it and plan when to try again.</source>
        <translation>Ein abgelehntes oder unbeantwortetes Kontaktangebot zählt auch. Speichern Sie es und planen Sie, wann Sie es wieder versuchen.</translation>
    </message>
    <message>
        <source>A real name, or the name of a patient or colleague, anywhere in the note.</source>
        <translation>Ein echter Name oder der Name einer Patientin, eines Patienten oder einer Kollegin, eines Kollegen irgendwo in der Notiz.</translation>
    </message>
    <message>
        <source>Case details, record numbers or dates that could point to a patient.</source>
        <translation>Falldetails, Aktennummern oder Daten, die auf eine Patientin oder einen Patienten hinweisen könnten.</translation>
    </message>
    <message>
        <source>Your own guesses about a diagnosis.</source>
        <translation>Eigene Vermutungen über eine Diagnose.</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Zugehen</translation>
    </message>
    <message>
        <source>Offer support so that saying yes feels ordinary and saying no feels fine.</source>
        <translation>Bieten Sie Unterstützung so an, dass ein Ja selbstverständlich und ein Nein in Ordnung ist.</translation>
    </message>
    <message>
        <source>Say you contact everyone after events like this, so nobody feels singled out.</source>
        <translation>Sagen Sie, dass Sie nach solchen Ereignissen alle ansprechen, damit sich niemand herausgegriffen fühlt.</translation>
    </message>
    <message>
        <source>Ask if now is a good moment, and offer another time if it is not.</source>
        <translation>Fragen Sie, ob es gerade passt, und bieten Sie sonst einen anderen Zeitpunkt an.</translation>
    </message>
    <message>
        <source>Explain what stays between you, and the one exception: when someone&apos;s safety is at risk.</source>
        <translation>Erklären Sie, was unter Ihnen bleibt, und die eine Ausnahme: wenn die Sicherheit eines Menschen in Gefahr ist.</translation>
    </message>
    <message>
        <source>Let them know a no is fine and the offer stays open.</source>
        <translation>Lassen Sie die Person wissen, dass ein Nein in Ordnung ist und das Angebot bestehen bleibt.</translation>
    </message>
    <message>
        <source>A vague &apos;call me if you need anything&apos;: offer a time, or say when you will try again.</source>
        <translation>Ein vages „Melden Sie sich, wenn Sie etwas brauchen“: Bieten Sie einen Zeitpunkt an oder sagen Sie, wann Sie es wieder versuchen.</translation>
    </message>
    <message>
        <source>Hinting that you called because others are worried about how they are coping.</source>
        <translation>Andeuten, dass Sie anrufen, weil andere sich Sorgen machen, wie die Person zurechtkommt.</translation>
    </message>
    <message>
        <source>Carrying on when they have said now is a bad time.</source>
        <translation>Weitermachen, obwohl die Person gesagt hat, dass es gerade nicht passt.</translation>
    </message>
    <message>
        <source>Promising complete secrecy with no exceptions.</source>
        <translation>Vollständige Verschwiegenheit ohne jede Ausnahme versprechen.</translation>
    </message>
    <message>
        <source>Framed the call as routine</source>
        <translation>Den Anruf als Routine dargestellt</translation>
    </message>
    <message>
        <source>Checked it was a good time</source>
        <translation>Gefragt, ob es gerade passt</translation>
    </message>
    <message>
        <source>Explained confidentiality and its limits</source>
        <translation>Vertraulichkeit und ihre Grenzen erklärt</translation>
    </message>
    <message>
        <source>Made it easy to say no</source>
        <translation>Ein Nein leicht gemacht</translation>
    </message>
    <message>
        <source>Listen and reflect</source>
        <translation>Zuhören und spiegeln</translation>
    </message>
    <message>
        <source>Give them room to say what happened and how it hit them, in their own words.</source>
        <translation>Geben Sie der Person Raum, in eigenen Worten zu sagen, was passiert ist und wie es sie getroffen hat.</translation>
    </message>
    <message>
        <source>Ask an open question, such as how things have been since, then mostly listen.</source>
        <translation>Stellen Sie eine offene Frage, etwa wie es seitdem gegangen ist, und hören Sie dann vor allem zu.</translation>
    </message>
    <message>
        <source>Name the feelings you hear, and say that reactions like these are common.</source>
        <translation>Benennen Sie die Gefühle, die Sie hören, und sagen Sie, dass solche Reaktionen häufig sind.</translation>
    </message>
    <message>
        <source>Let them know they are not the only one: many colleagues have felt this way too.</source>
        <translation>Lassen Sie die Person wissen, dass sie nicht allein ist: Vielen Kolleginnen und Kollegen ging es auch so.</translation>
    </message>
    <message>
        <source>Share your own story only briefly and only if it helps them, then turn back to them.</source>
        <translation>Erzählen Sie Ihre eigene Geschichte nur kurz und nur, wenn sie der Person hilft, und wenden Sie sich dann wieder ihr zu.</translation>
    </message>
    <message>
        <source>Telling them how they should feel, or that they shouldn&apos;t feel that way.</source>
        <translation>Der Person sagen, wie sie sich fühlen sollte oder dass sie sich nicht so fühlen sollte.</translation>
    </message>
    <message>
        <source>Asking for clinical details or judging the care that was given.</source>
        <translation>Nach klinischen Details fragen oder die geleistete Versorgung bewerten.</translation>
    </message>
    <message>
        <source>Turning the talk to your own experience, or rushing to fix things.</source>
        <translation>Das Gespräch auf die eigene Erfahrung lenken oder vorschnell Lösungen suchen.</translation>
    </message>
    <message>
        <source>Asked open questions</source>
        <translation>Offene Fragen gestellt</translation>
    </message>
    <message>
        <source>Reflected their feelings back</source>
        <translation>Gefühle gespiegelt</translation>
    </message>
    <message>
        <source>Said their reactions are normal</source>
        <translation>Gesagt, dass die Reaktionen normal sind</translation>
    </message>
    <message>
        <source>Validated what they went through</source>
        <translation>Das Erlebte anerkannt</translation>
    </message>
    <message>
        <source>Shared my own experience briefly, only where it helped</source>
        <translation>Eigene Erfahrung kurz geteilt, nur wo es half</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Einordnen</translation>
    </message>
    <message>
        <source>Help them see their feelings in a wider frame, without taking the feelings away.</source>
        <translation>Helfen Sie der Person, ihre Gefühle in einem größeren Rahmen zu sehen, ohne ihr die Gefühle zu nehmen.</translation>
    </message>
    <message>
        <source>Acknowledge the feeling first. A new angle only helps once they feel heard.</source>
        <translation>Erkennen Sie zuerst das Gefühl an. Ein neuer Blickwinkel hilft erst, wenn sich die Person gehört fühlt.</translation>
    </message>
    <message>
        <source>Remind them of the good they do and the patients they have helped.</source>
        <translation>Erinnern Sie an das Gute, das sie tut, und an die Patientinnen und Patienten, denen sie geholfen hat.</translation>
    </message>
    <message>
        <source>Every clinician makes mistakes, and systems and teams shape outcomes too.</source>
        <translation>Alle in klinischen Berufen machen Fehler, und auch Systeme und Teams prägen, wie etwas ausgeht.</translation>
    </message>
    <message>
        <source>Brushing it off, as in &apos;it was nothing&apos; or &apos;everyone slips up, move on&apos;.</source>
        <translation>Abwiegeln, etwa mit „Das war doch nichts“ oder „Passiert jedem, abhaken“.</translation>
    </message>
    <message>
        <source>Passing judgement on their clinical decisions.</source>
        <translation>Die klinischen Entscheidungen der Person bewerten.</translation>
    </message>
    <message>
        <source>Blaming a named colleague or team.</source>
        <translation>Einer namentlich genannten Kollegin, einem Kollegen oder einem Team die Schuld geben.</translation>
    </message>
    <message>
        <source>Acknowledged feelings without minimising them</source>
        <translation>Gefühle anerkannt, ohne sie kleinzureden</translation>
    </message>
    <message>
        <source>Pointed to the good they do</source>
        <translation>Auf das Gute hingewiesen, das die Person tut</translation>
    </message>
    <message>
        <source>Talked about human fallibility and system factors</source>
        <translation>Über menschliche Fehlbarkeit und Systemfaktoren gesprochen</translation>
    </message>
    <message>
        <source>Learn and teach</source>
        <translation>Lernen, weitergeben</translation>
    </message>
    <message>
        <source>Help them make sense of the event and find something worth carrying forward.</source>
        <translation>Helfen Sie der Person, das Ereignis einzuordnen und etwas zu finden, das es wert ist, mitgenommen zu werden.</translation>
    </message>
    <message>
        <source>When they seem ready, ask what they might take from this. Some are not ready yet.</source>
        <translation>Wenn die Person bereit scheint, fragen Sie, was sie daraus mitnehmen könnte. Manche sind noch nicht so weit.</translation>
    </message>
    <message>
        <source>Passing a lesson on to colleagues can help others and give the event some meaning.</source>
        <translation>Eine Erkenntnis an Kolleginnen und Kollegen weiterzugeben kann anderen helfen und dem Ereignis einen Sinn geben.</translation>
    </message>
    <message>
        <source>Keep to the lesson itself; the case details don&apos;t belong in your notes.</source>
        <translation>Bleiben Sie bei der Erkenntnis selbst; die Falldetails gehören nicht in Ihre Notizen.</translation>
    </message>
    <message>
        <source>Running your own root-cause analysis or inquiry into the case.</source>
        <translation>Eine eigene Ursachenanalyse oder Untersuchung des Falls durchführen.</translation>
    </message>
    <message>
        <source>Pushing them to find a lesson before they are ready.</source>
        <translation>Die Person drängen, eine Lehre zu finden, bevor sie so weit ist.</translation>
    </message>
    <message>
        <source>Explored what can be learned</source>
        <translation>Besprochen, was sich daraus lernen lässt</translation>
    </message>
    <message>
        <source>Invited them to share lessons with colleagues</source>
        <translation>Eingeladen, Erkenntnisse mit Kolleginnen und Kollegen zu teilen</translation>
    </message>
    <message>
        <source>Cope</source>
        <translation>Bewältigen</translation>
    </message>
    <message>
        <source>Reconnect them with their own ways of coping and the people around them.</source>
        <translation>Verbinden Sie die Person wieder mit ihren eigenen Wegen, mit Belastung umzugehen, und mit den Menschen um sie herum.</translation>
    </message>
    <message>
        <source>Ask what has helped them through hard times before.</source>
        <translation>Fragen Sie, was ihr früher durch schwere Zeiten geholfen hat.</translation>
    </message>
    <message>
        <source>Name the strengths you heard in what they told you.</source>
        <translation>Benennen Sie die Stärken, die Sie in ihrem Erzählen gehört haben.</translation>
    </message>
    <message>
        <source>Ask who they can lean on: family, friends, colleagues.</source>
        <translation>Fragen Sie, auf wen sie sich stützen kann: Familie, Freunde, Kolleginnen und Kollegen.</translation>
    </message>
    <message>
        <source>Check in on sleep, meals, movement and time off.</source>
        <translation>Fragen Sie nach Schlaf, Essen, Bewegung und freier Zeit.</translation>
    </message>
    <message>
        <source>Handing them a list of things they should do.</source>
        <translation>Der Person eine Liste von Dingen geben, die sie tun sollte.</translation>
    </message>
    <message>
        <source>Suggesting they just need to be more resilient.</source>
        <translation>Nahelegen, sie müsse einfach belastbarer werden.</translation>
    </message>
    <message>
        <source>Asked what helped them before</source>
        <translation>Gefragt, was früher geholfen hat</translation>
    </message>
    <message>
        <source>Named their strengths</source>
        <translation>Stärken benannt</translation>
    </message>
    <message>
        <source>Talked about family, friends and colleagues</source>
        <translation>Über Familie, Freunde und Kollegium gesprochen</translation>
    </message>
    <message>
        <source>Talked about sleep and self-care</source>
        <translation>Über Schlaf und Selbstfürsorge gesprochen</translation>
    </message>
    <message>
        <source>Connect to resources</source>
        <translation>Weitere Hilfe</translation>
    </message>
    <message>
        <source>Offer more help when peer support is not enough; act at once if safety is at risk.</source>
        <translation>Bieten Sie weitere Hilfe an, wenn kollegiale Unterstützung nicht reicht; handeln Sie sofort, wenn die Sicherheit in Gefahr ist.</translation>
    </message>
    <message>
        <source>Mark each resource or kind of help as mentioned, handout given or referred.</source>
        <translation>Markieren Sie jedes Hilfsangebot und jede Art von Hilfe als erwähnt, Infoblatt mitgegeben oder weitervermittelt.</translation>
    </message>
    <message>
        <source>Only referred counts as a referral: you made or arranged the contact yourself.</source>
        <translation>Nur „weitervermittelt“ zählt als Weitervermittlung: Sie haben den Kontakt selbst hergestellt oder vereinbart.</translation>
    </message>
    <message>
        <source>If you think someone is in danger, follow your program&apos;s safety steps straight away.</source>
        <translation>Wenn Sie glauben, dass jemand in Gefahr ist, folgen Sie sofort den Sicherheitsschritten Ihres Programms.</translation>
    </message>
    <message>
        <source>The journal records only that an escalation happened, never what was said or to whom.</source>
        <translation>Das Journal hält nur fest, dass eskaliert wurde, nie, was gesagt wurde oder an wen.</translation>
    </message>
    <message>
        <source>Presenting a referral as a sign that they failed or that you are stepping away.</source>
        <translation>Eine Weitervermittlung so darstellen, als habe die Person versagt oder als zögen Sie sich zurück.</translation>
    </message>
    <message>
        <source>Writing down what was said in a safety situation, or any diagnosis.</source>
        <translation>Aufschreiben, was in einer Sicherheitssituation gesagt wurde, oder eine Diagnose.</translation>
    </message>
    <message>
        <source>Holding on to a safety concern on your own.</source>
        <translation>Mit einer Sorge um die Sicherheit allein bleiben.</translation>
    </message>
    <message>
        <source>Escalated a safety concern</source>
        <translation>Sorge um die Sicherheit eskaliert</translation>
    </message>
    <message>
        <source>Offered resources</source>
        <translation>Auf Hilfsangebote hingewiesen</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Weitervermittelt</translation>
    </message>
    <message>
        <source>Closing and follow-up</source>
        <translation>Abschluss, Nachkontakt</translation>
    </message>
    <message>
        <source>End warmly, agree on the next step, and check in on yourself.</source>
        <translation>Beenden Sie das Gespräch herzlich, vereinbaren Sie den nächsten Schritt und achten Sie auf sich selbst.</translation>
    </message>
    <message>
        <source>Thank them for their trust and their time, and for the work they do for patients.</source>
        <translation>Danken Sie der Person für ihr Vertrauen und ihre Zeit und für ihre Arbeit für die Patientinnen und Patienten.</translation>
    </message>
    <message>
        <source>Agree a follow-up: when, and what you will do.</source>
        <translation>Vereinbaren Sie einen Nachkontakt: wann und was Sie tun werden.</translation>
    </message>
    <message>
        <source>Before saving, reread your notes: no diagnoses, clinical details or names of others.</source>
        <translation>Lesen Sie Ihre Notizen vor dem Speichern noch einmal: keine Diagnosen, klinischen Details oder Namen anderer.</translation>
    </message>
    <message>
        <source>Take a moment for yourself, and ask for a debrief if this one stays with you.</source>
        <translation>Nehmen Sie sich einen Moment für sich und bitten Sie um eine Nachbesprechung, wenn dieses Gespräch Sie nicht loslässt.</translation>
    </message>
    <message>
        <source>Ending with no next step and no way to reach you.</source>
        <translation>Ohne nächsten Schritt und ohne Möglichkeit, Sie zu erreichen, auseinandergehen.</translation>
    </message>
    <message>
        <source>Promising more than you can give.</source>
        <translation>Mehr versprechen, als Sie geben können.</translation>
    </message>
    <message>
        <source>Skipping your own check-in because you feel fine right now.</source>
        <translation>Die Frage nach dem eigenen Befinden auslassen, weil es Ihnen gerade gut geht.</translation>
    </message>
    <message>
        <source>Thanked them and showed appreciation</source>
        <translation>Gedankt und Wertschätzung gezeigt</translation>
    </message>
    <message>
        <source>Agreed a follow-up</source>
        <translation>Nachkontakt vereinbart</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Proactive outreach</source>
        <translation>Proaktives Kontaktangebot</translation>
    </message>
    <message>
        <source>Peer asked for support</source>
        <translation>Person bat um Unterstützung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontakt</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppengespräch</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollegin oder Kollege</translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation>Leitung oder Vorgesetzte</translation>
    </message>
    <message>
        <source>Risk or quality office</source>
        <translation>Risiko- oder Qualitätsmanagement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Asked to talk later</source>
        <translation>Möchte später sprechen</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Ärztin oder Arzt</translation>
    </message>
    <message>
        <source>Resident or student</source>
        <translation>In Weiterbildung oder Studium</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <source>Advanced practice clinician</source>
        <translation>Erweiterte klinische Praxis (z. B. APN, PA)</translation>
    </message>
    <message>
        <source>Allied health professional</source>
        <translation>Therapeutischer oder medizinisch-technischer Gesundheitsberuf</translation>
    </message>
    <message>
        <source>Employee assistance program</source>
        <translation>Mitarbeiterberatung (EAP)</translation>
    </message>
    <message>
        <source>Physician health program</source>
        <translation>Hilfsprogramm für Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Mental health professional</source>
        <translation>Fachperson für psychische Gesundheit</translation>
    </message>
    <message>
        <source>Chaplain or spiritual care</source>
        <translation>Seelsorge</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Krisentelefon</translation>
    </message>
    <message>
        <source>Legal or risk-management support for a review</source>
        <translation>Rechtliche Unterstützung oder Risikomanagement bei einer Prüfung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>Erschöpft</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Angespannt</translation>
    </message>
    <message>
        <source>Getting by</source>
        <translation>Es geht so</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Doing well</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Erwähnt</translation>
    </message>
    <message>
        <source>Handout given</source>
        <translation>Infoblatt mitgegeben</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Weitervermittelt</translation>
    </message>
    <message>
        <source>Adverse event or error</source>
        <translation>Unerwünschtes Ereignis oder Fehler</translation>
    </message>
    <message>
        <source>Unexpected death or outcome</source>
        <translation>Unerwarteter Tod oder Verlauf</translation>
    </message>
    <message>
        <source>Trauma or mass casualty</source>
        <translation>Trauma oder Großschadenslage</translation>
    </message>
    <message>
        <source>Lawsuit or complaint</source>
        <translation>Klage oder Beschwerde</translation>
    </message>
    <message>
        <source>Licensing board matter</source>
        <translation>Kammer- oder Approbationsverfahren</translation>
    </message>
    <message>
        <source>Patient aggression</source>
        <translation>Aggression von Patientenseite</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Colleague&apos;s death or illness</source>
        <translation>Tod oder Krankheit im Kollegium</translation>
    </message>
    <message>
        <source>Burnout or moral injury</source>
        <translation>Burnout oder moralische Verletzung</translation>
    </message>
    <message>
        <source>Change at work</source>
        <translation>Veränderung bei der Arbeit</translation>
    </message>
    <message>
        <source>Personal life stressor</source>
        <translation>Private Belastung</translation>
    </message>
    <message>
        <source>Self-blame or guilt</source>
        <translation>Selbstvorwürfe oder Schuldgefühle</translation>
    </message>
    <message>
        <source>Feeling isolated</source>
        <translation>Gefühl der Isolation</translation>
    </message>
    <message>
        <source>Shame or fear of judgement</source>
        <translation>Scham oder Angst vor Verurteilung</translation>
    </message>
    <message>
        <source>Fear of the review, litigation or licensing process</source>
        <translation>Angst vor Prüfung oder Rechtsfolgen</translation>
    </message>
    <message>
        <source>Replaying the event or trouble sleeping</source>
        <translation>Gedankenkreisen oder Schlafprobleme</translation>
    </message>
    <message>
        <source>Anxiety or low mood</source>
        <translation>Angst oder gedrückte Stimmung</translation>
    </message>
    <message>
        <source>Work overload</source>
        <translation>Arbeitsüberlastung</translation>
    </message>
    <message>
        <source>Not feeling valued</source>
        <translation>Sich nicht wertgeschätzt fühlen</translation>
    </message>
    <message>
        <source>Loss of meaning</source>
        <translation>Sinnverlust</translation>
    </message>
    <message>
        <source>Childcare or family care</source>
        <translation>Kinderbetreuung oder Angehörigenpflege</translation>
    </message>
    <message>
        <source>Thinking of reducing hours or leaving</source>
        <translation>Erwägt Teilzeit oder Kündigung</translation>
    </message>
    <message>
        <source>Fear of exposure or transmission</source>
        <translation>Angst, sich oder andere anzustecken</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Tags added by the supporter</source>
        <translation>Von der unterstützenden Person hinzugefügte Schlagwörter</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(vergessene Person)</translation>
    </message>
    <message>
        <source>since yesterday ({date})</source>
        <translation>seit gestern ({date})</translation>
    </message>
    <message>
        <source>{n} days late ({date})</source>
        <translation>{n} Tage zu spät ({date})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow ({date})</source>
        <translation>morgen ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Nachkontakte</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachkontakte</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Nachkontakte</translation>
    </message>
    <message>
        <source>Press Enter on a follow-up to start the follow-up session</source>
        <translation>Drücken Sie die Eingabetaste auf einem Nachkontakt, um das Nachgespräch zu beginnen</translation>
    </message>
    <message>
        <source>&amp;Complete: start the follow-up session</source>
        <translation>&amp;Erledigen: Nachgespräch beginnen</translation>
    </message>
    <message>
        <source>Complete this follow-up by starting the follow-up session</source>
        <translation>Diesen Nachkontakt erledigen, indem Sie das Nachgespräch beginnen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Snooze this follow-up</source>
        <translation>Diesen Nachkontakt verschieben</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Datum wählen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel follow-up…</source>
        <translation>Nachkontakt &amp;absagen…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, with a reason</source>
        <translation>Diesen Nachkontakt mit einer Begründung absagen</translation>
    </message>
    <message>
        <source>Open the session it came &amp;from</source>
        <translation>Das Gespräch &amp;öffnen, aus dem er stammt</translation>
    </message>
    <message>
        <source>Open the session this follow-up came from</source>
        <translation>Das Gespräch öffnen, aus dem dieser Nachkontakt stammt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Agreed in:</source>
        <translation>Vereinbart in:</translation>
    </message>
    <message>
        <source>{n} due: {overdue} overdue · {today} today · {week} later this week</source>
        <translation>{n} fällig: {overdue} überfällig · {today} heute · {week} später in dieser Woche</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Diese Woche ist nichts fällig.</translation>
    </message>
    <message>
        <source>&amp;Tomorrow ({date})</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Morgen ({date})</translation>
    </message>
    <message>
        <source>&amp;Next week ({date})</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Nächste Woche ({date})</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(vergessene Person)</translation>
    </message>
    <message>
        <source>Done: {peer}&apos;s follow-up, completed by the session of {date}.</source>
        <translation>Erledigt: der Nachkontakt mit {peer}, erledigt durch das Gespräch vom {date}.</translation>
    </message>
    <message>
        <source>Done: {peer}&apos;s follow-up.</source>
        <translation>Erledigt: der Nachkontakt mit {peer}.</translation>
    </message>
    <message>
        <source>Choose a follow-up to see its plan. Press Enter on one to start the follow-up session.</source>
        <translation>Wählen Sie einen Nachkontakt, um seinen Plan zu sehen. Drücken Sie auf einem die Eingabetaste, um das Nachgespräch zu beginnen.</translation>
    </message>
    <message>
        <source>No open follow-ups. When you agree one in a session, it shows up here.</source>
        <translation>Keine offenen Nachkontakte. Wenn Sie in einem Gespräch einen vereinbaren, erscheint er hier.</translation>
    </message>
    <message>
        <source>&amp;Complete: go on with the follow-up session (a draft)</source>
        <translation>&amp;Erledigen: mit dem Nachgespräch weitermachen (ein Entwurf)</translation>
    </message>
    <message>
        <source>No plan written down.</source>
        <translation>Kein Plan notiert.</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Keiner aufbewahrt</translation>
    </message>
    <message>
        <source>the session of {date}</source>
        <translation>das Gespräch vom {date}</translation>
    </message>
    <message>
        <source>a session that is no longer kept</source>
        <translation>ein Gespräch, das nicht mehr aufbewahrt wird</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} Tage zu spät</translation>
    </message>
    <message>
        <source>since yesterday</source>
        <translation>seit gestern</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>in {n} Tagen</translation>
    </message>
    <message>
        <source>That follow-up is no longer open.</source>
        <translation>Dieser Nachkontakt ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>It could not be snoozed: {reason}</source>
        <translation>Er konnte nicht verschoben werden: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Verschoben auf {date}.</translation>
    </message>
    <message>
        <source>Keep the reason to {n} characters; nothing was changed.</source>
        <translation>Die Begründung darf höchstens {n} Zeichen lang sein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>It could not be cancelled: {reason}</source>
        <translation>Er konnte nicht abgesagt werden: {reason}</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>Nachkontakt abgesagt.</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>Snooze until this date</source>
        <translation>Auf dieses Datum verschieben</translation>
    </message>
    <message>
        <source>They are doing well and need no more check-ins</source>
        <translation>Es geht der Person gut, sie braucht keine weiteren Nachfragen</translation>
    </message>
    <message>
        <source>They asked not to be contacted again</source>
        <translation>Die Person möchte nicht mehr kontaktiert werden</translation>
    </message>
    <message>
        <source>Someone else is following up</source>
        <translation>Jemand anderes übernimmt den Nachkontakt</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>Ich konnte die Person nicht erreichen</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Nachkontakt absagen</translation>
    </message>
    <message>
        <source>Why is this follow-up no longer needed? (No names or details.)</source>
        <translation>Warum wird dieser Nachkontakt nicht mehr gebraucht? (Keine Namen oder Details.)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <source>To be sure your copy is right, type group {n} of your recovery code from what you wrote down or printed (not from the screen).</source>
        <translation>Damit sicher ist, dass Ihre Abschrift stimmt, geben Sie Gruppe {n} Ihres Wiederherstellungscodes aus Ihrer Notiz oder dem Ausdruck ein (nicht vom Bildschirm).</translation>
    </message>
    <message>
        <source>&amp;Group {n}:</source>
        <translation>&amp;Gruppe {n}:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery code</source>
        <translation>Gruppe {n} des Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Type group {n} to go on.</source>
        <translation>Geben Sie Gruppe {n} ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>A group is {size} letters and digits. Please check it.</source>
        <translation>Eine Gruppe besteht aus {size} Buchstaben und Ziffern. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>That is not group {n}. Compare your copy with the code: choose Show the code again and correct your copy if it differs.</source>
        <translation>Das ist nicht Gruppe {n}. Vergleichen Sie Ihre Abschrift mit dem Code: Wählen Sie Code erneut zeigen und korrigieren Sie Ihre Abschrift, falls sie abweicht.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>In immediate danger, call your local emergency number.</source>
        <translation>Bei akuter Gefahr rufen Sie Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>In immediate danger, call {number}.</source>
        <translation>Bei akuter Gefahr rufen Sie {number} an.</translation>
    </message>
    <message>
        <source>In immediate danger, call {first} or {second}.</source>
        <translation>Bei akuter Gefahr rufen Sie {first} oder {second} an.</translation>
    </message>
    <message>
        <source>Support for you</source>
        <translation>Unterstützung für Sie</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone. These services listen, and they are used to hearing from health workers.</source>
        <translation>Sie müssen das nicht allein tragen. Diese Stellen hören zu, und sie sind es gewohnt, von Beschäftigten im Gesundheitswesen zu hören.</translation>
    </message>
    <message>
        <source>Prepared on {date}.</source>
        <translation>Erstellt am {date}.</translation>
    </message>
    <message>
        <source>Services change their numbers and hours from time to time; if one does not answer, try another on this page.</source>
        <translation>Dienste ändern ab und zu ihre Nummern und Zeiten; wenn einer nicht antwortet, versuchen Sie einen anderen auf dieser Seite.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Infoblatt drucken</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Infoblatt-Vorschau</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Make a handout</source>
        <translation>Infoblatt erstellen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Hilfsangebot</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>Vor dem Drucken prüfen</translation>
    </message>
    <message>
        <source>Resources on the handout</source>
        <translation>Hilfsangebote auf dem Infoblatt</translation>
    </message>
    <message>
        <source>Tick a category for all of its entries; Space ticks the current row</source>
        <translation>Haken Sie eine Kategorie ab, um alle ihre Einträge zu nehmen; die Leertaste hakt die aktuelle Zeile ab</translation>
    </message>
    <message>
        <source>&amp;Resources (tick a category to take all of it)</source>
        <translation>&amp;Hilfsangebote (eine Kategorie abhaken, um sie ganz zu nehmen)</translation>
    </message>
    <message>
        <source>Ticked when this opened: {names}. Untick any you don&apos;t want on the page.</source>
        <translation>Beim Öffnen abgehakt: {names}. Nehmen Sie den Haken bei allem heraus, was nicht auf das Blatt soll.</translation>
    </message>
    <message>
        <source>Personal note (optional)</source>
        <translation>Persönliche Notiz (optional)</translation>
    </message>
    <message>
        <source>e.g. Thank you for talking with me today.</source>
        <translation>z. B. Danke für das Gespräch heute.</translation>
    </message>
    <message>
        <source>Printed exactly as you type it on a page you give away: leave out names and anything about your conversation.</source>
        <translation>Wird genau so gedruckt, wie Sie es eingeben, auf einem Blatt, das Sie weitergeben: Lassen Sie Namen und alles über Ihr Gespräch weg.</translation>
    </message>
    <message>
        <source>Organisation name on the handout</source>
        <translation>Name der Organisation auf dem Infoblatt</translation>
    </message>
    <message>
        <source>Optional, e.g. your hospital&apos;s name</source>
        <translation>Optional, z. B. der Name Ihres Krankenhauses</translation>
    </message>
    <message>
        <source>Date on the handout</source>
        <translation>Datum auf dem Infoblatt</translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Keep them without contact details</source>
        <translation>Ohne Kontaktangaben &amp;behalten</translation>
    </message>
    <message>
        <source>Print the entries without a phone, text line or web address as they are</source>
        <translation>Die Einträge ohne Telefonnummer, SMS-Nummer oder Webadresse so drucken, wie sie sind</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>Every handout says: {line}</source>
        <translation>Auf jedem Infoblatt steht: {line}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Show a print preview</source>
        <translation>Eine Druckvorschau zeigen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Das Infoblatt drucken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Das Infoblatt als PDF speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>Schließen, ohne zu drucken</translation>
    </message>
    <message>
        <source>Personal &amp;note:</source>
        <translation>Persönliche &amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>no phone, text or web address yet</source>
        <translation>noch keine Telefonnummer, SMS-Nummer oder Webadresse</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>noch nicht verifiziert</translation>
    </message>
    <message>
        <source>verified over a year ago</source>
        <translation>vor über einem Jahr verifiziert</translation>
    </message>
    <message>
        <source>A note holds at most {n} characters; the rest was cut off.</source>
        <translation>Eine Notiz hat höchstens {n} Zeichen; der Rest wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>“{name}” was not verified in the last 12 months: check its numbers and hours before you hand this out.</source>
        <translation>„{name}“ wurde in den letzten 12 Monaten nicht verifiziert: Prüfen Sie Nummern und Zeiten, bevor Sie das Blatt weitergeben.</translation>
    </message>
    <message>
        <source>{n} of the chosen entries were not verified in the last 12 months: check their numbers and hours before you hand this out.</source>
        <translation>{n} der gewählten Einträge wurden in den letzten 12 Monaten nicht verifiziert: Prüfen Sie Nummern und Zeiten, bevor Sie das Blatt weitergeben.</translation>
    </message>
    <message>
        <source>No phone, text line or web address yet for: {names}. Fill it in on the Resources page, untick it, or keep it without contact details.</source>
        <translation>Noch keine Telefonnummer, SMS-Nummer oder Webadresse für: {names}. Tragen Sie sie auf der Seite Hilfsangebote ein, nehmen Sie den Haken heraus oder behalten Sie den Eintrag ohne Kontaktangaben.</translation>
    </message>
    <message>
        <source>Tick at least one resource.</source>
        <translation>Haken Sie mindestens ein Hilfsangebot ab.</translation>
    </message>
    <message>
        <source>Fits on one page.</source>
        <translation>Passt auf eine Seite.</translation>
    </message>
    <message>
        <source>Takes {n} pages: untick a few entries to fit one page.</source>
        <translation>Braucht {n} Seiten: Nehmen Sie ein paar Einträge heraus, damit es auf eine Seite passt.</translation>
    </message>
    <message>
        <source>The note can&apos;t be printed: {reason}.</source>
        <translation>Die Notiz kann nicht gedruckt werden: {reason}.</translation>
    </message>
    <message>
        <source>The organisation name can&apos;t be printed: {reason}.</source>
        <translation>Der Name der Organisation kann nicht gedruckt werden: {reason}.</translation>
    </message>
    <message>
        <source>Tick at least one resource first.</source>
        <translation>Haken Sie zuerst mindestens ein Hilfsangebot ab.</translation>
    </message>
    <message>
        <source>Not printed yet: no phone, text line or web address for {names}. Fill it in, untick it, or press “Keep them without contact details”.</source>
        <translation>Noch nicht gedruckt: keine Telefonnummer, SMS-Nummer oder Webadresse für {names}. Tragen Sie sie ein, nehmen Sie den Haken heraus oder drücken Sie „Ohne Kontaktangaben behalten“.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%Ln page(s)).</source>
        <translation>
            <numerusform>{name} gespeichert (%Ln Seite).</numerusform>
            <numerusform>{name} gespeichert (%Ln Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be printed: {reason}</source>
        <translation>Das Infoblatt konnte nicht gedruckt werden: {reason}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Infoblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuard</name>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Record or ID number</source>
        <translation>Akten- oder Kennnummer</translation>
    </message>
    <message>
        <source>Date (of birth?)</source>
        <translation>Datum (Geburtsdatum?)</translation>
    </message>
    <message>
        <source>Clinical detail (a diagnosis?)</source>
        <translation>Klinisches Detail (eine Diagnose?)</translation>
    </message>
    <message>
        <source>Clinical detail (a procedure?)</source>
        <translation>Klinisches Detail (ein Eingriff?)</translation>
    </message>
    <message>
        <source>Clinical detail (a medication?)</source>
        <translation>Klinisches Detail (ein Medikament?)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuardDialog</name>
    <message>
        <source>Before you save</source>
        <translation>Vor dem Speichern</translation>
    </message>
    <message>
        <source>Some of what you wrote looks like it could identify someone. A peer-support note keeps the minimum: a pseudonym and a few words about how things went. Contact details belong on the peer card; record numbers, birth dates and other people&apos;s details don&apos;t belong here at all.</source>
        <translation>Manches von dem, was Sie geschrieben haben, sieht so aus, als könnte es jemanden identifizieren. Eine Notiz zur kollegialen Unterstützung hält nur das Nötigste fest: ein Pseudonym und ein paar Worte dazu, wie es gelaufen ist. Kontaktdaten gehören auf die Personenkarte; Aktennummern, Geburtsdaten und Angaben zu anderen Menschen gehören überhaupt nicht hierher.</translation>
    </message>
    <message>
        <source>Some words look like clinical detail: a diagnosis, a procedure or a medication, the peer&apos;s or a patient&apos;s. Clinical detail belongs in the record of care; a peer-support note can say how things went without it. If it is needed, keep it.</source>
        <translation>Einige Wörter sehen nach klinischen Details aus: eine Diagnose, ein Eingriff oder ein Medikament, der Person oder einer Patientin, eines Patienten. Klinische Details gehören in die Behandlungsdokumentation; eine Notiz zur kollegialen Unterstützung kann ohne sie sagen, wie es gelaufen ist. Wenn es nötig ist, behalten Sie es.</translation>
    </message>
    <message>
        <source>What to check before saving</source>
        <translation>Was vor dem Speichern zu prüfen ist</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Zurück und bearbeiten</translation>
    </message>
    <message>
        <source>Go back and edit the note</source>
        <translation>Zurück und die Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Keep it and save</source>
        <translation>Behalten und speichern</translation>
    </message>
    <message>
        <source>Keep the text as it is and save</source>
        <translation>Den Text so lassen und speichern</translation>
    </message>
    <message>
        <source>in “{where}”</source>
        <translation>in „{where}“</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Finished session records held in the month or period. An outreach that was declined, not answered or put off counts too: every attempt is a record. Drafts do not count.</source>
        <translation>Abgeschlossene Gesprächseinträge im Monat oder Zeitraum. Auch ein Kontaktangebot, das abgelehnt, nicht beantwortet oder verschoben wurde, zählt: Jeder Versuch ist ein Eintrag. Entwürfe zählen nicht.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Contacts in which a conversation took place: the outreach was accepted, or no outreach outcome was recorded (the peer came to the supporter).</source>
        <translation>Kontakte, in denen ein Gespräch stattfand: Das Kontaktangebot wurde angenommen, oder es wurde kein Ergebnis eines Kontaktangebots erfasst (die Person kam von sich aus).</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Kontakte nach Art</translation>
    </message>
    <message>
        <source>Contacts counted by their kind (proactive outreach, peer asked, follow-up, group); contacts without a kind are &apos;not recorded&apos;. The kinds add up to the contacts.</source>
        <translation>Kontakte nach ihrer Art gezählt (proaktives Kontaktangebot, Person bat darum, Nachkontakt, Gruppe); Kontakte ohne Art sind „nicht erfasst“. Die Arten ergeben zusammen die Kontakte.</translation>
    </message>
    <message>
        <source>Contacts by mode</source>
        <translation>Kontakte nach Form</translation>
    </message>
    <message>
        <source>Contacts counted by how they were held (phone, video, in person, text message); &apos;not recorded&apos; when no mode was chosen. The modes add up to the contacts.</source>
        <translation>Kontakte danach gezählt, wie sie stattfanden (Telefon, Video, persönlich, Textnachricht); „nicht erfasst“, wenn keine Form gewählt wurde. Die Formen ergeben zusammen die Kontakte.</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Ergebnis des Kontaktangebots</translation>
    </message>
    <message>
        <source>Contacts counted by the outcome of the outreach (accepted, declined, no answer, asked to talk later); &apos;not recorded&apos; when none was chosen. The outcomes add up to the contacts.</source>
        <translation>Kontakte nach dem Ergebnis des Kontaktangebots gezählt (angenommen, abgelehnt, keine Antwort, möchte später sprechen); „nicht erfasst“, wenn keines gewählt wurde. Die Ergebnisse ergeben zusammen die Kontakte.</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>Ereigniskategorien</translation>
    </message>
    <message>
        <source>Contacts tagged with each event category. A contact can carry several tags, so these add up to more than the contacts; contacts without a tag are not counted here.</source>
        <translation>Kontakte mit dem Schlagwort der jeweiligen Ereigniskategorie. Ein Kontakt kann mehrere Schlagwörter tragen, daher ergeben diese zusammen mehr als die Kontakte; Kontakte ohne Schlagwort werden hier nicht gezählt.</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Belastungsfaktoren</translation>
    </message>
    <message>
        <source>Contacts tagged with each stress driver. A contact can carry several, so these add up to more than the contacts.</source>
        <translation>Kontakte mit dem Schlagwort des jeweiligen Belastungsfaktors. Ein Kontakt kann mehrere tragen, daher ergeben diese zusammen mehr als die Kontakte.</translation>
    </message>
    <message>
        <source>Referrals by type</source>
        <translation>Weitervermittlungen nach Art</translation>
    </message>
    <message>
        <source>Contacts in which a referral of each type was made: a kind of help or a resource marked referred, because the supporter made or arranged the contact. A resource counts under the type of its category. Mentioned or handed out is not a referral. A contact with two types of referral counts once under each.</source>
        <translation>Kontakte, in denen eine Weitervermittlung der jeweiligen Art erfolgte: eine Art von Hilfe oder ein Hilfsangebot, als weitervermittelt markiert, weil die unterstützende Person den Kontakt hergestellt oder vereinbart hat. Ein Hilfsangebot zählt unter der Art seiner Kategorie. Erwähnt oder Infoblatt mitgegeben ist keine Weitervermittlung. Ein Kontakt mit zwei Arten von Weitervermittlung zählt unter jeder einmal.</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Gespräche mit Weitervermittlung</translation>
    </message>
    <message>
        <source>Conversations in which at least one kind of help or resource was marked referred.</source>
        <translation>Gespräche, in denen mindestens eine Art von Hilfe oder ein Hilfsangebot als weitervermittelt markiert wurde.</translation>
    </message>
    <message>
        <source>Conversations with help mentioned</source>
        <translation>Gespräche mit erwähnter Hilfe</translation>
    </message>
    <message>
        <source>Conversations in which at least one kind of help or resource was marked mentioned: named, with no handout and no contact arranged. Not a referral.</source>
        <translation>Gespräche, in denen mindestens eine Art von Hilfe oder ein Hilfsangebot als erwähnt markiert wurde: genannt, ohne Infoblatt und ohne vereinbarten Kontakt. Keine Weitervermittlung.</translation>
    </message>
    <message>
        <source>Conversations with a handout</source>
        <translation>Gespräche mit Infoblatt</translation>
    </message>
    <message>
        <source>Conversations in which at least one resource or kind of help was marked handout given. Not a referral.</source>
        <translation>Gespräche, in denen mindestens ein Hilfsangebot oder eine Art von Hilfe als Infoblatt mitgegeben markiert wurde. Keine Weitervermittlung.</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Vermittlungsquote</translation>
    </message>
    <message>
        <source>Conversations with a referral divided by conversations, as a percentage.</source>
        <translation>Gespräche mit Weitervermittlung geteilt durch Gespräche, in Prozent.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachkontakte</translation>
    </message>
    <message>
        <source>Follow-ups agreed in a session whose due date falls in the month or period, whatever became of them (done, cancelled or still open).</source>
        <translation>In einem Gespräch vereinbarte Nachkontakte, deren Fälligkeitsdatum in den Monat oder Zeitraum fällt, egal was aus ihnen wurde (erledigt, abgesagt oder noch offen).</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Erledigte Nachkontakte</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the month or period, those marked done.</source>
        <translation>Von den im Monat oder Zeitraum fälligen Nachkontakten die als erledigt markierten.</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Nachkontakte</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the period, those still open after their due date.</source>
        <translation>Von den im Zeitraum fälligen Nachkontakten die nach ihrem Fälligkeitsdatum noch offenen.</translation>
    </message>
    <message>
        <source>Median days to follow-up</source>
        <translation>Median der Tage bis zum Nachkontakt</translation>
    </message>
    <message>
        <source>For completed follow-ups due in the period: the median number of days from the session that agreed the follow-up to the session that completed it. Follow-ups marked done without a follow-up session are left out.</source>
        <translation>Für erledigte Nachkontakte, die im Zeitraum fällig waren: der Median der Tage vom Gespräch, in dem der Nachkontakt vereinbart wurde, bis zum Gespräch, das ihn erledigt hat. Ohne Nachgespräch als erledigt markierte Nachkontakte werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Unterstützungsstunden</translation>
    </message>
    <message>
        <source>The sum of the recorded durations of the contacts, in hours. Contacts without a duration add nothing.</source>
        <translation>Die Summe der erfassten Dauer der Kontakte, in Stunden. Kontakte ohne Dauer tragen nichts bei.</translation>
    </message>
    <message>
        <source>Your self-care</source>
        <translation>Ihre Selbstfürsorge</translation>
    </message>
    <message>
        <source>The average of your own self-care rating (1 = struggling, 5 = doing well) over the contacts of each month where you rated it, with the number of ratings. It stays on this computer: it is never part of a report.</source>
        <translation>Der Durchschnitt Ihrer eigenen Einschätzung (1 = es geht mir schlecht, 5 = es geht mir gut) über die Kontakte jedes Monats, in denen Sie sie angegeben haben, mit der Zahl der Einschätzungen. Sie bleibt auf diesem Computer: Sie ist nie Teil eines Berichts.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>{title}: none in this period.</source>
        <translation>{title}: keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{title}. Most often: {top}.</source>
        <translation>{title}. Am häufigsten: {top}.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Chosen months</source>
        <translation>Gewählte Monate</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Von Monat</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Bis Monat</translation>
    </message>
    <message>
        <source>&amp;Report for the program…</source>
        <translation>&amp;Bericht für das Programm…</translation>
    </message>
    <message>
        <source>Make a de-identified report</source>
        <translation>Einen anonymisierten Bericht erstellen</translation>
    </message>
    <message>
        <source>Counts only, for your program: preview it, then save it as CSV or PDF</source>
        <translation>Nur Zahlen, für Ihr Programm: Vorschau ansehen, dann als CSV oder PDF speichern</translation>
    </message>
    <message>
        <source>Program &amp;totals…</source>
        <translation>Gesamt&amp;zahlen…</translation>
    </message>
    <message>
        <source>Combine several supporters&apos; reports</source>
        <translation>Berichte mehrerer unterstützender Personen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Zei&amp;traum</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>v&amp;on</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Stunden Unterstützung</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Quote der Vermittlung</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Erledigte Nachkontakte</translation>
    </message>
    <message>
        <source>Median days to follow-up</source>
        <translation>Median der Tage bis zum Nachkontakt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-ups due and completed</source>
        <translation>Fällige und erledigte Nachkontakte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Einschätzungen</translation>
    </message>
    <message>
        <source>Choose a period of at most {n} months that ends after it starts.</source>
        <translation>Wählen Sie einen Zeitraum von höchstens {n} Monaten, der nach seinem Beginn endet.</translation>
    </message>
    <message>
        <source>{n} of {total} conversations; not counted: help mentioned in {m}, a handout in {h}</source>
        <translation>{n} von {total} Gesprächen; nicht gezählt: Hilfe erwähnt in {m}, Infoblatt in {h}</translation>
    </message>
    <message>
        <source>{done} of {due}</source>
        <translation>{done} von {due}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} überfällig</translation>
    </message>
    <message>
        <source>no follow-up sessions yet</source>
        <translation>noch keine Nachgespräche</translation>
    </message>
    <message>
        <source>Other attempts</source>
        <translation>Andere Versuche</translation>
    </message>
    <message>
        <source>Contacts per month, {total} in all; the busiest month was {month} with {n}.</source>
        <translation>Kontakte pro Monat, insgesamt {total}; der Monat mit den meisten war {month} mit {n}.</translation>
    </message>
    <message>
        <source>Contacts per month: none in this period.</source>
        <translation>Kontakte pro Monat: keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-ups: {done} of {due} completed, {late} overdue.</source>
        <translation>Nachkontakte: {done} von {due} erledigt, {late} überfällig.</translation>
    </message>
    <message>
        <source>Your self-care ratings, month by month, from 1 (struggling) to 5 (doing well).</source>
        <translation>Ihre Einschätzungen der Selbstfürsorge, Monat für Monat, von 1 (es geht mir schlecht) bis 5 (es geht mir gut).</translation>
    </message>
    <message>
        <source>Latest: {month}, {value}.</source>
        <translation>Zuletzt: {month}, {value}.</translation>
    </message>
    <message>
        <source>Rate how you are doing at the end of each session to see a trend here.</source>
        <translation>Geben Sie am Ende jedes Gesprächs an, wie es Ihnen geht, um hier einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Your ratings have been low lately. Supporters need support too: a debrief with a fellow supporter or your program lead can help.</source>
        <translation>Ihre Einschätzungen waren in letzter Zeit niedrig. Auch unterstützende Personen brauchen Unterstützung: Eine Nachbesprechung mit einem anderen Peer oder der Leitung Ihres Programms kann helfen.</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a report.</source>
        <translation>Nur Sie sehen das. Es ist nie Teil eines Berichts.</translation>
    </message>
</context>
<context>
    <name>LastSessionSummary</name>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Last session with this peer</source>
        <translation>Letztes Gespräch mit dieser Person</translation>
    </message>
    <message>
        <source>Last time with {peer}</source>
        <translation>Letztes Mal mit {peer}</translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Datum: </translation>
    </message>
    <message>
        <source>Outreach: </source>
        <translation>Kontaktangebot: </translation>
    </message>
    <message>
        <source>Nothing was ticked.</source>
        <translation>Nichts wurde abgehakt.</translation>
    </message>
    <message>
        <source>Follow-up agreed for: </source>
        <translation>Nachkontakt vereinbart für: </translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>Plan: </translation>
    </message>
    <message>
        <source>No follow-up was agreed.</source>
        <translation>Es wurde kein Nachkontakt vereinbart.</translation>
    </message>
    <message>
        <source>Anything else: </source>
        <translation>Sonstiges: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo journal</source>
        <translation>Demo-Journal</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachkontakte</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Hilfsangebote</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Demo journal: every session here is fictional, and the whole journal is deleted when PeerDesk closes.</source>
        <translation>Demo-Journal: Jedes Gespräch hier ist erfunden, und das ganze Journal wird gelöscht, wenn PeerDesk sich schließt.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Re&amp;port for the program…</source>
        <translation>Be&amp;richt für das Programm…</translation>
    </message>
    <message>
        <source>Program &amp;totals…</source>
        <translation>Gesamt&amp;zahlen des Programms…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>How PeerDesk protects your journal</source>
        <translation>Wie PeerDesk Ihr Journal schützt</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Über PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <comment>Go menu</comment>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>Go menu</comment>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <comment>Go menu</comment>
        <translation>&amp;Nachkontakte</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <comment>Go menu</comment>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <comment>Go menu</comment>
        <translation>H&amp;ilfsangebote</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <comment>Go menu</comment>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <comment>Go menu</comment>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;How PeerDesk protects your journal</source>
        <comment>Help menu</comment>
        <translation>&amp;Wie PeerDesk Ihr Journal schützt</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {week} later this week</source>
        <translation>{overdue} überfällig, {today} heute fällig, {week} später in dieser Woche</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Gespräch gespeichert.</translation>
    </message>
    <message>
        <source>No backup yet. Journal ▸ Back up now makes an encrypted copy.</source>
        <translation>Noch keine Sicherung. Journal ▸ Jetzt sichern erstellt eine verschlüsselte Kopie.</translation>
    </message>
    <message>
        <source>The last backup is from {date}, more than a week ago.</source>
        <translation>Die letzte Sicherung ist vom {date}, mehr als eine Woche her.</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Es wird bereits eine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Sicherung geschrieben und geprüft: {name}</translation>
    </message>
    <message>
        <source>The journal keeps its old key</source>
        <translation>Das Journal behält seinen alten Schlüssel</translation>
    </message>
    <message>
        <source>{title}. Nothing was changed: the old code and passphrase still work.</source>
        <translation>{title}. Es wurde nichts geändert: Der alte Code und die Passphrase funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>The journal has a new key. The old recovery code opens nothing written now.</source>
        <translation>Das Journal hat einen neuen Schlüssel. Der alte Wiederherstellungscode öffnet nichts, was ab jetzt geschrieben wird.</translation>
    </message>
    <message>
        <source>What PeerDesk protects, and what it does not</source>
        <translation>Was PeerDesk schützt und was nicht</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Ihr neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write this new code down or print it now: it is shown only this once. When you have checked your copy, PeerDesk gives the journal a new key, and the old code will open nothing you write from then on. Until then nothing has changed.</source>
        <translation>Schreiben Sie diesen neuen Code jetzt auf oder drucken Sie ihn aus: Er wird nur dieses eine Mal gezeigt. Wenn Sie Ihre Abschrift geprüft haben, gibt PeerDesk dem Journal einen neuen Schlüssel, und der alte Code öffnet nichts mehr, was Sie ab dann schreiben. Bis dahin hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>&amp;Code erneut zeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: keep the old code and key</source>
        <translation>Abbrechen: alten Code und Schlüssel behalten</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ich habe ihn &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Only “Referred” counts as a referral: you made the contact or set it up for them. Mentioned and handout given are counted apart.</source>
        <translation>Nur „Weitervermittelt“ zählt als Weitervermittlung: Sie haben den Kontakt hergestellt oder für die Person vereinbart. Erwähnt und Infoblatt mitgegeben werden getrennt gezählt.</translation>
    </message>
    <message>
        <source>Kind of help or resource</source>
        <translation>Art von Hilfe oder Hilfsangebot</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Angebotene Hilfe</translation>
    </message>
    <message>
        <source>1 mentioned, 2 handout given, 3 referred, Space for the next mark, 0 or Delete to clear</source>
        <translation>1 erwähnt, 2 Infoblatt mitgegeben, 3 weitervermittelt, Leertaste für die nächste Markierung, 0 oder Entf zum Löschen</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Arten von Hilfe</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>{name}: {mark}</source>
        <translation>{name}: {mark}</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
</context>
<context>
    <name>OldBackupsDialog</name>
    <message>
        <source>Backups made with the old key</source>
        <translation>Mit dem alten Schlüssel erstellte Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt them with the new key</source>
        <translation>Mit dem neuen Schlüssel &amp;neu verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation>&amp;Vorerst behalten</translation>
    </message>
    <message>
        <source>No backup made with an old key is left in the backup folders.</source>
        <translation>In den Sicherungsordnern ist keine mit einem alten Schlüssel erstellte Sicherung mehr übrig.</translation>
    </message>
    <message>
        <source>The journal now has a new key, but these {n} backups were made before and keep the old one: the old recovery code still opens them. Re-encrypt them with the new key (the new code then opens them, the old one no longer), or delete them. Copies you made elsewhere yourself are not listed.</source>
        <translation>Das Journal hat jetzt einen neuen Schlüssel, aber diese {n} Sicherungen wurden vorher erstellt und behalten den alten: Der alte Wiederherstellungscode öffnet sie weiterhin. Verschlüsseln Sie sie mit dem neuen Schlüssel neu (dann öffnet sie der neue Code, der alte nicht mehr) oder löschen Sie sie. Kopien, die Sie selbst anderswo angelegt haben, sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>These {n} backups were made with an older key: the old recovery code still opens them. PeerDesk no longer holds that key, so it cannot re-encrypt them; delete them, or keep them and the old code (a restore asks for it).</source>
        <translation>Diese {n} Sicherungen wurden mit einem älteren Schlüssel erstellt: Der alte Wiederherstellungscode öffnet sie weiterhin. PeerDesk hat diesen Schlüssel nicht mehr und kann sie daher nicht neu verschlüsseln; löschen Sie sie oder behalten Sie sie und den alten Code (eine Wiederherstellung fragt danach).</translation>
    </message>
    <message>
        <source>Some of them are journals PeerDesk kept in its data folder: set aside by a restore, or rescued from a damaged file. They hold everything written up to then.</source>
        <translation>Einige davon sind Journale, die PeerDesk in seinem Datenordner aufbewahrt hat: bei einer Wiederherstellung beiseitegelegt oder aus einer beschädigten Datei gerettet. Sie enthalten alles, was bis dahin geschrieben wurde.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>journal set aside by a restore</source>
        <translation>bei einer Wiederherstellung beiseitegelegtes Journal</translation>
    </message>
    <message>
        <source>journal rescued from a damaged file</source>
        <translation>aus einer beschädigten Datei gerettetes Journal</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Delete these {n} backups and their key files? The journal itself and the backups made with the new key are kept.</source>
        <translation>Diese {n} Sicherungen und ihre Schlüsseldateien löschen? Das Journal selbst und die mit dem neuen Schlüssel erstellten Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Re-encrypting…</source>
        <translation>Wird neu verschlüsselt…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>{n} backups dealt with.</source>
        <translation>{n} Sicherungen erledigt.</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Page {n}</source>
        <translation>Seite {n}</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <source>The pages, as they will be printed</source>
        <translation>Die Seiten, wie sie gedruckt werden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Sho&amp;w closed peers</source>
        <translation>Abgeschlossene &amp;zeigen</translation>
    </message>
    <message>
        <source>Show closed peers</source>
        <translation>Personen mit abgeschlossener Begleitung zeigen</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Pseudonym of the new peer</source>
        <translation>Pseudonym der neuen Person</translation>
    </message>
    <message>
        <source>A name only you can link to them</source>
        <translation>Ein Name, den nur Sie der Person zuordnen können</translation>
    </message>
    <message>
        <source>Contact details of the new peer (optional)</source>
        <translation>Kontaktdaten der neuen Person (optional)</translation>
    </message>
    <message>
        <source>Optional, for follow-ups</source>
        <translation>Optional, für Nachkontakte</translation>
    </message>
    <message>
        <source>&amp;Add peer</source>
        <translation>Person hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add the new peer</source>
        <translation>Die neue Person hinzufügen</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Keine aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save the pseudonym and contact details</source>
        <translation>Pseudonym und Kontaktdaten speichern</translation>
    </message>
    <message>
        <source>Sessions with this peer</source>
        <translation>Gespräche mit dieser Person</translation>
    </message>
    <message>
        <source>&amp;New session with this peer</source>
        <translation>&amp;Neues Gespräch mit dieser Person</translation>
    </message>
    <message>
        <source>Start a new session with this peer</source>
        <translation>Ein neues Gespräch mit dieser Person beginnen</translation>
    </message>
    <message>
        <source>&amp;Forget now…</source>
        <translation>Jetzt &amp;vergessen…</translation>
    </message>
    <message>
        <source>Forget this peer now</source>
        <translation>Diese Person jetzt vergessen</translation>
    </message>
    <message>
        <source>Remove this peer and their notes for good; the counts stay</source>
        <translation>Diese Person und die Notizen zu ihr endgültig entfernen; die Zahlen bleiben</translation>
    </message>
    <message>
        <source>Add a peer</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Pseu&amp;donym</source>
        <translation>Pseu&amp;donym</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Kon&amp;takt</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <source>&amp;Contact details</source>
        <translation>&amp;Kontaktdaten</translation>
    </message>
    <message>
        <source>Choose a peer on the left to see their sessions, or add a new one.</source>
        <translation>Wählen Sie links eine Person, um ihre Gespräche zu sehen, oder fügen Sie eine neue hinzu.</translation>
    </message>
    <message>
        <source>Closed. Their contact details were removed on {date}.</source>
        <translation>Abgeschlossen. Die Kontaktdaten wurden am {date} entfernt.</translation>
    </message>
    <message>
        <source>Closed on {date}. Contact details are removed once the retention period ends.</source>
        <translation>Abgeschlossen am {date}. Die Kontaktdaten werden entfernt, sobald die Aufbewahrungsfrist endet.</translation>
    </message>
    <message>
        <source>Open: you are still in touch.</source>
        <translation>Offen: Sie sind noch in Kontakt.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>C&amp;lose peer</source>
        <translation>Begleitung a&amp;bschließen</translation>
    </message>
    <message>
        <source>Reopen this peer</source>
        <translation>Die Begleitung dieser Person wieder öffnen</translation>
    </message>
    <message>
        <source>Close this peer</source>
        <translation>Die Begleitung dieser Person abschließen</translation>
    </message>
    <message>
        <source>follow-up done {date}</source>
        <translation>Nachkontakt erledigt am {date}</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>Nachkontakt erledigt</translation>
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation>Nachkontakt am {date}</translation>
    </message>
    <message>
        <source>No sessions with this peer yet.</source>
        <translation>Noch keine Gespräche mit dieser Person.</translation>
    </message>
    <message>
        <source>1 session (press Enter to open it)</source>
        <translation>1 Gespräch (Eingabetaste zum Öffnen)</translation>
    </message>
    <message>
        <source>{n} sessions, newest first (press Enter to open one)</source>
        <translation>{n} Gespräche, neueste zuerst (Eingabetaste zum Öffnen)</translation>
    </message>
    <message>
        <source>Give the peer a pseudonym.</source>
        <translation>Geben Sie der Person ein Pseudonym.</translation>
    </message>
    <message>
        <source>A pseudonym fits at most {n} characters.</source>
        <translation>Ein Pseudonym hat höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>Another peer already has this pseudonym. Add a letter or a number to tell them apart.</source>
        <translation>Eine andere Person hat bereits dieses Pseudonym. Fügen Sie einen Buchstaben oder eine Zahl hinzu, um sie zu unterscheiden.</translation>
    </message>
    <message>
        <source>Contact details fit at most {n} characters.</source>
        <translation>Kontaktdaten haben höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}.</source>
        <translation>Das konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>{name} wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>{name} is open again.</source>
        <translation>{name} ist wieder offen.</translation>
    </message>
    <message>
        <source>{name} is closed.</source>
        <translation>Die Begleitung von {name} ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Tick &quot;Show closed peers&quot; to see them again.</source>
        <translation>Haken Sie „Abgeschlossene zeigen“ ab, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <source>Removed for good: the pseudonym, any contact details, open follow-ups and the notes of their sessions.</source>
        <translation>Endgültig entfernt: das Pseudonym, etwaige Kontaktdaten, offene Nachkontakte und die Notizen ihrer Gespräche.</translation>
    </message>
    <message>
        <source>Kept, linked to nobody: the {n} session records&apos; dates, kinds, outcomes and tags, so your de-identified counts still add up.</source>
        <translation>Aufbewahrt, mit niemandem verknüpft: Datum, Art, Ergebnis und Schlagwörter der {n} Gesprächseinträge, damit Ihre anonymisierten Zahlen weiterhin stimmen.</translation>
    </message>
    <message>
        <source>There are no sessions with this peer, so nothing else changes.</source>
        <translation>Es gibt keine Gespräche mit dieser Person, daher ändert sich sonst nichts.</translation>
    </message>
    <message>
        <source>Forget {name} now?</source>
        <translation>{name} jetzt vergessen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The peer could not be forgotten: {reason}</source>
        <translation>Die Person konnte nicht vergessen werden: {reason}</translation>
    </message>
    <message>
        <source>The peer was forgotten.</source>
        <translation>Die Person wurde vergessen.</translation>
    </message>
    <message>
        <source>Forget peer</source>
        <translation>Person vergessen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message>
        <source>Program totals</source>
        <translation>Gesamtzahlen des Programms</translation>
    </message>
    <message>
        <source>Add the de-identified reports (CSV) your supporters sent you. PeerDesk adds them up and holds back small totals again. Nothing here is saved in your journal.</source>
        <translation>Fügen Sie die anonymisierten Berichte (CSV) hinzu, die Ihnen Ihre unterstützenden Personen geschickt haben. PeerDesk zählt sie zusammen und blendet kleine Summen wieder aus. Nichts hiervon wird in Ihrem Journal gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>Berichte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>Berichtsdateien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen report</source>
        <translation>Den gewählten Bericht entfernen</translation>
    </message>
    <message>
        <source>Reports added</source>
        <translation>Hinzugefügte Berichte</translation>
    </message>
    <message>
        <source>Hide totals below</source>
        <translation>Summen ausblenden unter</translation>
    </message>
    <message>
        <source>&amp;Hide totals below</source>
        <translation>Summen &amp;ausblenden unter</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Combined figures by month</source>
        <translation>Zusammengefasste Zahlen nach Monat</translation>
    </message>
    <message>
        <source>Combined figures by category</source>
        <translation>Zusammengefasste Zahlen nach Kategorie</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>Nach &amp;Monat</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Nach &amp;Kategorie</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the program totals as PDF</source>
        <translation>Die Gesamtzahlen des Programms als PDF speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add reports</source>
        <translation>Berichte hinzufügen</translation>
    </message>
    <message>
        <source>PeerDesk reports (*.csv);;All files (*)</source>
        <translation>PeerDesk-Berichte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the program totals</source>
        <translation>Die Gesamtzahlen des Programms speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>{name}: added already</source>
        <translation>{name}: bereits hinzugefügt</translation>
    </message>
    <message>
        <source>{name} was not added: {reason}</source>
        <translation>{name} wurde nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>{name} — {first} to {last}, counts below {t} held back</source>
        <translation>{name} — {first} bis {last}, Zahlen unter {t} ausgeblendet</translation>
    </message>
    <message>
        <source>No reports added yet.</source>
        <translation>Noch keine Berichte hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%Ln Bericht, {first} bis {last}.</numerusform>
            <numerusform>%Ln Berichte, {first} bis {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>x marks a total held back: one that could be below {t}, one a report held back, or one that adds up with those, so that none can be worked out from the others. Where an older report wrote &lt;N, the total is a range.</source>
        <translation>x markiert eine ausgeblendete Summe: eine, die unter {t} liegen könnte, eine, die ein Bericht ausgeblendet hat, oder eine, die sich mit diesen zusammenrechnet, damit keine aus den anderen errechnet werden kann. Wo ein älterer Bericht &lt;N geschrieben hat, ist die Summe ein Bereich.</translation>
    </message>
    <message>
        <source>Referral rate: {rate}.</source>
        <translation>Vermittlungsquote: {rate}.</translation>
    </message>
    <message>
        <source>A report asked for {t}, so {t} is used.</source>
        <translation>Ein Bericht verlangte {t}, daher wird {t} verwendet.</translation>
    </message>
    <message>
        <source>The reports cover different periods: months outside a report add nothing from it.</source>
        <translation>Die Berichte umfassen unterschiedliche Zeiträume: Monate außerhalb eines Berichts tragen nichts aus ihm bei.</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Gespräche mit Weitervermittlung</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>group {n}</source>
        <translation>Gruppe {n}</translation>
    </message>
    <message>
        <source>PeerDesk recovery sheet</source>
        <translation>PeerDesk-Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Recovery code made on {date}</source>
        <translation>Wiederherstellungscode erstellt am {date}</translation>
    </message>
    <message>
        <source>When you type it, capitals, spaces and dashes do not matter, and PeerDesk tells you if a group has a typo.</source>
        <translation>Bei der Eingabe spielen Groß- und Kleinschreibung, Leerzeichen und Bindestriche keine Rolle, und PeerDesk sagt Ihnen, wenn eine Gruppe einen Tippfehler hat.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür er gut ist</translation>
    </message>
    <message>
        <source>This code opens your PeerDesk journal when the key kept in the computer&apos;s keyring is not there: on a new computer, after reinstalling the system, or if the keyring was reset or lost. It also opens backups of your journal.</source>
        <translation>Dieser Code öffnet Ihr PeerDesk-Journal, wenn der im Schlüsselbund des Computers verwahrte Schlüssel nicht da ist: auf einem neuen Computer, nach einer Neuinstallation des Systems oder wenn der Schlüsselbund zurückgesetzt wurde oder verloren ging. Er öffnet auch Sicherungen Ihres Journals.</translation>
    </message>
    <message>
        <source>This code opens your PeerDesk journal if you forget your lock passphrase, on this computer or any other. It also opens backups of your journal.</source>
        <translation>Dieser Code öffnet Ihr PeerDesk-Journal, wenn Sie Ihre Sperr-Passphrase vergessen, auf diesem Computer oder jedem anderen. Er öffnet auch Sicherungen Ihres Journals.</translation>
    </message>
    <message>
        <source>While you still know your passphrase, you can make a new code at any time. If both this code and your passphrase are lost, nobody can open the journal: there is no other way in.</source>
        <translation>Solange Sie Ihre Passphrase noch kennen, können Sie jederzeit einen neuen Code erstellen. Wenn sowohl dieser Code als auch Ihre Passphrase verloren sind, kann niemand das Journal öffnen: Es gibt keinen anderen Weg hinein.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Wo Sie ihn aufbewahren</translation>
    </message>
    <message>
        <source>Somewhere safe and away from the laptop, for example with your important papers at home. Not in the laptop bag, not as a photo on your phone, not in e-mail or a cloud folder.</source>
        <translation>An einem sicheren Ort, nicht beim Laptop, zum Beispiel zu Hause bei Ihren wichtigen Unterlagen. Nicht in der Laptoptasche, nicht als Foto auf dem Handy, nicht in einer E-Mail oder einem Cloud-Ordner.</translation>
    </message>
    <message>
        <source>Keep it private</source>
        <translation>Halten Sie ihn geheim</translation>
    </message>
    <message>
        <source>Anyone who has this code and a copy of your journal file can read your journal. If you think someone has seen it, make a new code in PeerDesk&apos;s settings: the old one stops working at once, and you print a new sheet.</source>
        <translation>Wer diesen Code und eine Kopie Ihrer Journal-Datei hat, kann Ihr Journal lesen. Wenn Sie glauben, dass jemand ihn gesehen hat, erstellen Sie in den Einstellungen von PeerDesk einen neuen Code: Der alte funktioniert sofort nicht mehr, und Sie drucken ein neues Blatt.</translation>
    </message>
    <message>
        <source>If it is lost</source>
        <translation>Wenn er verloren geht</translation>
    </message>
    <message>
        <source>While PeerDesk still opens on this computer, you can make a new code at any time. If both this code and the computer&apos;s key are gone, nobody can open the journal: there is no other way in.</source>
        <translation>Solange PeerDesk sich auf diesem Computer noch öffnet, können Sie jederzeit einen neuen Code erstellen. Wenn sowohl dieser Code als auch der Schlüssel des Computers weg sind, kann niemand das Journal öffnen: Es gibt keinen anderen Weg hinein.</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Wiederherstellungsblatt drucken</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the program</source>
        <translation>Bericht für das Programm</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Von Monat</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Bis Monat</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Zahlen ausblenden unter</translation>
    </message>
    <message>
        <source>Counts from 1 to one below this number are held back (shown as x), never written as a number.</source>
        <translation>Zahlen von 1 bis eins unter dieser Zahl werden ausgeblendet (als x gezeigt), nie als Zahl geschrieben.</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Printable (PDF)</source>
        <translation>Druckbar (PDF)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Monate</translation>
    </message>
    <message>
        <source>&amp;Hide counts below</source>
        <translation>Zahlen &amp;ausblenden unter</translation>
    </message>
    <message>
        <source>&amp;File type</source>
        <translation>&amp;Dateityp</translation>
    </message>
    <message>
        <source>The CSV file, exactly as it will be written</source>
        <translation>Die CSV-Datei, genau so, wie sie geschrieben wird</translation>
    </message>
    <message>
        <source>What the CSV file will hold</source>
        <translation>Was die CSV-Datei enthalten wird</translation>
    </message>
    <message>
        <source>As a &amp;table</source>
        <translation>Als &amp;Tabelle</translation>
    </message>
    <message>
        <source>The &amp;CSV file</source>
        <translation>Die &amp;CSV-Datei</translation>
    </message>
    <message>
        <source>The PDF pages, as they will be written</source>
        <translation>Die PDF-Seiten, so wie sie geschrieben werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>What will be &amp;written</source>
        <translation>Was &amp;geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Den Bericht als CSV speichern</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Counts only, by month: no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Nur Zahlen, nach Monat: keine Namen, Pseudonyme, Notizen, Kontaktdaten oder Datumsangaben.</translation>
    </message>
    <message>
        <source>Your self-care ratings are never included. Below is exactly what will be written.</source>
        <translation>Ihre Einschätzungen der Selbstfürsorge sind nie enthalten. Unten steht genau, was geschrieben wird.</translation>
    </message>
    <message>
        <source>No count is from 1 to {below}, so none is held back.</source>
        <translation>Keine Zahl liegt zwischen 1 und {below}, also wird keine ausgeblendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count(s) are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</source>
        <translation>
            <numerusform>%Ln Zahl wird als x gezeigt: die Zahlen von 1 bis {below}, damit keine Person herausgefunden werden kann, und die Zahlen, die sich mit ihnen zusammenrechnen, damit keine durch Abziehen errechnet werden kann. Ein Bericht über dieselben Monate mit einer höheren Zahl blendet mindestens diese aus.</numerusform>
            <numerusform>%Ln Zahlen werden als x gezeigt: die Zahlen von 1 bis {below}, damit keine Person herausgefunden werden kann, und die Zahlen, die sich mit ihnen zusammenrechnen, damit keine durch Abziehen errechnet werden kann. Ein Bericht über dieselben Monate mit einer höheren Zahl blendet mindestens diese aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone, text or web</source>
        <translation>Telefon, SMS oder Web</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>auszufüllen</translation>
    </message>
    <message>
        <source>text {line}</source>
        <translation>SMS {line}</translation>
    </message>
    <message>
        <source>not yet: check it</source>
        <translation>noch nicht: prüfen</translation>
    </message>
    <message>
        <source>{date}: over a year ago</source>
        <translation>{date}: vor über einem Jahr</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resource directory</source>
        <translation>Verzeichnis der Hilfsangebote</translation>
    </message>
    <message>
        <source>Show archived resources</source>
        <translation>Archivierte Hilfsangebote anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>Hinz&amp;ufügen</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Ein Hilfsangebot hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import resources from a file</source>
        <translation>Hilfsangebote aus einer Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the directory to a file</source>
        <translation>Das Verzeichnis in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Make a handout from the directory</source>
        <translation>Ein Infoblatt aus dem Verzeichnis erstellen</translation>
    </message>
    <message>
        <source>Verification warning</source>
        <translation>Hinweis zur Verifizierung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Source: the public page the details come from</source>
        <translation>Quelle: die öffentliche Seite, von der die Angaben stammen</translation>
    </message>
    <message>
        <source>e.g. Staff counselling service</source>
        <translation>z. B. Psychosoziale Beratung für Mitarbeitende</translation>
    </message>
    <message>
        <source>as it should be dialled, e.g. 1-800-555-0100</source>
        <translation>so, wie sie gewählt wird, z. B. 030 23125 100</translation>
    </message>
    <message>
        <source>e.g. HOME to 741741</source>
        <translation>z. B. HALLO an 030 23125 200</translation>
    </message>
    <message>
        <source>e.g. example.org/help</source>
        <translation>z. B. example.org/hilfe</translation>
    </message>
    <message>
        <source>e.g. 24 hours, every day</source>
        <translation>z. B. rund um die Uhr, täglich</translation>
    </message>
    <message>
        <source>e.g. All staff and their families</source>
        <translation>z. B. alle Mitarbeitenden und ihre Familien</translation>
    </message>
    <message>
        <source>where to check the details, e.g. https://988lifeline.org/</source>
        <translation>wo die Angaben zu prüfen sind, z. B. https://www.telefonseelsorge.de/</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What they offer, in a sentence or two (printed on handouts)</source>
        <translation>Was angeboten wird, in ein oder zwei Sätzen (wird auf Infoblätter gedruckt)</translation>
    </message>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;am</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>Angaben verifiziert</translation>
    </message>
    <message>
        <source>Date the details were verified</source>
        <translation>Datum, an dem die Angaben verifiziert wurden</translation>
    </message>
    <message>
        <source>Verified &amp;today</source>
        <translation>Heute veri&amp;fiziert</translation>
    </message>
    <message>
        <source>Mark as verified today and save</source>
        <translation>Als heute verifiziert markieren und speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation>Dieses Hilfsangebot speichern</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Hilfsangebote</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Make a handout…</source>
        <translation>Inf&amp;oblatt erstellen…</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Text &amp;line:</source>
        <translation>S&amp;MS-Nummer:</translation>
    </message>
    <message>
        <source>We&amp;b address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Erreichbarkeit:</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>F&amp;ür wen:</translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Verifiziert:</translation>
    </message>
    <message>
        <source>the new resource</source>
        <translation>das neue Hilfsangebot</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to “{name}”?</source>
        <translation>Ihre nicht gespeicherten Änderungen an „{name}“ verwerfen?</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Neues Hilfsangebot</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wiederherste&amp;llen</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Restore this resource</source>
        <translation>Dieses Hilfsangebot wiederherstellen</translation>
    </message>
    <message>
        <source>Archive this resource</source>
        <translation>Dieses Hilfsangebot archivieren</translation>
    </message>
    <message>
        <source>This is a placeholder for a local service: add its phone number, text line or web address before you print it.</source>
        <translation>Dies ist ein Platzhalter für ein örtliches Angebot: Tragen Sie Telefonnummer, SMS-Nummer oder Webadresse ein, bevor Sie es drucken.</translation>
    </message>
    <message>
        <source>Not verified yet: check the number and hours, then press “Verified today”.</source>
        <translation>Noch nicht verifiziert: Prüfen Sie Nummer und Erreichbarkeit und drücken Sie dann „Heute verifiziert“.</translation>
    </message>
    <message>
        <source>Last verified on {date}, more than 12 months ago: numbers and hours change, so check them before you print this.</source>
        <translation>Zuletzt verifiziert am {date}, vor mehr als 12 Monaten: Nummern und Zeiten ändern sich, prüfen Sie sie also, bevor Sie dies drucken.</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Geben Sie dem Hilfsangebot einen Namen.</translation>
    </message>
    <message>
        <source>Another entry is already called this{archived}. Use a different name.</source>
        <translation>Ein anderer Eintrag heißt bereits so{archived}. Verwenden Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Keep this to {n} characters.</source>
        <translation>Höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>A verification date can&apos;t be in the future.</source>
        <translation>Ein Verifizierungsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>This can&apos;t be saved: {reason}.</source>
        <translation>Das kann nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The resource could not be saved: {reason}</source>
        <translation>Das Hilfsangebot konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht funktioniert: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is archived. Tick “Show archived” to see or restore it.</source>
        <translation>„{name}“ ist archiviert. Haken Sie „Archivierte anzeigen“ ab, um es zu sehen oder wiederherzustellen.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archiviert.</translation>
    </message>
    <message>
        <source>Restored to the directory.</source>
        <translation>Im Verzeichnis wiederhergestellt.</translation>
    </message>
    <message>
        <source>“{name}” was not imported, and nothing was changed. {reason}.</source>
        <translation>„{name}“ wurde nicht importiert, und es wurde nichts geändert. {reason}.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>„{name}“ konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Import {total} resources from “{name}”?

{added} new, {updated} updated (their details are replaced by the file&apos;s), {same} already the same. Nothing is deleted.</source>
        <translation>{total} Hilfsangebote aus „{name}“ importieren?

{added} neu, {updated} aktualisiert (ihre Angaben werden durch die der Datei ersetzt), {same} bereits gleich. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>The import did not happen, and nothing was changed: {reason}</source>
        <translation>Der Import hat nicht stattgefunden, und es wurde nichts geändert: {reason}</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {same} already up to date.</source>
        <translation>Importiert: {added} hinzugefügt, {updated} aktualisiert, {same} bereits aktuell.</translation>
    </message>
    <message>
        <source>The directory could not be exported: {reason}</source>
        <translation>Das Verzeichnis konnte nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} resources to “{name}” (archived entries are left out).</source>
        <translation>{n} Hilfsangebote nach „{name}“ exportiert (archivierte Einträge sind nicht dabei).</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>Hilfsangebote importieren</translation>
    </message>
    <message>
        <source>Resource directory (*.json *.csv)</source>
        <translation>Verzeichnis der Hilfsangebote (*.json *.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Hilfsangebote exportieren</translation>
    </message>
</context>
<context>
    <name>ResourcesStep</name>
    <message>
        <source>Only that an escalation happened is kept, never what was said.</source>
        <translation>Festgehalten wird nur, dass eskaliert wurde, nie, was gesagt wurde.</translation>
    </message>
    <message>
        <source>For a safety concern the journal keeps only yes or no, never the details.</source>
        <translation>Bei einer Sorge um die Sicherheit hält das Journal nur Ja oder Nein fest, nie die Details.</translation>
    </message>
    <message>
        <source>He&amp;lp offered</source>
        <translation>Angebotene Hi&amp;lfe</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Info&amp;blatt drucken…</translation>
    </message>
    <message>
        <source>Print a handout of resources for the peer</source>
        <translation>Ein Infoblatt mit Hilfsangeboten für die Person drucken</translation>
    </message>
    <message>
        <source>A page to give the peer: the resources marked handout given start ticked, and what you print comes back marked handout given; nothing about them or you</source>
        <translation>Ein Blatt für die Person: Die als Infoblatt mitgegeben markierten Hilfsangebote sind schon abgehakt, und was Sie drucken, wird als Infoblatt mitgegeben markiert; nichts über die Person oder Sie</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to a backup, or bring your journal to this computer. A backup is a file named peerdesk-backup-….db with a .keys file of the same name beside it; copy both. Nothing changes until you have checked the backup and chosen Restore.</source>
        <translation>Kehren Sie zu einer Sicherung zurück oder holen Sie Ihr Journal auf diesen Computer. Eine Sicherung ist eine Datei namens peerdesk-backup-….db mit einer gleichnamigen .keys-Datei daneben; kopieren Sie beide. Es ändert sich nichts, bis Sie die Sicherung geprüft und Wiederherstellen gewählt haben.</translation>
    </message>
    <message>
        <source>Backups in your data folder</source>
        <translation>Sicherungen in Ihrem Datenordner</translation>
    </message>
    <message>
        <source>&amp;Backups in your data folder:</source>
        <translation>&amp;Sicherungen in Ihrem Datenordner:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Eine Sicherungsdatei wählen…</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Eine Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>With this computer&apos;s &amp;keyring</source>
        <translation>Mit dem Schlüssel&amp;bund dieses Computers</translation>
    </message>
    <message>
        <source>Open the backup with this computer&apos;s keyring</source>
        <translation>Die Sicherung mit dem Schlüsselbund dieses Computers öffnen</translation>
    </message>
    <message>
        <source>With my recovery &amp;code</source>
        <translation>Mit meinem Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>Open the backup with the recovery code</source>
        <translation>Die Sicherung mit dem Wiederherstellungscode öffnen</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Check &amp;this backup</source>
        <translation>Diese Sicherung &amp;prüfen</translation>
    </message>
    <message>
        <source>Check this backup</source>
        <translation>Diese Sicherung prüfen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>This backup was made before your journal got a new key. It comes back under today&apos;s key, so that old recovery codes and passphrases open nothing you write from now on. Type the lock passphrase you use today:</source>
        <translation>Diese Sicherung wurde erstellt, bevor Ihr Journal einen neuen Schlüssel bekam. Sie kommt unter dem heutigen Schlüssel zurück, damit alte Wiederherstellungscodes und Passphrasen nichts öffnen, was Sie von jetzt an schreiben. Geben Sie die Sperr-Passphrase ein, die Sie heute verwenden:</translation>
    </message>
    <message>
        <source>Today&apos;s lock passphrase</source>
        <translation>Heutige Sperr-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel without changing anything</source>
        <translation>Abbrechen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>Öffnen:</translation>
    </message>
    <message>
        <source>{when} — {size} KB</source>
        <translation>{when} — {size} KB</translation>
    </message>
    <message>
        <source>Choose a PeerDesk backup</source>
        <translation>Eine PeerDesk-Sicherung wählen</translation>
    </message>
    <message>
        <source>PeerDesk backups (*.db);;All files (*)</source>
        <translation>PeerDesk-Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Wählen Sie zuerst eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>There is no file there. Check the name, or choose the file again.</source>
        <translation>Dort ist keine Datei. Prüfen Sie den Namen oder wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Geben Sie Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>This backup was made on {when}.</source>
        <translation>Diese Sicherung wurde am {when} erstellt.</translation>
    </message>
    <message>
        <source>This backup passed its check.</source>
        <translation>Diese Sicherung hat ihre Prüfung bestanden.</translation>
    </message>
    <message>
        <source>It holds {summary}</source>
        <translation>Sie enthält {summary}</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of your current journal. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>Beim Wiederherstellen tritt diese Sicherung an die Stelle Ihres aktuellen Journals. Das aktuelle Journal wird nicht gelöscht: Es wird in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>This is not the lock passphrase your journal opens with today.</source>
        <translation>Das ist nicht die Sperr-Passphrase, mit der sich Ihr Journal heute öffnet.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot open this backup (it does not have its key). Type the recovery code from your recovery sheet.</source>
        <translation>Der Schlüsselbund dieses Computers kann diese Sicherung nicht öffnen (er hat ihren Schlüssel nicht). Geben Sie den Wiederherstellungscode von Ihrem Wiederherstellungsblatt ein.</translation>
    </message>
    <message>
        <source>The key file that belongs beside this backup is missing or damaged. Copy the .keys file of the same name next to the backup file, then check again.</source>
        <translation>Die Schlüsseldatei, die zu dieser Sicherung gehört, fehlt oder ist beschädigt. Kopieren Sie die gleichnamige .keys-Datei neben die Sicherungsdatei und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Type the lock passphrase you use today.</source>
        <translation>Geben Sie die Sperr-Passphrase ein, die Sie heute verwenden.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Keeping and shredding</source>
        <translation>Aufbewahren und Vernichten</translation>
    </message>
    <message>
        <source>Write as little as you need, and keep it no longer than you need. Shredding removes text for good; dates, kinds, tags, checklists, referrals and durations stay, so your counts and reports do not change.</source>
        <translation>Schreiben Sie so wenig wie nötig auf und bewahren Sie es nicht länger auf als nötig. Vernichten entfernt Text endgültig; Datum, Art, Schlagwörter, Checklisten, Weitervermittlungen und Dauer bleiben, damit sich Ihre Zahlen und Berichte nicht ändern.</translation>
    </message>
    <message>
        <source>Shred notes and follow-up plans after a while</source>
        <translation>Notizen und Nachkontaktpläne nach einer Weile vernichten</translation>
    </message>
    <message>
        <source> days after the session</source>
        <translation> Tage nach dem Gespräch</translation>
    </message>
    <message>
        <source>Days after the session</source>
        <translation>Tage nach dem Gespräch</translation>
    </message>
    <message>
        <source>Shred notes and follow-&amp;up plans</source>
        <translation>&amp;Notizen und Nachkontaktpläne vernichten</translation>
    </message>
    <message>
        <source>Shred a closed p&amp;eer&apos;s contact details</source>
        <translation>&amp;Kontaktdaten abgeschlossener Personen vernichten</translation>
    </message>
    <message>
        <source>Shred the contact details of closed peers after a while</source>
        <translation>Die Kontaktdaten von Personen mit abgeschlossener Begleitung nach einer Weile vernichten</translation>
    </message>
    <message>
        <source> days after closing</source>
        <translation> Tage nach dem Abschluss</translation>
    </message>
    <message>
        <source>Days after the peer was closed</source>
        <translation>Tage nach dem Abschluss der Begleitung</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>Apply the retention settings</source>
        <translation>Die Einstellungen zur Aufbewahrung anwenden</translation>
    </message>
    <message>
        <source>Shredding also reaches the backups and the set-aside and rescued journals in PeerDesk&apos;s data folder; a set-aside journal that today&apos;s key cannot open is deleted once it is older than both periods (never while notes are kept for good). It cannot reach backups in another folder (your second backup folder, or one you chose) or copies you made yourself: they keep the text until you delete them.</source>
        <translation>Das Vernichten erreicht auch die Sicherungen sowie die beiseitegelegten und geretteten Journale im Datenordner von PeerDesk; ein beiseitegelegtes Journal, das der heutige Schlüssel nicht öffnen kann, wird gelöscht, sobald es älter als beide Fristen ist (nie, solange Notizen dauerhaft aufbewahrt werden). Es erreicht keine Sicherungen in einem anderen Ordner (Ihrem zweiten Sicherungsordner oder einem, den Sie gewählt haben) und keine Kopien, die Sie selbst angelegt haben: Sie behalten den Text, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Noch nicht angewendet.</translation>
    </message>
    <message>
        <source>Off: text stays until you shred a session or forget a peer. Suggested: notes after {notes} days, contact details {contacts} days after closing.</source>
        <translation>Aus: Text bleibt, bis Sie ein Gespräch vernichten oder eine Person vergessen. Vorschlag: Notizen nach {notes} Tagen, Kontaktdaten {contacts} Tage nach dem Abschluss.</translation>
    </message>
    <message>
        <source>notes go {n} days after a session</source>
        <translation>Notizen werden {n} Tage nach einem Gespräch vernichtet</translation>
    </message>
    <message>
        <source>contact details go {n} days after a peer is closed</source>
        <translation>Kontaktdaten werden {n} Tage nach dem Abschluss einer Begleitung vernichtet</translation>
    </message>
    <message>
        <source>On: {what}. Checked at unlock and every day.</source>
        <translation>An: {what}. Geprüft beim Entsperren und jeden Tag.</translation>
    </message>
    <message>
        <source>Shred now, for good:</source>
        <translation>Jetzt endgültig vernichten:</translation>
    </message>
    <message numerus="yes">
        <source>• the notes and follow-up plans of %Ln session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• die Notizen und Nachkontaktpläne von %Ln Gespräch am oder vor dem {day} ({notes}, {plans})</numerusform>
            <numerusform>• die Notizen und Nachkontaktpläne von %Ln Gesprächen am oder vor dem {day} ({notes}, {plans})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s) or reason(s)</source>
        <translation>
            <numerusform>%Ln Plan oder Begründung</numerusform>
            <numerusform>%Ln Pläne oder Begründungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the contact details of %Ln peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• die Kontaktdaten von %Ln Person, deren Begleitung vor {days} oder mehr Tagen abgeschlossen wurde</numerusform>
            <numerusform>• die Kontaktdaten von %Ln Personen, deren Begleitung vor {days} oder mehr Tagen abgeschlossen wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>What stays: every session with its date, kind, mode, outcome, tags, checklist, referrals and duration; peers&apos; pseudonyms; follow-up dates. Your counts and reports stay the same.</source>
        <translation>Was bleibt: jedes Gespräch mit Datum, Art, Form, Ergebnis, Schlagwörtern, Checkliste, Weitervermittlungen und Dauer; die Pseudonyme der Personen; die Daten der Nachkontakte. Ihre Zahlen und Berichte bleiben gleich.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Shredded {notes}, {plans} and {contacts}. {policy}</source>
        <translation>Vernichtet: {notes}, {plans} und {contacts}. {policy}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln Plan</numerusform>
            <numerusform>%Ln Pläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact detail(s)</source>
        <translation>
            <numerusform>%Ln Kontaktangabe</numerusform>
            <numerusform>%Ln Kontaktangaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Shred for good?</source>
        <translation>Endgültig vernichten?</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Vernichten</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>What matched</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>{date} (draft)</source>
        <translation>{date} (Entwurf)</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(vergessene Person)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>SecondFollowUpQuestion</name>
    <message>
        <source>A second follow-up</source>
        <translation>Ein zweiter Nachkontakt</translation>
    </message>
    <message>
        <source>{peer} already has a follow-up planned for {date}. Plan a second one?</source>
        <translation>Für {peer} ist bereits am {date} ein Nachkontakt geplant. Einen zweiten planen?</translation>
    </message>
    <message>
        <source>Usually one is enough: go back and untick the follow-up, or complete the planned one from the Follow-ups page.</source>
        <translation>Meist reicht einer: Gehen Sie zurück und nehmen Sie den Haken beim Nachkontakt heraus, oder erledigen Sie den geplanten auf der Seite Nachkontakte.</translation>
    </message>
    <message>
        <source>&amp;Plan a second one</source>
        <translation>Einen zweiten &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Session details</source>
        <translation>Gesprächsdetails</translation>
    </message>
    <message>
        <source>Open the session that &amp;completed it</source>
        <translation>Das Gespräch öffnen, das ihn &amp;erledigt hat</translation>
    </message>
    <message>
        <source>Open the session that completed this follow-up</source>
        <translation>Das Gespräch öffnen, das diesen Nachkontakt erledigt hat</translation>
    </message>
    <message>
        <source>Open the session that &amp;planned it</source>
        <translation>Das Gespräch öffnen, das ihn ge&amp;plant hat</translation>
    </message>
    <message>
        <source>Open the session that planned the follow-up this session completed</source>
        <translation>Das Gespräch öffnen, das den von diesem Gespräch erledigten Nachkontakt geplant hat</translation>
    </message>
    <message>
        <source>Choose a session in the list to read it here.</source>
        <translation>Wählen Sie ein Gespräch in der Liste, um es hier zu lesen.</translation>
    </message>
    <message>
        <source>This session is no longer in the journal.</source>
        <translation>Dieses Gespräch ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Session of {date}</source>
        <translation>Gespräch vom {date}</translation>
    </message>
    <message>
        <source>Draft of {date}</source>
        <translation>Entwurf vom {date}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>nichts gewählt</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(vergessene Person)</translation>
    </message>
    <message>
        <source>{name} (new: added when the session is finished)</source>
        <translation>{name} (neu: wird beim Abschließen des Gesprächs hinzugefügt)</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Vermittelt durch</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Kontaktangebot</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Belastungsfaktoren</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Zuletzt geändert am {date}</translation>
    </message>
    <message>
        <source>Safety concern escalated</source>
        <translation>Sorge um die Sicherheit eskaliert</translation>
    </message>
    <message>
        <source>Helpful for them</source>
        <translation>Hilfreich für die Person</translation>
    </message>
    <message>
        <source>Their needs met</source>
        <translation>Bedürfnisse erfüllt</translation>
    </message>
    <message>
        <source>How I am doing</source>
        <translation>Wie es mir geht</translation>
    </message>
    <message>
        <source>Debrief wanted</source>
        <translation>Nachbesprechung gewünscht</translation>
    </message>
    <message>
        <source>(removed from the directory)</source>
        <translation>(aus dem Verzeichnis entfernt)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontakt</translation>
    </message>
    <message>
        <source>No follow-up planned.</source>
        <translation>Kein Nachkontakt geplant.</translation>
    </message>
    <message>
        <source>Done on {date}, in a follow-up session</source>
        <translation>Erledigt am {date}, in einem Nachgespräch</translation>
    </message>
    <message>
        <source>Done (the session that completed it is no longer kept)</source>
        <translation>Erledigt (das Gespräch, das ihn erledigt hat, wird nicht mehr aufbewahrt)</translation>
    </message>
    <message>
        <source>It was planned for</source>
        <translation>Er war geplant für</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>This session completed the follow-up agreed on {date}.</source>
        <translation>Dieses Gespräch hat den am {date} vereinbarten Nachkontakt erledigt.</translation>
    </message>
    <message>
        <source>Finishing it completes the follow-up agreed on {date}.</source>
        <translation>Wenn Sie es abschließen, ist der am {date} vereinbarte Nachkontakt erledigt.</translation>
    </message>
    <message>
        <source>This session followed up the session of {date}.</source>
        <translation>Dieses Gespräch war der Nachkontakt zum Gespräch vom {date}.</translation>
    </message>
    <message>
        <source>This session was itself a planned follow-up.</source>
        <translation>Dieses Gespräch war selbst ein geplanter Nachkontakt.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Anything else</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Anything else (optional, for the whole session)</source>
        <translation>&amp;Sonstiges (optional, für das ganze Gespräch)</translation>
    </message>
    <message>
        <source>Only what the ticks can&apos;t say, in a few words. No names, diagnoses or clinical details.</source>
        <translation>Nur, was die Haken nicht sagen können, in wenigen Worten. Keine Namen, Diagnosen oder klinischen Details.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Nachgespräch</translation>
    </message>
    <message>
        <source>Session draft</source>
        <translation>Gesprächsentwurf</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Schritte des Gesprächs</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Schri&amp;tte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Lea&amp;ve…</source>
        <translation>&amp;Verlassen…</translation>
    </message>
    <message>
        <source>Leave the session form</source>
        <translation>Das Gesprächsformular verlassen</translation>
    </message>
    <message>
        <source>Save draft and lea&amp;ve</source>
        <translation>Entwurf speichern und &amp;verlassen</translation>
    </message>
    <message>
        <source>Save the draft and leave the form</source>
        <translation>Den Entwurf speichern und das Formular verlassen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Abschließen und speichern</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Abschließen und speichern</translation>
    </message>
    <message>
        <source>{next} / {previous}: next or previous step · {finish}: finish · {leave}: leave</source>
        <translation>{next} / {previous}: nächster oder vorheriger Schritt · {finish}: abschließen · {leave}: verlassen</translation>
    </message>
    <message>
        <source>{action} ({keys} or {other_keys})</source>
        <translation>{action} ({keys} oder {other_keys})</translation>
    </message>
    <message>
        <source>Skipped: the outreach was declined or unanswered, so there was no conversation to record here.</source>
        <translation>Übersprungen: Das Kontaktangebot wurde abgelehnt oder nicht beantwortet, es gab hier also kein Gespräch festzuhalten.</translation>
    </message>
    <message>
        <source>Your ticks are the record: add a note only for what they can&apos;t say.</source>
        <translation>Ihre Haken sind der Eintrag: Schreiben Sie eine Notiz nur für das, was sie nicht sagen können.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <source>Phrases and habits to avoid</source>
        <translation>Besser vermeiden</translation>
    </message>
    <message>
        <source>Guidance for {step}</source>
        <translation>Hinweise zu {step}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the journal file could not be written</source>
        <translation>die Journal-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the journal is busy in another program</source>
        <translation>das Journal wird gerade von einem anderen Programm benutzt</translation>
    </message>
    <message>
        <source>the journal file failed a check</source>
        <translation>die Journal-Datei hat eine Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>this session no longer exists</source>
        <translation>dieses Gespräch gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Peer: choose who this session was with, or type a new pseudonym.</source>
        <translation>Person: Wählen Sie, mit wem dieses Gespräch war, oder geben Sie ein neues Pseudonym ein.</translation>
    </message>
    <message>
        <source>Peer: this pseudonym can&apos;t be used.</source>
        <translation>Person: Dieses Pseudonym kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Kind of contact: choose what kind of contact this was.</source>
        <translation>Art des Kontakts: Wählen Sie, welche Art von Kontakt das war.</translation>
    </message>
    <message>
        <source>Date: choose the date of the session.</source>
        <translation>Datum: Wählen Sie das Datum des Gesprächs.</translation>
    </message>
    <message>
        <source>Duration: between 0 and 1440 minutes.</source>
        <translation>Dauer: zwischen 0 und 1440 Minuten.</translation>
    </message>
    <message>
        <source>Mode: choose one of the choices.</source>
        <translation>Form: Wählen Sie eine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>Referred by: choose again.</source>
        <translation>Vermittelt durch: Bitte erneut wählen.</translation>
    </message>
    <message>
        <source>Outcome: choose again.</source>
        <translation>Ergebnis: Bitte erneut wählen.</translation>
    </message>
    <message>
        <source>Peer&apos;s role: choose again.</source>
        <translation>Rolle der Person: Bitte erneut wählen.</translation>
    </message>
    <message>
        <source>Events: one of them is unknown.</source>
        <translation>Ereignisse: Eines davon ist unbekannt.</translation>
    </message>
    <message>
        <source>Stress drivers: one of them is unknown.</source>
        <translation>Belastungsfaktoren: Einer davon ist unbekannt.</translation>
    </message>
    <message>
        <source>Referrals: one of them is unknown.</source>
        <translation>Weitervermittlungen: Eine davon ist unbekannt.</translation>
    </message>
    <message>
        <source>Resources offered: one of them is no longer in the directory.</source>
        <translation>Angebotene Hilfsangebote: Eines davon ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>The follow-up this session completes no longer exists.</source>
        <translation>Den Nachkontakt, den dieses Gespräch erledigt, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Follow-up plan: keep it to {max} characters.</source>
        <translation>Plan für den Nachkontakt: höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <source>Helpful: choose again.</source>
        <translation>Hilfreich: Bitte erneut wählen.</translation>
    </message>
    <message>
        <source>Needs met: choose again.</source>
        <translation>Bedürfnisse erfüllt: Bitte erneut wählen.</translation>
    </message>
    <message>
        <source>Your check-in: choose 1 to 5.</source>
        <translation>Wie es Ihnen geht: Wählen Sie 1 bis 5.</translation>
    </message>
    <message>
        <source>Note under “{step}”: it is too long or holds characters that can&apos;t be stored.</source>
        <translation>Notiz unter „{step}“: Sie ist zu lang oder enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>Anything else: the note is too long or holds characters that can&apos;t be stored.</source>
        <translation>Sonstiges: Die Notiz ist zu lang oder enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>Bitte prüfen Sie das Formular: {problem}</translation>
    </message>
    <message>
        <source>Changes not saved yet: this would plan a second open follow-up for the peer. Finish and save to decide.</source>
        <translation>Änderungen noch nicht gespeichert: Damit würde ein zweiter offener Nachkontakt für die Person geplant. Abschließen und speichern, um zu entscheiden.</translation>
    </message>
    <message>
        <source>Changes not saved yet. {problem}</source>
        <translation>Änderungen noch nicht gespeichert. {problem}</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the draft: {problem}. Your text is still here, and PeerDesk will try again in a moment.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: {problem}. Ihr Text ist noch da, und PeerDesk versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changes saved at {time}</source>
        <translation>Änderungen gespeichert um {time}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Entwurf gespeichert um {time}</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan für den Nachkontakt</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the session: {problem}. Nothing was changed, and your text is still here; try again in a moment.</source>
        <translation>Das Gespräch konnte nicht gespeichert werden: {problem}. Es wurde nichts geändert, und Ihr Text ist noch da; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Couldn&apos;t discard the changes: {problem}.</source>
        <translation>Die Änderungen konnten nicht verworfen werden: {problem}.</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Das Gespräch schließen</translation>
    </message>
    <message>
        <source>Save your changes to this session?</source>
        <translation>Ihre Änderungen an diesem Gespräch speichern?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep this session as a draft to finish later?</source>
        <translation>Dieses Gespräch als Entwurf behalten, um es später abzuschließen?</translation>
    </message>
    <message>
        <source>Discarding shreds the draft and everything in it.</source>
        <translation>Beim Verwerfen wird der Entwurf mit allem darin vernichtet.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Kontaktangebot</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontakt</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(vergessene Person)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Erledigt am {date}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Planned for {date}</source>
        <translation>Geplant für {date}</translation>
    </message>
    <message>
        <source>{planned}; cancelled</source>
        <translation>{planned}; abgesagt</translation>
    </message>
    <message>
        <source>{planned}; done</source>
        <translation>{planned}; erledigt</translation>
    </message>
    <message>
        <source>{planned}; done in the follow-up session of {date}</source>
        <translation>{planned}; erledigt am {date} im Nachgespräch</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Search pseudonyms and notes (Ctrl+F)</source>
        <translation>Pseudonyme und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search pseudonyms and notes</source>
        <translation>Pseudonyme und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words find the peers whose pseudonym holds them all (their sessions come first), then the notes that hold them all. Use &quot;quotes&quot; for a phrase and a minus sign to leave a word out.</source>
        <translation>Wörter finden die Personen, deren Pseudonym sie alle enthält (ihre Gespräche kommen zuerst), dann die Notizen, die sie alle enthalten. Verwenden Sie &quot;Anführungszeichen&quot; für eine Wortgruppe und ein Minuszeichen, um ein Wort auszuschließen.</translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation>Reihenfolge der Suchergebnisse</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Übereinstimmung</translation>
    </message>
    <message>
        <source>Newest first: the sessions whose notes were written most recently, newest date first. Best match: the sessions whose notes match the words best.</source>
        <translation>Neueste zuerst: die Gespräche, deren Notizen zuletzt geschrieben wurden, neuestes Datum zuerst. Beste Übereinstimmung: die Gespräche, deren Notizen am besten zu den Wörtern passen.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only sessions from a date</source>
        <translation>Nur Gespräche ab einem Datum</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Erstes Datum</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Only sessions up to a date</source>
        <translation>Nur Gespräche bis zu einem Datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Letztes Datum</translation>
    </message>
    <message>
        <source>Peer filter</source>
        <translation>Filter nach Person</translation>
    </message>
    <message>
        <source>Kind of contact filter</source>
        <translation>Filter nach Art des Kontakts</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filter nach Ereignis</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Filter nach Nachkontakt</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Keiner geplant</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation>Passende Gespräche</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Ein neues Gespräch beginnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation>Das gewählte Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>Shre&amp;d…</source>
        <translation>Vernich&amp;ten…</translation>
    </message>
    <message>
        <source>Shred the chosen session</source>
        <translation>Das gewählte Gespräch vernichten</translation>
    </message>
    <message>
        <source>Delete this session and its notes for good</source>
        <translation>Dieses Gespräch und seine Notizen endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Sortierung</translation>
    </message>
    <message>
        <source>&amp;Peer</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>Ere&amp;ignis</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>Nach&amp;kontakt</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (abgeschlossen)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (nicht mehr verwendet)</translation>
    </message>
    <message>
        <source>Shred the session of {date} with {peer}?</source>
        <translation>Das Gespräch vom {date} mit {peer} vernichten?</translation>
    </message>
    <message>
        <source>Shred the session of {date}?</source>
        <translation>Das Gespräch vom {date} vernichten?</translation>
    </message>
    <message>
        <source>Its notes, ticks and follow-up plan are deleted for good. This cannot be undone.</source>
        <translation>Seine Notizen, Haken und sein Nachkontaktplan werden endgültig gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The session could not be shredded: {reason}</source>
        <translation>Das Gespräch konnte nicht vernichtet werden: {reason}</translation>
    </message>
    <message>
        <source>The session was shredded.</source>
        <translation>Das Gespräch wurde vernichtet.</translation>
    </message>
    <message>
        <source>Shred session</source>
        <translation>Gespräch vernichten</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Vernichten</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>Die Liste konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Type a word to search pseudonyms and notes.</source>
        <translation>Geben Sie ein Wort ein, um Pseudonyme und Notizen zu durchsuchen.</translation>
    </message>
    <message>
        <source>{n} of the {m} best-matching sessions pass the filters; add words to narrow the search</source>
        <translation>{n} der {m} am besten passenden Gespräche entsprechen den Filtern; fügen Sie Wörter hinzu, um die Suche einzugrenzen</translation>
    </message>
    <message>
        <source>{n} of the {m} most recent matching sessions pass the filters; add words to narrow the search</source>
        <translation>{n} der {m} neuesten passenden Gespräche entsprechen den Filtern; fügen Sie Wörter hinzu, um die Suche einzugrenzen</translation>
    </message>
    <message>
        <source>No pseudonym or note matches. To find sessions by date, kind or event, use the filters below.</source>
        <translation>Kein Pseudonym und keine Notiz passt. Um Gespräche nach Datum, Art oder Ereignis zu finden, verwenden Sie die Filter unten.</translation>
    </message>
    <message>
        <source>No pseudonym or note matches in the sessions the filters show. Clear filters to search them all.</source>
        <translation>In den Gesprächen, die die Filter zeigen, passt kein Pseudonym und keine Notiz. Setzen Sie die Filter zurück, um alle zu durchsuchen.</translation>
    </message>
    <message>
        <source>1 matching session</source>
        <translation>1 passendes Gespräch</translation>
    </message>
    <message>
        <source>The {n} best matching sessions</source>
        <translation>Die {n} am besten passenden Gespräche</translation>
    </message>
    <message>
        <source>Showing the {n} most recent matches; add words to narrow it</source>
        <translation>Die {n} neuesten Treffer werden gezeigt; fügen Sie Wörter hinzu, um einzugrenzen</translation>
    </message>
    <message>
        <source>{n} matching sessions</source>
        <translation>{n} passende Gespräche</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>(gefiltert)</translation>
    </message>
    <message>
        <source>No sessions yet: finished sessions appear here.</source>
        <translation>Noch keine Gespräche: Abgeschlossene Gespräche erscheinen hier.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Keine Gespräche entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Gespräch</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Gespräche</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>New lock passphrase</source>
        <translation>Neue Sperr-Passphrase</translation>
    </message>
    <message>
        <source>New lock passphrase again</source>
        <translation>Neue Sperr-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The recovery code opens your journal on a new computer, when the keyring has lost its key, or when you forget your passphrase. A new code (like a new passphrase) gives the journal a new key: the old code then opens nothing you write afterwards. Backups made before keep the old key, so the old code still opens them until you re-encrypt or delete them.</source>
        <translation>Der Wiederherstellungscode öffnet Ihr Journal auf einem neuen Computer, wenn der Schlüsselbund seinen Schlüssel verloren hat oder wenn Sie Ihre Passphrase vergessen. Ein neuer Code gibt dem Journal (wie eine neue Passphrase) einen neuen Schlüssel: Der alte Code öffnet dann nichts, was Sie danach schreiben. Vorher erstellte Sicherungen behalten den alten Schlüssel, daher öffnet der alte Code sie weiterhin, bis Sie sie neu verschlüsseln oder löschen.</translation>
    </message>
    <message>
        <source>Backups and storage</source>
        <translation>Sicherungen und Speicherort</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Journal-Ordner</translation>
    </message>
    <message>
        <source>Key kept by</source>
        <translation>Schlüssel verwahrt von</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language PeerDesk speaks</source>
        <translation>Sprache, in der PeerDesk spricht</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>A new language shows the next time the journal opens: after you lock it, or when you start PeerDesk again. Dates and paper size follow the language and your computer&apos;s country.</source>
        <translation>Eine neue Sprache erscheint, wenn das Journal das nächste Mal geöffnet wird: nachdem Sie es gesperrt haben oder wenn Sie PeerDesk neu starten. Datumsangaben und Papierformat richten sich nach der Sprache und dem Land Ihres Computers.</translation>
    </message>
    <message>
        <source>How PeerDesk opens</source>
        <translation>Wie PeerDesk sich öffnet</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <source>Lock passphrase again</source>
        <translation>Sperr-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Switch how PeerDesk opens</source>
        <translation>Umstellen, wie PeerDesk sich öffnet</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk fragt bei jedem Start und nach jedem Sperren nach Ihrer Sperr-Passphrase. Der Schlüssel wird in keinem Schlüsselbund verwahrt. Nur so bleibt jemand außen vor, der Ihren Computer benutzt, während Sie angemeldet sind. Wenn Sie die Passphrase vergessen, öffnet Ihr Wiederherstellungscode das Journal weiterhin.</translation>
    </message>
    <message>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk öffnet sich ohne Eingabe: Der Schlüssel wird im Schlüsselbund Ihres Systems verwahrt. Sperren schließt und verbirgt das Journal, aber jede Person, die Ihr angemeldetes Computerkonto benutzt, kann es wieder öffnen.</translation>
    </message>
    <message>
        <source>Your lock passphrase</source>
        <translation>Ihre Sperr-Passphrase</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <source>Open with your computer login? Anyone using this computer account will then be able to open the journal without a passphrase.</source>
        <translation>Mit Ihrer Computer-Anmeldung öffnen? Dann kann jede Person, die dieses Computerkonto benutzt, das Journal ohne Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Done: PeerDesk now asks for your passphrase every time.</source>
        <translation>Erledigt: PeerDesk fragt jetzt jedes Mal nach Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Done: PeerDesk now opens with your computer login.</source>
        <translation>Erledigt: PeerDesk öffnet sich jetzt mit Ihrer Computer-Anmeldung.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation>nur auf Wunsch</translation>
    </message>
    <message>
        <source>Back up automatically every this many hours</source>
        <translation>Automatisch alle so vielen Stunden sichern</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Choose a second folder for backups</source>
        <translation>Einen zweiten Ordner für Sicherungen wählen</translation>
    </message>
    <message>
        <source>Stop copying there</source>
        <translation>Nicht mehr dorthin kopieren</translation>
    </message>
    <message>
        <source>Stop copying backups to the second folder</source>
        <translation>Sicherungen nicht mehr in den zweiten Ordner kopieren</translation>
    </message>
    <message>
        <source>Second folder (e.g. a USB drive)</source>
        <translation>Zweiter Ordner (z. B. ein USB-Laufwerk)</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Zweiter Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>A lock passphrase is set; PeerDesk asks for it every time.</source>
        <translation>Eine Sperr-Passphrase ist festgelegt; PeerDesk fragt jedes Mal danach.</translation>
    </message>
    <message>
        <source>A lock passphrase is set. It opens the journal when the keyring cannot, but while PeerDesk opens with your computer login it keeps nobody out.</source>
        <translation>Eine Sperr-Passphrase ist festgelegt. Sie öffnet das Journal, wenn der Schlüsselbund es nicht kann, aber solange PeerDesk sich mit Ihrer Computer-Anmeldung öffnet, hält sie niemanden fern.</translation>
    </message>
    <message>
        <source>No lock passphrase is set.</source>
        <translation>Es ist keine Sperr-Passphrase festgelegt.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>Sperren nach Leerlauf &amp;von</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Pa&amp;ssphrase festlegen</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Passphrase entfernen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Passph&amp;rase</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery code…</source>
        <translation>Neuen &amp;Wiederherstellungscode erstellen…</translation>
    </message>
    <message>
        <source>Backups made with an ol&amp;d key…</source>
        <translation>Mit &amp;einem alten Schlüssel erstellte Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jet&amp;zt sichern</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>&amp;Open with my computer login</source>
        <translation>&amp;Mit meiner Computer-Anmeldung öffnen</translation>
    </message>
    <message>
        <source>Ask for my passphrase every &amp;time</source>
        <translation>Je&amp;des Mal nach meiner Passphrase fragen</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>Ums&amp;tellen</translation>
    </message>
    <message>
        <source>Choose a second &amp;folder…</source>
        <translation>Zweiten &amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Back up e&amp;very</source>
        <translation>Sichern a&amp;lle</translation>
    </message>
    <message>
        <source>Backups to &amp;keep</source>
        <translation>A&amp;ufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>Pa&amp;ssphrase ändern…</translation>
    </message>
    <message>
        <source>A new passphrase gives the journal a new key: the old passphrase opens nothing written afterwards. Backups made before keep the old key.</source>
        <translation>Eine neue Passphrase gibt dem Journal einen neuen Schlüssel: Die alte Passphrase öffnet nichts, was danach geschrieben wird. Vorher erstellte Sicherungen behalten den alten Schlüssel.</translation>
    </message>
    <message>
        <source>none (passphrase only)</source>
        <translation>keinem Schlüsselbund (nur Passphrase)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Letzte Sicherung: {when}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>A new passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Eine neue Passphrase gibt dem Journal einen neuen Schlüssel, daher öffnet die alte Passphrase nichts, was Sie danach schreiben. Um Ihren Wiederherstellungscode zu behalten, geben Sie ihn hier ein. Lassen Sie das Feld leer, um stattdessen einen neuen Code zu erhalten (Sie schreiben ihn anschließend auf).</translation>
    </message>
    <message>
        <source>Remove the lock passphrase?</source>
        <translation>Die Sperr-Passphrase entfernen?</translation>
    </message>
    <message>
        <source>Removing the passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Das Entfernen der Passphrase gibt dem Journal einen neuen Schlüssel, daher öffnet die alte Passphrase nichts, was Sie danach schreiben. Um Ihren Wiederherstellungscode zu behalten, geben Sie ihn hier ein. Lassen Sie das Feld leer, um stattdessen einen neuen Code zu erhalten (Sie schreiben ihn anschließend auf).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Make a new recovery code? PeerDesk gives the journal a new key: the old code will open nothing you write afterwards. Backups made before keep the old key; you choose next whether to re-encrypt or delete them.</source>
        <translation>Einen neuen Wiederherstellungscode erstellen? PeerDesk gibt dem Journal einen neuen Schlüssel: Der alte Code öffnet nichts, was Sie danach schreiben. Vorher erstellte Sicherungen behalten den alten Schlüssel; Sie wählen als Nächstes, ob Sie sie neu verschlüsseln oder löschen.</translation>
    </message>
    <message>
        <source>Type your current lock passphrase. It stays the same: PeerDesk needs it to lock the new key with it.</source>
        <translation>Geben Sie Ihre aktuelle Sperr-Passphrase ein. Sie bleibt gleich: PeerDesk braucht sie, um den neuen Schlüssel damit zu sichern.</translation>
    </message>
    <message>
        <source>Nothing was changed: the old code still works.</source>
        <translation>Es wurde nichts geändert: Der alte Code funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to PeerDesk</source>
        <translation>Willkommen bei PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Einrichtung abbrechen</translation>
    </message>
    <message>
        <source>PeerDesk keeps a private journal of your peer-support conversations, on this computer only. Before you start, here is what it protects and what it cannot.</source>
        <translation>PeerDesk führt ein privates Journal Ihrer Gespräche in der kollegialen Unterstützung, nur auf diesem Computer. Bevor Sie beginnen: was es schützt und was nicht.</translation>
    </message>
    <message>
        <source>This computer has no system keyring PeerDesk can use, so in the next step you choose a lock passphrase that opens the journal.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den PeerDesk nutzen kann. Deshalb wählen Sie im nächsten Schritt eine Sperr-Passphrase, die das Journal öffnet.</translation>
    </message>
    <message>
        <source>In the next step you choose how it opens: with your computer login (its key kept in your system keyring, {keyring}), or with a passphrase every time.</source>
        <translation>Im nächsten Schritt wählen Sie, wie es sich öffnet: mit Ihrer Computer-Anmeldung (der Schlüssel wird im Schlüsselbund Ihres Systems verwahrt, {keyring}) oder jedes Mal mit einer Passphrase.</translation>
    </message>
    <message>
        <source>What is protected</source>
        <translation>Was geschützt ist</translation>
    </message>
    <message>
        <source>The journal is encrypted on this computer. Without its key the file cannot be read, for example on a lost or stolen laptop or from another user account.</source>
        <translation>Das Journal ist auf diesem Computer verschlüsselt. Ohne seinen Schlüssel kann die Datei nicht gelesen werden, zum Beispiel auf einem verlorenen oder gestohlenen Laptop oder von einem anderen Benutzerkonto aus.</translation>
    </message>
    <message>
        <source>PeerDesk locks itself after a few minutes without use, and it never sends anything over the network.</source>
        <translation>PeerDesk sperrt sich nach ein paar Minuten ohne Nutzung und sendet nie etwas über das Netzwerk.</translation>
    </message>
    <message>
        <source>What is not protected</source>
        <translation>Was nicht geschützt ist</translation>
    </message>
    <message>
        <source>Someone using your computer while you are logged in and PeerDesk is unlocked.</source>
        <translation>Jemand, der Ihren Computer benutzt, während Sie angemeldet sind und PeerDesk entsperrt ist.</translation>
    </message>
    <message>
        <source>If PeerDesk opens with your computer login: someone using your logged-in computer account, even while PeerDesk is locked, because they can open it again. Only &quot;Ask for my passphrase every time&quot; keeps them out.</source>
        <translation>Wenn PeerDesk sich mit Ihrer Computer-Anmeldung öffnet: jemand, der Ihr angemeldetes Computerkonto benutzt, auch während PeerDesk gesperrt ist, denn diese Person kann es wieder öffnen. Nur „Jedes Mal nach meiner Passphrase fragen“ hält sie fern.</translation>
    </message>
    <message>
        <source>Anything you print or export: it leaves the journal as paper or as a plain file.</source>
        <translation>Alles, was Sie drucken oder exportieren: Es verlässt das Journal als Papier oder als unverschlüsselte Datei.</translation>
    </message>
    <message>
        <source>Malicious software running on your computer account.</source>
        <translation>Schadsoftware, die unter Ihrem Computerkonto läuft.</translation>
    </message>
    <message>
        <source>Confidential is not anonymous</source>
        <translation>Vertraulich ist nicht anonym</translation>
    </message>
    <message>
        <source>Write as if someone else might read it one day. Keep to the minimum: a pseudonym for each peer, no clinical details or diagnoses, and no names of patients or other people.</source>
        <translation>Schreiben Sie so, als könnte es eines Tages jemand anderes lesen. Beschränken Sie sich auf das Nötigste: ein Pseudonym für jede Person, keine klinischen Details oder Diagnosen und keine Namen von Patientinnen, Patienten oder anderen Menschen.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Your resource directory starts with the crisis lines and support services listed for this country, and handouts print its emergency number. Check each entry before you print it. You can change the country and add another country&apos;s resources later in Settings.</source>
        <translation>Ihr Verzeichnis der Hilfsangebote beginnt mit den für dieses Land aufgeführten Krisentelefonen und Unterstützungsangeboten, und Infoblätter drucken seine Notrufnummer. Prüfen Sie jeden Eintrag, bevor Sie ihn drucken. Sie können das Land später in den Einstellungen ändern und die Hilfsangebote eines weiteren Landes hinzufügen.</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>How should PeerDesk open?</source>
        <translation>Wie soll sich PeerDesk öffnen?</translation>
    </message>
    <message>
        <source>This computer has no system keyring PeerDesk can use, so the journal&apos;s key cannot be kept there. A lock passphrase is needed instead: you type it each time you open PeerDesk. If you forget it, your recovery code still opens the journal.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den PeerDesk nutzen kann, daher kann der Schlüssel des Journals dort nicht verwahrt werden. Stattdessen ist eine Sperr-Passphrase nötig: Sie geben sie jedes Mal ein, wenn Sie PeerDesk öffnen. Wenn Sie sie vergessen, öffnet Ihr Wiederherstellungscode das Journal weiterhin.</translation>
    </message>
    <message>
        <source>PeerDesk locks when you step away or after some minutes without use. Choose what it takes to open it again. You can change this later in Settings.</source>
        <translation>PeerDesk sperrt sich, wenn Sie weggehen oder nach einigen Minuten ohne Nutzung. Wählen Sie, was nötig ist, um es wieder zu öffnen. Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Open with my computer &amp;login</source>
        <translation>Mit meiner &amp;Computer-Anmeldung öffnen</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Mit meiner Computer-Anmeldung öffnen</translation>
    </message>
    <message>
        <source>Ask for my passphrase &amp;every time</source>
        <translation>&amp;Jedes Mal nach meiner Passphrase fragen</translation>
    </message>
    <message>
        <source>Ask for my passphrase every time</source>
        <translation>Jedes Mal nach meiner Passphrase fragen</translation>
    </message>
    <message>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk öffnet sich ohne Eingabe: Der Schlüssel wird im Schlüsselbund Ihres Systems verwahrt. Sperren schließt und verbirgt das Journal, aber jede Person, die Ihr angemeldetes Computerkonto benutzt, kann es wieder öffnen.</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock; the key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk fragt bei jedem Start und nach jedem Sperren nach Ihrer Sperr-Passphrase; der Schlüssel wird in keinem Schlüsselbund verwahrt. Nur so bleibt jemand außen vor, der Ihren Computer benutzt, während Sie angemeldet sind. Wenn Sie die Passphrase vergessen, öffnet Ihr Wiederherstellungscode das Journal weiterhin.</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <source>Lock passphrase, again</source>
        <translation>Sperr-Passphrase, wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Erneut eingeben</translation>
    </message>
    <message>
        <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens {n} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>This code opens your journal if the key in the keyring is ever lost, for example on a new computer. It is shown only this once: write it down or print it now.</source>
        <translation>Dieser Code öffnet Ihr Journal, falls der Schlüssel im Schlüsselbund einmal verloren geht, zum Beispiel auf einem neuen Computer. Er wird nur dieses eine Mal gezeigt: Schreiben Sie ihn jetzt auf oder drucken Sie ihn aus.</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Ihre Abschrift prüfen</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Ihr Journal ist bereit</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>C&amp;ode erneut zeigen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>Mein Journal &amp;anlegen</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ich habe ihn aufgeschrie&amp;ben</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation>Mein Journal &amp;öffnen</translation>
    </message>
    <message>
        <source>A lock passphrase needs at least {n} characters.</source>
        <translation>Eine Sperr-Passphrase braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Bitte geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase, and your backups on any computer. It is shown only this once: write it down or print it now.</source>
        <translation>Dieser Code öffnet Ihr Journal, wenn Sie Ihre Passphrase vergessen, und Ihre Sicherungen auf jedem Computer. Er wird nur dieses eine Mal gezeigt: Schreiben Sie ihn jetzt auf oder drucken Sie ihn aus.</translation>
    </message>
    <message>
        <source>This computer has no keyring PeerDesk can use, so PeerDesk asks for your lock passphrase each time it starts and after every lock.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den PeerDesk nutzen kann, daher fragt PeerDesk bei jedem Start und nach jedem Sperren nach Ihrer Sperr-Passphrase.</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring, so someone using this computer account cannot open the journal without the passphrase or your recovery code.</source>
        <translation>PeerDesk fragt bei jedem Start und nach jedem Sperren nach Ihrer Sperr-Passphrase. Der Schlüssel wird in keinem Schlüsselbund verwahrt, daher kann niemand, der dieses Computerkonto benutzt, das Journal ohne die Passphrase oder Ihren Wiederherstellungscode öffnen.</translation>
    </message>
    <message>
        <source>PeerDesk opens your journal from the keyring when it starts, without typing. Locking closes and hides it, but anyone using your logged-in computer account can open it again. To keep them out, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>PeerDesk öffnet Ihr Journal beim Start über den Schlüsselbund, ohne Eingabe. Sperren schließt und verbirgt es, aber jede Person, die Ihr angemeldetes Computerkonto benutzt, kann es wieder öffnen. Um sie fernzuhalten, wählen Sie in den Einstellungen „Jedes Mal nach meiner Passphrase fragen“.</translation>
    </message>
    <message>
        <source>Lock it any time with Ctrl+L; it also locks after some minutes without use.</source>
        <translation>Sperren Sie es jederzeit mit Strg+L; es sperrt sich auch nach einigen Minuten ohne Nutzung.</translation>
    </message>
    <message>
        <source>PeerDesk makes an encrypted backup every day, in its own folder on this computer, and keeps the last {keep}. So that a lost or broken laptop does not take them too, choose a second folder for them (a USB stick, say) in Settings ▸ Backups and storage.</source>
        <translation>PeerDesk erstellt jeden Tag eine verschlüsselte Sicherung in einem eigenen Ordner auf diesem Computer und behält die letzten {keep}. Damit ein verlorener oder defekter Laptop sie nicht mitnimmt, wählen Sie unter Einstellungen ▸ Sicherungen und Speicherort einen zweiten Ordner für sie (zum Beispiel einen USB-Stick).</translation>
    </message>
    <message>
        <source>Remember: write the minimum, and no names or clinical details of others.</source>
        <translation>Denken Sie daran: Schreiben Sie nur das Nötigste, und keine Namen oder klinischen Details anderer.</translation>
    </message>
</context>
<context>
    <name>StepNote</name>
    <message>
        <source>Add a &amp;note to this step</source>
        <translation>Diesem Schritt eine &amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add a note to {step}</source>
        <translation>Eine Notiz zu {step} hinzufügen</translation>
    </message>
    <message>
        <source>Only for what the ticks can&apos;t say (Alt+N)</source>
        <translation>Nur für das, was die Haken nicht sagen können (Alt+N)</translation>
    </message>
    <message>
        <source>Optional, a few words. No names, diagnoses or clinical details.</source>
        <translation>Optional, ein paar Worte. Keine Namen, Diagnosen oder klinischen Details.</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation>Notiz: {step}</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Highlighted text looks like an identifier or clinical detail. Do you need to keep it?</source>
        <translation>Markierter Text sieht nach einem Identifikationsmerkmal oder klinischen Detail aus. Müssen Sie ihn behalten?</translation>
    </message>
    <message>
        <source>A note holds at most {max} characters; the rest was cut off.</source>
        <translation>Eine Notiz hat höchstens {max} Zeichen; der Rest wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Highlighted, check before saving: {kinds}</source>
        <translation>Markiert, vor dem Speichern prüfen: {kinds}</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln finished session(s)</source>
        <translation>
            <numerusform>%Ln abgeschlossenes Gespräch</numerusform>
            <numerusform>%Ln abgeschlossene Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln Entwurf</numerusform>
            <numerusform>%Ln Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions}, {drafts} and {peers}</source>
        <translation>{sessions}, {drafts} und {peers}</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}.</source>
        <translation>Gespräche vom {first} bis zum {last}.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Gespräche.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Ein neues Gespräch beginnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Unfertige Entwürfe</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>Write your first session (Ctrl+N)</source>
        <translation>Ihr erstes Gespräch festhalten (Strg+N)</translation>
    </message>
    <message>
        <source>A session is written step by step; a draft is kept as you type.</source>
        <translation>Ein Gespräch wird Schritt für Schritt festgehalten; während Sie schreiben, wird ein Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Fill in your local resources (Ctrl+5)</source>
        <translation>Ihre örtlichen Hilfsangebote eintragen (Strg+5)</translation>
    </message>
    <message>
        <source>The services you refer peers to, with their phone numbers and hours.</source>
        <translation>Die Stellen, an die Sie Personen weitervermitteln, mit Telefonnummern und Erreichbarkeit.</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s name (Resources)</source>
        <translation>Den Namen Ihrer Organisation festlegen (Hilfsangebote)</translation>
    </message>
    <message>
        <source>Asked when you print a handout from Resources; printed at its top.</source>
        <translation>Wird abgefragt, wenn Sie unter Hilfsangebote ein Infoblatt drucken; steht oben darauf.</translation>
    </message>
    <message>
        <source>See where backups go (Ctrl+7)</source>
        <translation>Sehen, wohin Sicherungen gehen (Strg+7)</translation>
    </message>
    <message>
        <source>Settings, under Backups and storage: a daily backup and a second folder.</source>
        <translation>Einstellungen, unter Sicherungen und Speicherort: eine tägliche Sicherung und ein zweiter Ordner.</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>no peer chosen yet</source>
        <translation>noch keine Person gewählt</translation>
    </message>
    <message>
        <source>Draft from {date} — {peer}</source>
        <translation>Entwurf vom {date} — {peer}</translation>
    </message>
    <message>
        <source>Unfinished drafts: {n}</source>
        <translation>Unfertige Entwürfe: {n}</translation>
    </message>
    <message>
        <source>No unfinished drafts.</source>
        <translation>Keine unfertigen Entwürfe.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>{when}, session started (a draft)</source>
        <translation>{when}, Gespräch begonnen (ein Entwurf)</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(vergessene Person)</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}. The {shown} longest waiting are here; the Follow-ups page has them all. Press Enter on one to start its session.</source>
        <translation>Fällige Nachkontakte: {n}. Die {shown} am längsten wartenden stehen hier; die Seite Nachkontakte zeigt alle. Drücken Sie auf einem die Eingabetaste, um sein Gespräch zu beginnen.</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}. Press Enter on one to start its session.</source>
        <translation>Fällige Nachkontakte: {n}. Drücken Sie auf einem die Eingabetaste, um sein Gespräch zu beginnen.</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Diese Woche sind keine Nachkontakte fällig.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk is locked</source>
        <translation>PeerDesk ist gesperrt</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Ihr Journal öffnen</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Sperr-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock with the lock passphrase</source>
        <translation>Mit der Sperr-Passphrase entsperren</translation>
    </message>
    <message>
        <source>Lock &amp;passphrase</source>
        <translation>Sperr-&amp;Passphrase</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Open with recovery code</source>
        <translation>Mit Wiederherstellungscode ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation>Mit dem Wiederherstellungscode öffnen</translation>
    </message>
    <message>
        <source>&amp;Recovery code (from your recovery sheet)</source>
        <translation>&amp;Wiederherstellungscode (von Ihrem Wiederherstellungsblatt)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Das Journal entsperren</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation>Stattdessen den Wiederherstellungs&amp;code verwenden</translation>
    </message>
    <message>
        <source>Use the lock &amp;passphrase instead</source>
        <translation>Stattdessen die Sperr-&amp;Passphrase verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>PeerDesk beenden</translation>
    </message>
    <message>
        <source>Type your lock passphrase to go on.</source>
        <translation>Geben Sie Ihre Sperr-Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Type your lock passphrase to open the journal.</source>
        <translation>Geben Sie Ihre Sperr-Passphrase ein, um das Journal zu öffnen.</translation>
    </message>
    <message>
        <source>This journal asks for your passphrase every time: its key is in no keyring, so someone using this computer account cannot open it without the passphrase or your recovery code.</source>
        <translation>Dieses Journal fragt jedes Mal nach Ihrer Passphrase: Sein Schlüssel liegt in keinem Schlüsselbund, daher kann niemand, der dieses Computerkonto benutzt, es ohne die Passphrase oder Ihren Wiederherstellungscode öffnen.</translation>
    </message>
    <message>
        <source>PeerDesk closed and hid your journal.</source>
        <translation>PeerDesk hat Ihr Journal geschlossen und verborgen.</translation>
    </message>
    <message>
        <source>It opens with your computer login, so anyone using this computer account can open it again with Unlock: your computer&apos;s own login is the only barrier.</source>
        <translation>Es öffnet sich mit Ihrer Computer-Anmeldung, daher kann jede Person, die dieses Computerkonto benutzt, es mit Entsperren wieder öffnen: Die Anmeldung an Ihrem Computer ist die einzige Hürde.</translation>
    </message>
    <message>
        <source>To keep out someone at this computer, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>Um jemanden an diesem Computer fernzuhalten, wählen Sie in den Einstellungen „Jedes Mal nach meiner Passphrase fragen“.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ihr Journal wird geöffnet…</translation>
    </message>
    <message>
        <source>You locked it.</source>
        <translation>Sie haben es gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>It locked after %Ln minute(s) without use.</source>
        <translation>
            <numerusform>Es hat sich nach %Ln Minute ohne Nutzung gesperrt.</numerusform>
            <numerusform>Es hat sich nach %Ln Minuten ohne Nutzung gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It locked because the screen locked or the computer went to sleep.</source>
        <translation>Es hat sich gesperrt, weil der Bildschirm gesperrt wurde oder der Computer in den Ruhezustand ging.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal.</source>
        <translation>Geben Sie Ihren Wiederherstellungscode ein, um das Journal zu öffnen.</translation>
    </message>
    <message>
        <source>It is on your recovery sheet: eight groups of four letters and digits. Capitals, spaces and dashes do not matter.</source>
        <translation>Er steht auf Ihrem Wiederherstellungsblatt: acht Gruppen aus je vier Buchstaben und Ziffern. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>The key in your keyring does not open this journal</source>
        <translation>Der Schlüssel in Ihrem Schlüsselbund öffnet dieses Journal nicht</translation>
    </message>
    <message>
        <source>The keyring gave a key, but it belongs to something else. Your journal file has not been changed.</source>
        <translation>Der Schlüsselbund hat einen Schlüssel geliefert, aber er gehört zu etwas anderem. Ihre Journal-Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Type your recovery code; PeerDesk then puts the right key back in the keyring.</source>
        <translation>Geben Sie Ihren Wiederherstellungscode ein; PeerDesk legt dann den richtigen Schlüssel wieder in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Type your lock passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Sperr-Passphrase ein.</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Geben Sie zuerst Ihren Wiederherstellungscode ein.</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>partly ticked</source>
        <translation>teilweise abgehakt</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>no such follow-up</source>
        <translation>diesen Nachkontakt gibt es nicht</translation>
    </message>
    <message>
        <source>this follow-up is no longer open</source>
        <translation>dieser Nachkontakt ist nicht mehr offen</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>{field} &apos;{text}&apos; ist kein Monat (JJJJ-MM)</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>der Zeitraum endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>a period is at most {most} months long</source>
        <translation>ein Zeitraum ist höchstens {most} Monate lang</translation>
    </message>
    <message>
        <source>another peer already has this pseudonym</source>
        <translation>eine andere Person hat bereits dieses Pseudonym</translation>
    </message>
    <message>
        <source>no such peer</source>
        <translation>diese Person gibt es nicht</translation>
    </message>
    <message>
        <source>choose a whole number from {low} to {high}</source>
        <translation>wählen Sie eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>wählen Sie eines von: {choices}</translation>
    </message>
    <message>
        <source>choose yes or no</source>
        <translation>wählen Sie Ja oder Nein</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>wählen Sie einen Ordner</translation>
    </message>
    <message>
        <source>choose a whole folder path</source>
        <translation>wählen Sie einen vollständigen Ordnerpfad</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>the recovery code is far too long</source>
        <translation>der Wiederherstellungscode ist viel zu lang</translation>
    </message>
    <message>
        <source>the recovery code cannot contain {shown}</source>
        <translation>der Wiederherstellungscode darf {shown} nicht enthalten</translation>
    </message>
    <message>
        <source>a recovery code has {length} letters and digits; this one has {found}</source>
        <translation>ein Wiederherstellungscode hat {length} Buchstaben und Ziffern; dieser hat {found}</translation>
    </message>
    <message>
        <source>the recovery code has a typo: please check each group</source>
        <translation>der Wiederherstellungscode hat einen Tippfehler: Bitte prüfen Sie jede Gruppe</translation>
    </message>
    <message>
        <source>counts are suppressed below a threshold from {low} to {high}</source>
        <translation>Zahlen werden unter einer Schwelle von {low} bis {high} ausgeblendet</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <translation>Zeile {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>&apos;{text}&apos; ist kein Monat (JJJJ-MM)</translation>
    </message>
    <message>
        <source>{month} is outside the report&apos;s period</source>
        <translation>{month} liegt außerhalb des Berichtszeitraums</translation>
    </message>
    <message>
        <source>{section} is never held back</source>
        <translation>{section} wird nie zurückgehalten</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the report&apos;s threshold of {threshold}</source>
        <translation>&apos;{text}&apos; passt nicht zur Schwelle des Berichts ({threshold})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a count or {written}</source>
        <translation>&apos;{text}&apos; ist weder eine Anzahl noch {written}</translation>
    </message>
    <message>
        <source>the count {count} is below the threshold of {threshold} but was not suppressed</source>
        <translation>die Anzahl {count} liegt unter der Schwelle {threshold}, wurde aber nicht ausgeblendet</translation>
    </message>
    <message>
        <source>expected the {section} line ({section},,{item},,…)</source>
        <translation>erwartet wurde die Zeile {section} ({section},,{item},,…)</translation>
    </message>
    <message>
        <source>this is not well-formed CSV ({why})</source>
        <translation>das ist kein gültiges CSV ({why})</translation>
    </message>
    <message>
        <source>this is not a PeerDesk report (the first line should be {header})</source>
        <translation>das ist kein PeerDesk-Bericht (die erste Zeile sollte {header} lauten)</translation>
    </message>
    <message>
        <source>expected {expected} fields, found {found}</source>
        <translation>{expected} Felder erwartet, {found} gefunden</translation>
    </message>
    <message>
        <source>a field is too long or holds control characters</source>
        <translation>ein Feld ist zu lang oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the report ends before its period and threshold</source>
        <translation>der Bericht endet vor Zeitraum und Schwelle</translation>
    </message>
    <message>
        <source>&apos;{version}&apos; is not a format version</source>
        <translation>&apos;{version}&apos; ist keine Formatversion</translation>
    </message>
    <message>
        <source>the report is in format version {version}; this PeerDesk reads versions {first} to {last}</source>
        <translation>der Bericht hat die Formatversion {version}; dieses PeerDesk liest die Versionen {first} bis {last}</translation>
    </message>
    <message>
        <source>unknown section &apos;{section}&apos;</source>
        <translation>unbekannter Abschnitt &apos;{section}&apos;</translation>
    </message>
    <message>
        <source>a {section} line has the item &apos;all&apos;</source>
        <translation>eine Zeile {section} hat das Element &apos;all&apos;</translation>
    </message>
    <message>
        <source>a {section} line has no month</source>
        <translation>eine Zeile {section} hat keinen Monat</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an item here</source>
        <translation>&apos;{item}&apos; ist hier kein gültiges Element</translation>
    </message>
    <message>
        <source>this figure appears twice</source>
        <translation>diese Zahl kommt zweimal vor</translation>
    </message>
    <message>
        <source>the {section} figure for {month} is missing</source>
        <translation>die Zahl {section} für {month} fehlt</translation>
    </message>
    <message>
        <source>the figures do not add up (the parts of a total disagree with it)</source>
        <translation>die Zahlen gehen nicht auf (die Teile einer Summe passen nicht zu ihr)</translation>
    </message>
    <message>
        <source>the file is {size}; a PeerDesk report is at most {most}</source>
        <translation>die Datei ist {size} groß; ein PeerDesk-Bericht ist höchstens {most} groß</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>choose at least one report</source>
        <translation>wählen Sie mindestens einen Bericht</translation>
    </message>
    <message>
        <source>{file}: choose a file ending in .json or .csv (the ending picks the format)</source>
        <translation>{file}: wählen Sie eine Datei mit der Endung .json oder .csv (die Endung bestimmt das Format)</translation>
    </message>
    <message>
        <source>the file is {size}; a resource directory is at most {most}</source>
        <translation>die Datei ist {size} groß; ein Verzeichnis der Hilfsangebote ist höchstens {most} groß</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 and try again</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>line {line}: the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>Zeile {line}: Die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>line {line}: the file holds a null character; is it really a text file?</source>
        <translation>Zeile {line}: Die Datei enthält ein Nullzeichen; ist es wirklich eine Textdatei?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>{where}: category &apos;{value}&apos; is not one of {categories}</source>
        <translation>{where}: Die Kategorie &apos;{value}&apos; ist keine von: {categories}</translation>
    </message>
    <message>
        <source>{where}: last_verified_on must be a date written like 2026-01-31, or empty</source>
        <translation>{where}: last_verified_on muss ein Datum wie 2026-01-31 sein oder leer bleiben</translation>
    </message>
    <message>
        <source>{where}: last_verified_on &apos;{value}&apos; is not a real date</source>
        <translation>{where}: last_verified_on &apos;{value}&apos; ist kein echtes Datum</translation>
    </message>
    <message>
        <source>{where}: last_verified_on {day} is in the future</source>
        <translation>{where}: last_verified_on {day} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>{where}: {name} must be text, not {kind}</source>
        <translation>{where}: {name} muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{where}: name is empty</source>
        <translation>{where}: name ist leer</translation>
    </message>
    <message>
        <source>{where}: category is empty</source>
        <translation>{where}: category ist leer</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the file holds no resources</source>
        <translation>die Datei enthält keine Hilfsangebote</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is listed twice (also at {other})</source>
        <translation>{where}: &apos;{name}&apos; steht zweimal in der Datei (auch bei {other})</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>der Schlüssel &apos;{key}&apos; kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>{name} is not a value a resource directory can hold</source>
        <translation>{name} ist kein Wert, den ein Verzeichnis der Hilfsangebote enthalten kann</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>hier fehlt ein Wert</translation>
    </message>
    <message>
        <source>a comma was expected</source>
        <translation>hier fehlt ein Komma</translation>
    </message>
    <message>
        <source>a colon was expected</source>
        <translation>hier fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected</source>
        <translation>hier fehlt ein Feldname in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a text is not closed with its quotation mark</source>
        <translation>ein Text wird nicht mit seinem Anführungszeichen geschlossen</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt noch etwas</translation>
    </message>
    <message>
        <source>a text holds a control character</source>
        <translation>ein Text enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>a backslash starts an unknown escape</source>
        <translation>ein Backslash leitet eine unbekannte Escape-Sequenz ein</translation>
    </message>
    <message>
        <source>a comma stands before the closing bracket</source>
        <translation>vor der schließenden Klammer steht ein Komma</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>the file holds {count} resources; a directory holds at most {most}</source>
        <translation>die Datei enthält {count} Hilfsangebote; ein Verzeichnis fasst höchstens {most}</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>die Formatversion muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the file has format version {found}, from a newer PeerDesk; this one reads version {supported}</source>
        <translation>die Datei hat die Formatversion {found} aus einem neueren PeerDesk; dieses liest Version {supported}</translation>
    </message>
    <message>
        <source>format version {found} does not exist</source>
        <translation>die Formatversion {found} gibt es nicht</translation>
    </message>
    <message>
        <source>line {line}, column {column}: this is not valid JSON ({why})</source>
        <translation>Zeile {line}, Spalte {column}: Das ist kein gültiges JSON ({why})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the JSON holds a value that cannot be read</source>
        <translation>das JSON enthält einen Wert, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>this is not a PeerDesk resource directory (it needs &quot;format&quot;: &quot;{name}&quot;)</source>
        <translation>das ist kein Verzeichnis der Hilfsangebote von PeerDesk (es braucht &quot;format&quot;: &quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; at the top</source>
        <translation>unbekanntes Feld &apos;{name}&apos; auf der obersten Ebene</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>die Formatversion fehlt</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} muss Text sein</translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be a list of resources</source>
        <translation>&quot;resources&quot; muss eine Liste von Hilfsangeboten sein</translation>
    </message>
    <message>
        <source>resource {number}</source>
        <translation>Hilfsangebot {number}</translation>
    </message>
    <message>
        <source>{where}: must be an object with named fields</source>
        <translation>{where}: muss ein Objekt mit benannten Feldern sein</translation>
    </message>
    <message>
        <source>{where}: unknown field &apos;{name}&apos;</source>
        <translation>{where}: unbekanntes Feld &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{where}: {name} is missing</source>
        <translation>{where}: {name} fehlt</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells, but the header has {header}</source>
        <translation>Zeile {line}: {cells} Zellen, aber die Kopfzeile hat {header}</translation>
    </message>
    <message>
        <source>line {line}: a directory holds at most {most} resources</source>
        <translation>Zeile {line}: Ein Verzeichnis fasst höchstens {most} Hilfsangebote</translation>
    </message>
    <message>
        <source>line {line}: this is not valid CSV ({why})</source>
        <translation>Zeile {line}: Das ist kein gültiges CSV ({why})</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>line 1: the first line may only be &apos;# peerdesk-resources version 1&apos;</source>
        <translation>Zeile 1: Die erste Zeile darf nur &apos;# peerdesk-resources version 1&apos; lauten</translation>
    </message>
    <message>
        <source>line 1: the format version must be a whole number</source>
        <translation>Zeile 1: Die Formatversion muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>(an empty column name)</source>
        <translation>(ein leerer Spaltenname)</translation>
    </message>
    <message>
        <source>line {line}: unknown column &apos;{name}&apos;; the columns are {columns}</source>
        <translation>Zeile {line}: unbekannte Spalte &apos;{name}&apos;; die Spalten sind {columns}</translation>
    </message>
    <message>
        <source>line {line}: the column &apos;{name}&apos; appears twice</source>
        <translation>Zeile {line}: Die Spalte &apos;{name}&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>line {line}: the column &apos;{name}&apos; is missing</source>
        <translation>Zeile {line}: Die Spalte &apos;{name}&apos; fehlt</translation>
    </message>
    <message>
        <source>{file}: there is no such file</source>
        <translation>{file}: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>Lesen von {file}</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>unknown tag kind &apos;{kind}&apos;</source>
        <translation>unbekannte Art von Schlagwort &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>this tag exists already</source>
        <translation>dieses Schlagwort gibt es schon</translation>
    </message>
    <message>
        <source>another tag has this name already</source>
        <translation>ein anderes Schlagwort hat schon diesen Namen</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>dieses Schlagwort gibt es nicht</translation>
    </message>
    <message>
        <source>a lock passphrase has at least {least} characters</source>
        <translation>eine Sperr-Passphrase hat mindestens {least} Zeichen</translation>
    </message>
    <message>
        <source>this passphrase is one of the most common ones, which anyone guessing tries first; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>diese Passphrase gehört zu den häufigsten, die jeder beim Raten zuerst ausprobiert; wählen Sie ein paar Wörter, die nur für Sie zusammengehören, etwa einen kurzen Satz</translation>
    </message>
    <message>
        <source>this passphrase repeats one or two characters, which is guessed at once; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>diese Passphrase wiederholt ein oder zwei Zeichen und ist sofort erraten; wählen Sie ein paar Wörter, die nur für Sie zusammengehören, etwa einen kurzen Satz</translation>
    </message>
    <message>
        <source>this passphrase is a plain run of keys, like 12345678 or abcdefgh, which is guessed at once; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>diese Passphrase ist eine einfache Tastenfolge wie 12345678 oder abcdefgh und ist sofort erraten; wählen Sie ein paar Wörter, die nur für Sie zusammengehören, etwa einen kurzen Satz</translation>
    </message>
    <message>
        <source>the lock passphrase is too long</source>
        <translation>die Sperr-Passphrase ist zu lang</translation>
    </message>
    <message>
        <source>the passphrase has characters that cannot be used</source>
        <translation>die Passphrase enthält Zeichen, die nicht verwendet werden können</translation>
    </message>
    <message>
        <source>a journal already exists in {folder}</source>
        <translation>in {folder} gibt es bereits ein Journal</translation>
    </message>
    <message>
        <source>this lock mode needs a lock passphrase</source>
        <translation>diese Art des Sperrens braucht eine Sperr-Passphrase</translation>
    </message>
    <message>
        <source>creating the data folder</source>
        <translation>Anlegen des Datenordners</translation>
    </message>
    <message>
        <source>creating the journal</source>
        <translation>Anlegen des Journals</translation>
    </message>
    <message>
        <source>the journal file is missing from {folder}, but its key file is there</source>
        <translation>die Journaldatei fehlt in {folder}, aber ihre Schlüsseldatei ist da</translation>
    </message>
    <message>
        <source>there is no journal in {folder}</source>
        <translation>in {folder} gibt es kein Journal</translation>
    </message>
    <message>
        <source>no lock passphrase is set for this journal</source>
        <translation>für dieses Journal ist keine Sperr-Passphrase festgelegt</translation>
    </message>
    <message>
        <source>the journal asks for this passphrase every time; switch to opening with the computer login first</source>
        <translation>das Journal fragt jedes Mal nach dieser Passphrase; stellen Sie zuerst auf das Öffnen mit der Computer-Anmeldung um</translation>
    </message>
    <message>
        <source>without a working keyring the passphrase is the only everyday key</source>
        <translation>ohne funktionierenden Schlüsselbund ist die Passphrase der einzige Schlüssel für jeden Tag</translation>
    </message>
    <message>
        <source>the current lock passphrase is needed to keep it</source>
        <translation>um sie zu behalten, wird die aktuelle Sperr-Passphrase gebraucht</translation>
    </message>
    <message>
        <source>the recovery code does not open this journal</source>
        <translation>der Wiederherstellungscode öffnet dieses Journal nicht</translation>
    </message>
    <message>
        <source>the new key was chosen but could not be put in place; the next start finishes it, and the new recovery code opens the journal</source>
        <translation>der neue Schlüssel ist gewählt, konnte aber nicht eingesetzt werden; der nächste Start schließt das ab, und der neue Wiederherstellungscode öffnet das Journal</translation>
    </message>
    <message>
        <source>re-keying the journal</source>
        <translation>Neuverschlüsseln des Journals</translation>
    </message>
    <message>
        <source>this journal asks for its passphrase: use the recovery code</source>
        <translation>dieses Journal fragt nach seiner Passphrase: Verwenden Sie den Wiederherstellungscode</translation>
    </message>
    <message>
        <source>the keyring has no key for this backup</source>
        <translation>der Schlüsselbund hat keinen Schlüssel für diese Sicherung</translation>
    </message>
    <message>
        <source>this journal&apos;s key does not open the backup</source>
        <translation>der Schlüssel dieses Journals öffnet die Sicherung nicht</translation>
    </message>
    <message>
        <source>there is no file at {path}</source>
        <translation>unter {path} gibt es keine Datei</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <source>the backup was made under a key retired since: today&apos;s lock passphrase is needed to bring it back under today&apos;s key</source>
        <translation>die Sicherung wurde mit einem inzwischen ersetzten Schlüssel gemacht: Ihre heutige Sperr-Passphrase wird gebraucht, um sie unter den heutigen Schlüssel zu bringen</translation>
    </message>
    <message>
        <source>this peer already has an open follow-up</source>
        <translation>diese Person hat bereits einen offenen Nachkontakt</translation>
    </message>
    <message>
        <source>the key was kept by {recorded}, but the keyring in use is {current}</source>
        <translation>der Schlüssel lag bei {recorded}, aber der verwendete Schlüsselbund ist {current}</translation>
    </message>
    <message>
        <source>journal schema version {found} is newer than this PeerDesk supports ({supported})</source>
        <translation>die Schemaversion {found} des Journals ist neuer, als dieses PeerDesk unterstützt ({supported})</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in the folder {folder}: make it writable (check that its drive is not read-only and that the folder belongs to you), or choose another folder with --data-dir</source>
        <translation>PeerDesk kann nicht in den Ordner {folder} schreiben: Machen Sie ihn beschreibbar (prüfen Sie, dass sein Laufwerk nicht schreibgeschützt ist und der Ordner Ihnen gehört), oder wählen Sie mit --data-dir einen anderen Ordner</translation>
    </message>
    <message>
        <source>the recovery sheet could not be drawn on the chosen printer</source>
        <translation>das Wiederherstellungsblatt konnte nicht auf dem gewählten Drucker gezeichnet werden</translation>
    </message>
    <message>
        <source>saving the recovery sheet</source>
        <translation>Speichern des Wiederherstellungsblatts</translation>
    </message>
    <message>
        <source>the PDF could not be written to {folder}</source>
        <translation>das PDF konnte nicht in {folder} geschrieben werden</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>Schreiben von {file}</translation>
    </message>
    <message>
        <source>creating the backup folder</source>
        <translation>Anlegen des Sicherungsordners</translation>
    </message>
    <message>
        <source>the journal file changed to another journal during the backup</source>
        <translation>die Journaldatei wurde während der Sicherung zu einem anderen Journal</translation>
    </message>
    <message>
        <source>the backup folder {folder} is not there (is the drive connected?)</source>
        <translation>der Sicherungsordner {folder} ist nicht da (ist das Laufwerk angeschlossen?)</translation>
    </message>
    <message>
        <source>copying the backup to the other folder</source>
        <translation>Kopieren der Sicherung in den anderen Ordner</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>Schreiben der Sicherung</translation>
    </message>
    <message>
        <source>the file is not a PeerDesk backup: it is empty or cut short</source>
        <translation>die Datei ist keine PeerDesk-Sicherung: sie ist leer oder abgeschnitten</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>Lesen der Sicherung</translation>
    </message>
    <message>
        <source>the file is an unencrypted database, not a PeerDesk backup</source>
        <translation>die Datei ist eine unverschlüsselte Datenbank, keine PeerDesk-Sicherung</translation>
    </message>
    <message>
        <source>the backup cannot be read with this journal&apos;s key</source>
        <translation>die Sicherung kann mit dem Schlüssel dieses Journals nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is not a PeerDesk backup</source>
        <translation>die Datei ist keine PeerDesk-Sicherung</translation>
    </message>
    <message>
        <source>the backup failed its integrity check ({count} problems)</source>
        <translation>die Sicherung hat ihre Integritätsprüfung nicht bestanden ({count} Probleme)</translation>
    </message>
    <message>
        <source>the backup belongs to another journal</source>
        <translation>die Sicherung gehört zu einem anderen Journal</translation>
    </message>
    <message>
        <source>line {line}: unknown section [{kind}]</source>
        <translation>Zeile {line}: unbekannter Abschnitt [{kind}]</translation>
    </message>
    <message>
        <source>line {line}: a term before any section</source>
        <translation>Zeile {line}: ein Begriff vor dem ersten Abschnitt</translation>
    </message>
    <message>
        <source>line {line}: no word in this term</source>
        <translation>Zeile {line}: Dieser Begriff enthält kein Wort</translation>
    </message>
    <message>
        <source>the journal file failed a check ({name})</source>
        <translation>die Journaldatei hat eine Prüfung nicht bestanden ({name})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the journal is busy in another program</source>
        <translation>das Journal wird gerade von einem anderen Programm benutzt</translation>
    </message>
    <message>
        <source>the journal file could not be read or written ({name})</source>
        <translation>die Journaldatei konnte nicht gelesen oder geschrieben werden ({name})</translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation>unter {path} gibt es kein Journal</translation>
    </message>
    <message>
        <source>the journal could not be opened</source>
        <translation>das Journal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the SQLite library in use cannot encrypt</source>
        <translation>die verwendete SQLite-Bibliothek kann nicht verschlüsseln</translation>
    </message>
    <message>
        <source>the journal file could not be read ({why})</source>
        <translation>die Journaldatei konnte nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>the journal file is empty</source>
        <translation>die Journaldatei ist leer</translation>
    </message>
    <message>
        <source>the journal file is only {size} bytes, shorter than one page</source>
        <translation>die Journaldatei ist nur {size} Byte groß, kürzer als eine Seite</translation>
    </message>
    <message>
        <source>the disk is full while {what}</source>
        <translation>der Datenträger ist voll beim {what}</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>{what} ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} MB ({bytes} Byte)</translation>
    </message>
    <message>
        <source>{kilobytes} KB ({bytes} bytes)</source>
        <translation>{kilobytes} KB ({bytes} Byte)</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} Byte</translation>
    </message>
    <message>
        <source>opening the lock file</source>
        <translation>Öffnen der Sperrdatei</translation>
    </message>
    <message>
        <source>another PeerDesk is using this journal</source>
        <translation>ein anderes PeerDesk verwendet dieses Journal</translation>
    </message>
    <message>
        <source>the {name} does not open this journal</source>
        <translation>{name} öffnet dieses Journal nicht</translation>
    </message>
    <message>
        <source>a key slot holds a key that does not match the journal</source>
        <translation>ein Schlüsselplatz enthält einen Schlüssel, der nicht zum Journal passt</translation>
    </message>
    <message>
        <source>the passphrase does not open this journal</source>
        <translation>die Passphrase öffnet dieses Journal nicht</translation>
    </message>
    <message>
        <source>the key-slot file is damaged: {why}</source>
        <translation>die Schlüsseldatei ist beschädigt: {why}</translation>
    </message>
    <message>
        <source>the key-slot file is damaged: it is {size}; a key-slot file is at most {most}</source>
        <translation>die Schlüsseldatei ist beschädigt: Sie ist {size} groß; eine Schlüsseldatei ist höchstens {most} groß</translation>
    </message>
    <message>
        <source>the key-slot file is missing</source>
        <translation>die Schlüsseldatei fehlt</translation>
    </message>
    <message>
        <source>the key-slot file cannot be read: {why}</source>
        <translation>die Schlüsseldatei kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>no usable keyring (found {found})</source>
        <translation>kein nutzbarer Schlüsselbund (gefunden: {found})</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>the keyring refused the key: {why}</source>
        <translation>der Schlüsselbund hat den Schlüssel abgelehnt: {why}</translation>
    </message>
    <message>
        <source>the keyring did not give back the key it was given</source>
        <translation>der Schlüsselbund hat den übergebenen Schlüssel nicht zurückgegeben</translation>
    </message>
    <message>
        <source>the keyring that holds the key is locked</source>
        <translation>der Schlüsselbund mit dem Schlüssel ist gesperrt</translation>
    </message>
    <message>
        <source>the keyring still holds the key after deleting it</source>
        <translation>der Schlüsselbund hält den Schlüssel nach dem Löschen noch</translation>
    </message>
    <message>
        <source>the keyring refused to delete the key: {why}</source>
        <translation>der Schlüsselbund hat das Löschen des Schlüssels verweigert: {why}</translation>
    </message>
    <message>
        <source>the keyring is not available: {why}</source>
        <translation>der Schlüsselbund ist nicht verfügbar: {why}</translation>
    </message>
    <message>
        <source>the keyring failed: {why}</source>
        <translation>der Schlüsselbund ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>the old key does not open this backup</source>
        <translation>der alte Schlüssel öffnet diese Sicherung nicht</translation>
    </message>
    <message>
        <source>the backup cannot be read with its key</source>
        <translation>die Sicherung kann mit ihrem Schlüssel nicht gelesen werden</translation>
    </message>
    <message>
        <source>re-encrypting a backup</source>
        <translation>Neuverschlüsseln einer Sicherung</translation>
    </message>
    <message>
        <source>deleting a backup</source>
        <translation>Löschen einer Sicherung</translation>
    </message>
    <message>
        <source>the old key is no longer known: only deleting is possible</source>
        <translation>der alte Schlüssel ist nicht mehr bekannt: Nur Löschen ist möglich</translation>
    </message>
    <message>
        <source>unknown category &apos;{category}&apos;</source>
        <translation>unbekannte Kategorie &apos;{category}&apos;</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>no such resource</source>
        <translation>dieses Hilfsangebot gibt es nicht</translation>
    </message>
    <message>
        <source>this journal asks for its lock passphrase every time</source>
        <translation>dieses Journal fragt jedes Mal nach seiner Sperr-Passphrase</translation>
    </message>
    <message>
        <source>the keyring holds no key for this journal</source>
        <translation>der Schlüsselbund hat keinen Schlüssel für dieses Journal</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this journal</source>
        <translation>der Schlüssel im Schlüsselbund öffnet dieses Journal nicht</translation>
    </message>
    <message>
        <source>copying the damaged journal</source>
        <translation>Kopieren des beschädigten Journals</translation>
    </message>
    <message>
        <source>the rescued journal failed a check ({count})</source>
        <translation>das gerettete Journal hat eine Prüfung nicht bestanden ({count})</translation>
    </message>
    <message>
        <source>writing the rescued journal</source>
        <translation>Schreiben des geretteten Journals</translation>
    </message>
    <message>
        <source>moving the damaged journal aside</source>
        <translation>Beiseitelegen des beschädigten Journals</translation>
    </message>
    <message>
        <source>unknown search order &apos;{order}&apos;</source>
        <translation>unbekannte Suchreihenfolge &apos;{order}&apos;</translation>
    </message>
    <message>
        <source>unknown follow-up filter &apos;{name}&apos;</source>
        <translation>unbekannter Nachkontakt-Filter &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{name} &apos;{value}&apos; is not one of the choices</source>
        <translation>{name} &apos;{value}&apos; ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>the marks are not a mapping</source>
        <translation>die Markierungen sind keine Zuordnung</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a resource id</source>
        <translation>&apos;{value}&apos; ist keine Kennung eines Hilfsangebots</translation>
    </message>
    <message>
        <source>unknown kind of help: &apos;{value}&apos;</source>
        <translation>unbekannte Art von Hilfe: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown mark: &apos;{value}&apos;</source>
        <translation>unbekannte Markierung: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>the session has no date</source>
        <translation>das Gespräch hat kein Datum</translation>
    </message>
    <message>
        <source>unknown session status</source>
        <translation>unbekannter Status des Gesprächs</translation>
    </message>
    <message>
        <source>the duration must be between 0 and 1440 minutes</source>
        <translation>die Dauer muss zwischen 0 und 1440 Minuten liegen</translation>
    </message>
    <message>
        <source>self-care is rated from 1 to 5</source>
        <translation>die Selbstfürsorge wird von 1 bis 5 bewertet</translation>
    </message>
    <message>
        <source>unknown step &apos;{value}&apos;</source>
        <translation>unbekannter Schritt &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown checklist item: &apos;{value}&apos;</source>
        <translation>unbekannter Punkt der Checkliste: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>step &apos;{value}&apos; has no notes</source>
        <translation>der Schritt &apos;{value}&apos; hat keine Notizen</translation>
    </message>
    <message>
        <source>the note ({step})</source>
        <translation>die Notiz ({step})</translation>
    </message>
    <message>
        <source>unknown event: &apos;{value}&apos;</source>
        <translation>unbekanntes Ereignis: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown stress driver: &apos;{value}&apos;</source>
        <translation>unbekannter Belastungsfaktor: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>follow-up plan</source>
        <translation>Plan für den Nachkontakt</translation>
    </message>
    <message>
        <source>choose the peer this session was with</source>
        <translation>wählen Sie die Person, mit der dieses Gespräch war</translation>
    </message>
    <message>
        <source>choose the kind of contact</source>
        <translation>wählen Sie die Art des Kontakts</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>dieses Gespräch gibt es nicht</translation>
    </message>
    <message>
        <source>this peer no longer exists</source>
        <translation>diese Person gibt es nicht mehr</translation>
    </message>
    <message>
        <source>this follow-up no longer exists</source>
        <translation>diesen Nachkontakt gibt es nicht mehr</translation>
    </message>
    <message>
        <source>a resource marked no longer exists</source>
        <translation>ein markiertes Hilfsangebot gibt es nicht mehr</translation>
    </message>
    <message>
        <source>this follow-up is for another peer</source>
        <translation>dieser Nachkontakt gehört zu einer anderen Person</translation>
    </message>
    <message>
        <source>bad setting name &apos;{key}&apos;</source>
        <translation>ungültiger Name einer Einstellung &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>setting {key} cannot hold this value</source>
        <translation>die Einstellung {key} kann diesen Wert nicht aufnehmen</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>{name} contains a null character</source>
        <translation>{name} enthält ein Nullzeichen</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be stored</source>
        <translation>{name} enthält Zeichen, die nicht gespeichert werden können</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is {length} characters long; at most {most} fit</source>
        <translation>{name} ist {length} Zeichen lang; höchstens {most} passen</translation>
    </message>
    <message>
        <source>{field} is not a date (YYYY-MM-DD)</source>
        <translation>{field} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the journal file holds no journal</source>
        <translation>die Journaldatei enthält kein Journal</translation>
    </message>
    <message>
        <source>the journal file has no journal id</source>
        <translation>die Journaldatei hat keine Journal-Kennung</translation>
    </message>
    <message>
        <source>the journal file belongs to another journal than its key file</source>
        <translation>die Journaldatei gehört zu einem anderen Journal als ihre Schlüsseldatei</translation>
    </message>
    <message>
        <source>the journal is closed</source>
        <translation>das Journal ist geschlossen</translation>
    </message>
    <message>
        <source>the read was interrupted</source>
        <translation>das Lesen wurde unterbrochen</translation>
    </message>
    <message>
        <source>the journal file failed its checks</source>
        <translation>die Journaldatei hat ihre Prüfungen nicht bestanden</translation>
    </message>
    <message>
        <source>the recovery code has a typo</source>
        <translation>der Wiederherstellungscode hat einen Tippfehler</translation>
    </message>
    <message>
        <source>the handout could not be drawn on the chosen printer or file</source>
        <translation>das Infoblatt konnte nicht auf dem gewählten Drucker oder in die gewählte Datei gezeichnet werden</translation>
    </message>
    <message>
        <source>making the demo&apos;s temporary folder</source>
        <translation>Anlegen des temporären Demo-Ordners</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>GNOME Keyring / KWallet (Secret Service)</source>
        <translation>GNOME-Schlüsselbund / KWallet (Secret Service)</translation>
    </message>
    <message>
        <source>GNOME Keyring / KWallet (Secret Service, libsecret)</source>
        <translation>GNOME-Schlüsselbund / KWallet (Secret Service, libsecret)</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>PeerDesk&apos;s temporary in-memory keyring</source>
        <translation>Vorübergehender Schlüsselbund von PeerDesk im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <source>Physician health</source>
        <translation>Hilfe für Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Counselling and EAP</source>
        <translation>Beratung und Mitarbeiterberatung (EAP)</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Kollegiale Unterstützung</translation>
    </message>
    <message>
        <source>Legal and litigation support</source>
        <translation>Rechtliche Unterstützung bei Verfahren</translation>
    </message>
    <message>
        <source>Self-care and well-being</source>
        <translation>Selbstfürsorge und Wohlbefinden</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Weitere Unterstützung</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>PeerDesk could not finish what you asked.</source>
        <translation>PeerDesk konnte nicht abschließen, worum Sie gebeten haben.</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, restart PeerDesk.</source>
        <translation>Bitte versuchen Sie es erneut. Wenn das immer wieder passiert, starten Sie PeerDesk neu.</translation>
    </message>
    <message>
        <source>Something on this computer got in the way</source>
        <translation>Etwas auf diesem Computer war im Weg</translation>
    </message>
    <message>
        <source>PeerDesk was stopped by something outside it (a file, a folder or the keyring).</source>
        <translation>PeerDesk wurde durch etwas außerhalb des Programms aufgehalten (eine Datei, einen Ordner oder den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Nothing in your journal was changed. Please try again in a moment.</source>
        <translation>In Ihrem Journal wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Dieser Wert kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation>Bitte prüfen Sie Ihre Eingabe</translation>
    </message>
    <message>
        <source>Correct it and try again; nothing was saved yet.</source>
        <translation>Korrigieren Sie sie und versuchen Sie es erneut; es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>That recovery code does not look right</source>
        <translation>Dieser Wiederherstellungscode sieht nicht richtig aus</translation>
    </message>
    <message>
        <source>The recovery code has a typo.</source>
        <translation>Der Wiederherstellungscode hat einen Tippfehler.</translation>
    </message>
    <message>
        <source>Compare it group by group with your recovery sheet. Capitals, spaces and dashes do not matter.</source>
        <translation>Vergleichen Sie ihn Gruppe für Gruppe mit Ihrem Wiederherstellungsblatt. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>This computer has no keyring PeerDesk can safely keep the journal&apos;s key in, so it cannot open the journal on its own.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem PeerDesk den Schlüssel des Journals sicher verwahren kann, daher kann es das Journal nicht von selbst öffnen.</translation>
    </message>
    <message>
        <source>Type your lock passphrase, or your recovery code, to open the journal.</source>
        <translation>Geben Sie Ihre Sperr-Passphrase oder Ihren Wiederherstellungscode ein, um das Journal zu öffnen.</translation>
    </message>
    <message>
        <source>Your keyring is locked</source>
        <translation>Ihr Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>Your system keyring is locked, so PeerDesk cannot read the journal&apos;s key.</source>
        <translation>Der Schlüsselbund Ihres Systems ist gesperrt, daher kann PeerDesk den Schlüssel des Journals nicht lesen.</translation>
    </message>
    <message>
        <source>Unlock it (usually by logging in again) and choose Try again.</source>
        <translation>Entsperren Sie ihn (meist durch erneutes Anmelden) und wählen Sie Erneut versuchen.</translation>
    </message>
    <message>
        <source>The key was kept in another keyring</source>
        <translation>Der Schlüssel wurde in einem anderen Schlüsselbund verwahrt</translation>
    </message>
    <message>
        <source>The journal&apos;s key was kept in {recorded}, but PeerDesk is now using {current}, which does not have it.</source>
        <translation>Der Schlüssel des Journals wurde in {recorded} verwahrt, aber PeerDesk verwendet jetzt {current}, wo er nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal; PeerDesk then keeps the key in the keyring in use now.</source>
        <translation>Geben Sie Ihren Wiederherstellungscode ein, um das Journal zu öffnen; PeerDesk verwahrt den Schlüssel dann im jetzt verwendeten Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keyring no longer has the key</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht mehr</translation>
    </message>
    <message>
        <source>Your system keyring has no key for this journal. This happens on a new computer, after a reinstall, or when the keyring was reset.</source>
        <translation>Der Schlüsselbund Ihres Systems hat keinen Schlüssel für dieses Journal. Das passiert auf einem neuen Computer, nach einer Neuinstallation oder wenn der Schlüsselbund zurückgesetzt wurde.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal; PeerDesk then puts the key back in the keyring.</source>
        <translation>Geben Sie Ihren Wiederherstellungscode ein, um das Journal zu öffnen; PeerDesk legt den Schlüssel dann wieder in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keyring did not keep the key</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht behalten</translation>
    </message>
    <message>
        <source>PeerDesk gave the journal&apos;s key to your system keyring, but could not read it back.</source>
        <translation>PeerDesk hat den Schlüssel des Journals an den Schlüsselbund Ihres Systems übergeben, konnte ihn aber nicht zurücklesen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, choose &quot;Ask for my passphrase every time&quot; in Settings: the journal then opens with the passphrase and needs no keyring.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiter fehlschlägt, wählen Sie in den Einstellungen „Jedes Mal nach meiner Passphrase fragen“: Das Journal öffnet sich dann mit der Passphrase und braucht keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keyring still holds the journal&apos;s key</source>
        <translation>Der Schlüsselbund enthält noch den Schlüssel des Journals</translation>
    </message>
    <message>
        <source>PeerDesk no longer opens the journal from the keyring, but the keyring did not delete the key, so someone using this computer account could still read it there.</source>
        <translation>PeerDesk öffnet das Journal nicht mehr über den Schlüsselbund, aber der Schlüsselbund hat den Schlüssel nicht gelöscht, daher könnte jemand, der dieses Computerkonto benutzt, ihn dort noch lesen.</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the &quot;PeerDesk&quot; entry in your keyring app. PeerDesk tries again every time the journal is unlocked.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut, oder löschen Sie den Eintrag „PeerDesk“ in Ihrer Schlüsselbund-App. PeerDesk versucht es bei jedem Entsperren des Journals erneut.</translation>
    </message>
    <message>
        <source>Type your lock passphrase to open the journal</source>
        <translation>Geben Sie Ihre Sperr-Passphrase ein, um das Journal zu öffnen</translation>
    </message>
    <message>
        <source>This journal asks for your passphrase every time. Its key is in no keyring, so nobody can open it without the passphrase or the recovery code.</source>
        <translation>Dieses Journal fragt jedes Mal nach Ihrer Passphrase. Sein Schlüssel liegt in keinem Schlüsselbund, daher kann niemand es ohne die Passphrase oder den Wiederherstellungscode öffnen.</translation>
    </message>
    <message>
        <source>If you have forgotten the passphrase, use your recovery code.</source>
        <translation>Wenn Sie die Passphrase vergessen haben, verwenden Sie Ihren Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>That does not open this journal</source>
        <translation>Das öffnet dieses Journal nicht</translation>
    </message>
    <message>
        <source>What was given does not open this journal. It may be mistyped, or it may belong to another journal or to a recovery code that was replaced.</source>
        <translation>Die Eingabe öffnet dieses Journal nicht. Vielleicht ist sie vertippt, oder sie gehört zu einem anderen Journal oder zu einem Wiederherstellungscode, der ersetzt wurde.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type it again carefully.</source>
        <translation>Prüfen Sie die Feststelltaste und geben Sie sie sorgfältig erneut ein.</translation>
    </message>
    <message>
        <source>No lock passphrase is set</source>
        <translation>Keine Sperr-Passphrase festgelegt</translation>
    </message>
    <message>
        <source>This journal has no lock passphrase, so one cannot be used to open it.</source>
        <translation>Dieses Journal hat keine Sperr-Passphrase, daher kann keine zum Öffnen verwendet werden.</translation>
    </message>
    <message>
        <source>Use your recovery code instead. You can set a passphrase later in Settings.</source>
        <translation>Verwenden Sie stattdessen Ihren Wiederherstellungscode. Sie können später in den Einstellungen eine Passphrase festlegen.</translation>
    </message>
    <message>
        <source>The journal file is not there</source>
        <translation>Die Journal-Datei ist nicht da</translation>
    </message>
    <message>
        <source>PeerDesk cannot find the journal file in its data folder.</source>
        <translation>PeerDesk findet die Journal-Datei in seinem Datenordner nicht.</translation>
    </message>
    <message>
        <source>If the folder is on a drive that is not connected, connect it and try again. Otherwise, restore the journal from a backup.</source>
        <translation>Wenn der Ordner auf einem Laufwerk liegt, das nicht angeschlossen ist, schließen Sie es an und versuchen Sie es erneut. Andernfalls stellen Sie das Journal aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A journal already exists here</source>
        <translation>Hier gibt es bereits ein Journal</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. PeerDesk never replaces a journal.</source>
        <translation>In diesem Ordner gibt es bereits ein Journal. PeerDesk ersetzt nie ein Journal.</translation>
    </message>
    <message>
        <source>Open the existing journal instead, or choose another data folder.</source>
        <translation>Öffnen Sie stattdessen das vorhandene Journal oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The journal file is missing from PeerDesk&apos;s data folder, but its key file (journal.keys) is still there: the journal was moved, deleted or lost. PeerDesk will not start a new, empty journal in its place.</source>
        <translation>Die Journal-Datei fehlt im Datenordner von PeerDesk, aber ihre Schlüsseldatei (journal.keys) ist noch da: Das Journal wurde verschoben, gelöscht oder ist verloren gegangen. PeerDesk beginnt an seiner Stelle kein neues, leeres Journal.</translation>
    </message>
    <message>
        <source>The journal file is empty, cut short, or does not hold this journal, for example after a disk problem or a copy that did not finish. PeerDesk has not changed the file and will not start a new, empty journal in its place.</source>
        <translation>Die Journal-Datei ist leer, abgeschnitten oder enthält nicht dieses Journal, zum Beispiel nach einem Problem mit dem Datenträger oder einer nicht abgeschlossenen Kopie. PeerDesk hat die Datei nicht verändert und beginnt an ihrer Stelle kein neues, leeres Journal.</translation>
    </message>
    <message>
        <source>The key is right, but the journal file fails its checks: part of it was changed or lost, for example by a disk problem or a copy that did not finish. PeerDesk has not changed the file.</source>
        <translation>Der Schlüssel ist richtig, aber die Journal-Datei besteht ihre Prüfungen nicht: Ein Teil davon wurde verändert oder ging verloren, zum Beispiel durch ein Problem mit dem Datenträger oder eine nicht abgeschlossene Kopie. PeerDesk hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>Restore from a backup. If you moved the journal yourself, put journal.db back beside journal.keys and start PeerDesk again.</source>
        <translation>Stellen Sie aus einer Sicherung wieder her. Wenn Sie das Journal selbst verschoben haben, legen Sie journal.db wieder neben journal.keys und starten Sie PeerDesk erneut.</translation>
    </message>
    <message>
        <source>Restore from a backup. The file is moved aside when you restore, not deleted.</source>
        <translation>Stellen Sie aus einer Sicherung wieder her. Die Datei wird beim Wiederherstellen beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore from a backup first. The damaged file is kept aside in case someone can recover more from it later (with shredding of notes on, until it is older than both periods).</source>
        <translation>Stellen Sie zuerst aus einer Sicherung wieder her. Die beschädigte Datei wird beiseitegelegt, falls später jemand mehr daraus retten kann (bei eingeschalteter Vernichtung von Notizen, bis sie älter als beide Fristen ist).</translation>
    </message>
    <message>
        <source>The journal file is damaged</source>
        <translation>Die Journal-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is missing or damaged</source>
        <translation>Die Schlüsseldatei des Journals fehlt oder ist beschädigt</translation>
    </message>
    <message>
        <source>The small key file kept beside the journal (journal.keys) is missing or damaged, so the journal cannot be unlocked. The journal itself has not been changed.</source>
        <translation>Die kleine Schlüsseldatei neben dem Journal (journal.keys) fehlt oder ist beschädigt, daher kann das Journal nicht entsperrt werden. Das Journal selbst wurde nicht verändert.</translation>
    </message>
    <message>
        <source>It is {size}, far larger than a key file.</source>
        <translation>Sie ist {size} groß, weit größer als eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Restore from a backup: each backup carries its own key file. If you moved files by hand, put journal.keys back beside journal.db.</source>
        <translation>Stellen Sie aus einer Sicherung wieder her: Jede Sicherung hat ihre eigene Schlüsseldatei. Wenn Sie Dateien von Hand verschoben haben, legen Sie journal.keys wieder neben journal.db.</translation>
    </message>
    <message>
        <source>This journal needs a newer PeerDesk</source>
        <translation>Dieses Journal braucht ein neueres PeerDesk</translation>
    </message>
    <message>
        <source>The journal was last opened by a newer version of PeerDesk (journal format {found}; this version understands up to {supported}). To keep it safe, this version will not open or change it.</source>
        <translation>Das Journal wurde zuletzt von einer neueren Version von PeerDesk geöffnet (Journalformat {found}; diese Version versteht bis {supported}). Zur Sicherheit öffnet und verändert diese Version es nicht.</translation>
    </message>
    <message>
        <source>Update PeerDesk to the latest version, then open the journal again.</source>
        <translation>Aktualisieren Sie PeerDesk auf die neueste Version und öffnen Sie das Journal dann erneut.</translation>
    </message>
    <message>
        <source>PeerDesk is installed without encryption</source>
        <translation>PeerDesk ist ohne Verschlüsselung installiert</translation>
    </message>
    <message>
        <source>The database library PeerDesk found cannot encrypt, so it will not open or create a journal with it.</source>
        <translation>Die Datenbankbibliothek, die PeerDesk gefunden hat, kann nicht verschlüsseln, daher öffnet oder erstellt PeerDesk damit kein Journal.</translation>
    </message>
    <message>
        <source>Reinstall PeerDesk from its official package, or ask whoever installed it.</source>
        <translation>Installieren Sie PeerDesk aus seinem offiziellen Paket neu oder fragen Sie die Person, die es installiert hat.</translation>
    </message>
    <message>
        <source>The journal is already open</source>
        <translation>Das Journal ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Another PeerDesk window has this journal open, and only one may use it at a time.</source>
        <translation>Ein anderes PeerDesk-Fenster hat dieses Journal geöffnet, und es kann immer nur eines es benutzen.</translation>
    </message>
    <message>
        <source>Switch to the other PeerDesk window (or close it), then choose Try again here. If none is open, wait a moment and try again.</source>
        <translation>Wechseln Sie zum anderen PeerDesk-Fenster (oder schließen Sie es) und wählen Sie dann hier Erneut versuchen. Wenn keines geöffnet ist, warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>There is no room left on the disk. Nothing was lost: the last save is kept.</source>
        <translation>Auf dem Datenträger ist kein Platz mehr. Es ging nichts verloren: Der letzte Speicherstand bleibt erhalten.</translation>
    </message>
    <message>
        <source>Free some space (empty the trash, remove large files) and try again.</source>
        <translation>Schaffen Sie etwas Platz (Papierkorb leeren, große Dateien entfernen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>The computer refused to read or write one of PeerDesk&apos;s files. The folder may be read-only, on a drive that went away, or its permissions may have changed.</source>
        <translation>Der Computer hat das Lesen oder Schreiben einer Datei von PeerDesk verweigert. Der Ordner ist vielleicht schreibgeschützt, auf einem Laufwerk, das nicht mehr da ist, oder seine Berechtigungen haben sich geändert.</translation>
    </message>
    <message>
        <source>Check the drive and folder, then try again. Your journal was not changed.</source>
        <translation>Prüfen Sie Laufwerk und Ordner und versuchen Sie es dann erneut. Ihr Journal wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The new key is chosen but not yet in place</source>
        <translation>Der neue Schlüssel ist gewählt, aber noch nicht eingesetzt</translation>
    </message>
    <message>
        <source>PeerDesk had finished the journal under its new key, but could not put it in place (the disk may have turned read-only). The next start finishes it: from then on the NEW recovery code and the new passphrase open the journal, and the old ones do not.</source>
        <translation>PeerDesk hatte das Journal unter seinem neuen Schlüssel fertiggestellt, konnte es aber nicht einsetzen (der Datenträger ist vielleicht schreibgeschützt geworden). Der nächste Start schließt es ab: Ab dann öffnen der NEUE Wiederherstellungscode und die neue Passphrase das Journal, die alten nicht mehr.</translation>
    </message>
    <message>
        <source>Keep the new recovery code. Make the folder writable again, then unlock with the new recovery code (or the new passphrase).</source>
        <translation>Behalten Sie den neuen Wiederherstellungscode. Machen Sie den Ordner wieder beschreibbar und entsperren Sie dann mit dem neuen Wiederherstellungscode (oder der neuen Passphrase).</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in its folder</source>
        <translation>PeerDesk kann nicht in seinen Ordner schreiben</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in the folder {folder}: it is read-only, or it does not belong to you. Your journal was not changed.</source>
        <translation>PeerDesk kann nicht in den Ordner {folder} schreiben: Er ist schreibgeschützt oder gehört nicht Ihnen. Ihr Journal wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Make the folder writable (check that its drive is not mounted read-only and that the folder belongs to you), then try again.</source>
        <translation>Machen Sie den Ordner beschreibbar (prüfen Sie, dass sein Laufwerk nicht schreibgeschützt eingebunden ist und dass der Ordner Ihnen gehört) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This is not a usable backup</source>
        <translation>Das ist keine verwendbare Sicherung</translation>
    </message>
    <message>
        <source>The chosen file is not a PeerDesk backup, or it is damaged.</source>
        <translation>Die gewählte Datei ist keine PeerDesk-Sicherung, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>Choose another backup file; backups are kept in the backups folder by default.</source>
        <translation>Wählen Sie eine andere Sicherungsdatei; Sicherungen liegen standardmäßig im Ordner backups.</translation>
    </message>
    <message>
        <source>It is no longer there</source>
        <translation>Das ist nicht mehr da</translation>
    </message>
    <message>
        <source>What you chose no longer exists; it may have been removed a moment ago.</source>
        <translation>Was Sie gewählt haben, gibt es nicht mehr; vielleicht wurde es gerade eben entfernt.</translation>
    </message>
    <message>
        <source>Refresh the list and choose again.</source>
        <translation>Aktualisieren Sie die Liste und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>This peer already has a follow-up planned</source>
        <translation>Für diese Person ist bereits ein Nachkontakt geplant</translation>
    </message>
    <message>
        <source>A second open follow-up for the same peer is planned only when you say so.</source>
        <translation>Ein zweiter offener Nachkontakt für dieselbe Person wird nur geplant, wenn Sie es sagen.</translation>
    </message>
    <message>
        <source>Complete or cancel the open one on the Follow-ups page, or save again and choose to plan a second one.</source>
        <translation>Erledigen oder sagen Sie den offenen auf der Seite Nachkontakte ab, oder speichern Sie erneut und wählen Sie, einen zweiten zu planen.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Whole period</source>
        <translation>Ganzer Zeitraum</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Unterstützung (Stunden)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachkontakte</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Erledigte Nachkontakte</translation>
    </message>
    <message>
        <source>PeerDesk program totals</source>
        <translation>PeerDesk-Gesamtzahlen des Programms</translation>
    </message>
    <message>
        <source>PeerDesk report</source>
        <translation>PeerDesk-Bericht</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>De-identified: counts only, by month at most. It holds no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Anonymisiert: nur Zahlen, höchstens nach Monat. Enthält keine Namen, Pseudonyme, Notizen, Kontaktdaten oder Datumsangaben.</translation>
    </message>
    <message>
        <source>The reports cover different periods.</source>
        <translation>Die Berichte umfassen unterschiedliche Zeiträume.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weitervermittlungen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Gespräche mit Weitervermittlung</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Vermittlungsquote</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>not shown (a count behind it is held back)</source>
        <translation>nicht gezeigt (eine Zahl dahinter ist ausgeblendet)</translation>
    </message>
    <message>
        <source>x marks a count held back: a count from 1 to {below}, or one that adds up with such a count, so that none can be worked out from the totals.</source>
        <translation>x markiert eine ausgeblendete Zahl: eine Zahl von 1 bis {below} oder eine, die sich mit einer solchen Zahl zusammenrechnet, damit keine aus den Summen errechnet werden kann.</translation>
    </message>
    <message>
        <source>Reports combined: {count}. Where a report held back a count, the total is held back too; totals below {t} are held back again.</source>
        <translation>Zusammengeführte Berichte: {count}. Wo ein Bericht eine Zahl ausgeblendet hat, wird auch die Summe ausgeblendet; Summen unter {t} werden wieder ausgeblendet.</translation>
    </message>
    <message>
        <source>PeerDesk de-identified report</source>
        <translation>Anonymisierter PeerDesk-Bericht</translation>
    </message>
    <message>
        <source>Supporter minutes</source>
        <translation>Unterstützungsminuten</translation>
    </message>
    <message>
        <source>Conversations with help mentioned</source>
        <translation>Gespräche mit erwähnter Hilfe</translation>
    </message>
    <message>
        <source>Conversations with a handout</source>
        <translation>Gespräche mit Infoblatt</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Kontakte nach Art</translation>
    </message>
    <message>
        <source>Contacts by mode</source>
        <translation>Kontakte nach Form</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Ergebnis des Kontaktangebots</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>Ereigniskategorien</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Belastungsfaktoren</translation>
    </message>
    <message>
        <source>Referrals by type</source>
        <translation>Weitervermittlungen nach Art</translation>
    </message>
</context>
</TS>
