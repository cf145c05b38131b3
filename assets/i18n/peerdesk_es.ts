<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="44"/>
        <location filename="../../ui/dialogs/about_dialog.py" line="45"/>
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="50"/>
        <source>PeerDesk icon</source>
        <translation>Icono de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="53"/>
        <source>PeerDesk {version}</source>
        <translation>PeerDesk {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="57"/>
        <source>An offline, encrypted journal for peer supporters in health care.</source>
        <translation>Un diario cifrado y sin conexión para personas que dan apoyo entre iguales en el ámbito sanitario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="72"/>
        <source>PeerDesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later ({licence}). It comes with no warranty. Built with Qt {qt} (PySide6 {pyside}), SQLCipher, keyring and cryptography.</source>
        <translation>PeerDesk es software libre: puedes usarlo, compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior ({licence}). Se ofrece sin ninguna garantía. Hecho con Qt {qt} (PySide6 {pyside}), SQLCipher, keyring y cryptography.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="79"/>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="80"/>
        <source>&amp;Copy folder path</source>
        <translation>&amp;Copiar la ruta de la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="81"/>
        <source>Copy the journal folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta del diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="85"/>
        <source>Everything you write stays on this computer, in one file encrypted with a random 256-bit key (SQLCipher). When PeerDesk opens with your computer login, the system keyring keeps that key; when it asks for your passphrase every time, no keyring does. Your recovery code (and your lock passphrase, if you set one) can also open the journal and its backups. PeerDesk never connects to the internet. This protects your notes if the laptop is lost or stolen and from other accounts on this computer. Only &quot;Ask for my passphrase every time&quot; also keeps out someone using your logged-in account while PeerDesk is locked; with your computer login, anyone using your account can open it again. It cannot protect against harmful software running as you, or against what you print or export yourself, so write only what you need.</source>
        <translation>Todo lo que escribes se queda en este ordenador, en un único archivo cifrado con una clave aleatoria de 256 bits (SQLCipher). Si PeerDesk se abre con tu inicio de sesión del ordenador, el llavero del sistema guarda esa clave; si te pide la contraseña cada vez, ningún llavero la guarda. Tu código de recuperación (y tu contraseña de bloqueo, si tienes una) también abre el diario y sus copias de seguridad. PeerDesk nunca se conecta a internet. Así tus notas quedan protegidas si pierdes el portátil o te lo roban, y frente a otras cuentas de este ordenador. Solo «Pedir mi contraseña cada vez» impide además que alguien que use tu sesión abierta lo abra mientras PeerDesk está bloqueado; con tu inicio de sesión del ordenador, cualquiera que use tu cuenta puede volver a abrirlo. No protege frente a software malicioso que se ejecute con tu usuario, ni frente a lo que imprimas o exportes tú, así que escribe solo lo necesario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="111"/>
        <source>How your journal is protected</source>
        <translation>Cómo está protegido tu diario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="113"/>
        <source>Where your journal and its backups are kept</source>
        <translation>Dónde se guardan tu diario y sus copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="115"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="148"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/lifecycle.py" line="294"/>
        <source>%n follow-up(s) overdue</source>
        <translation>Seguimientos vencidos: %n</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="298"/>
        <source>%n unfinished draft(s) on Today</source>
        <translation>Borradores sin terminar en Hoy: %n</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="471"/>
        <source>Giving your journal a new key…</source>
        <translation>Dando una clave nueva a tu diario…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="473"/>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>BackupIndicator</name>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="247"/>
        <location filename="../../ui/background/backup_scheduler.py" line="269"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="252"/>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="270"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="271"/>
        <source>Copying to your backup folder…</source>
        <translation>Copiando a tu carpeta de copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="275"/>
        <source>{n} percent</source>
        <translation>{n} por ciento</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="321"/>
        <source>{title}: the numbers</source>
        <translation>{title}: las cifras</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="327"/>
        <source>{title}, chart</source>
        <translation>{title}, gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="332"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="333"/>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="334"/>
        <source>The same figures as a table</source>
        <translation>Las mismas cifras en forma de tabla</translation>
    </message>
</context>
<context>
    <name>ClosingStep</name>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="43"/>
        <source>No conversation this time, and that is still worth a record. Agree when to try again below.</source>
        <translation>Esta vez no hubo conversación, y aun así merece un registro. Decide abajo cuándo volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="54"/>
        <location filename="../../ui/session/steps/closing_step.py" line="55"/>
        <source>Agree a follow-up</source>
        <translation>Acordar un seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="67"/>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="73"/>
        <source>e.g. a short call after their next shift</source>
        <translation>p. ej., una llamada breve después de su próximo turno</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="74"/>
        <source>Follow-up plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="76"/>
        <source>Follow-up &amp;on:</source>
        <translation>Seguimiento el &amp;día:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="77"/>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="83"/>
        <source>Was it helpful, in your view?</source>
        <translation>¿Fue útil, en tu opinión?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="84"/>
        <source>Were their needs met?</source>
        <translation>¿Se cubrieron sus necesidades?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="85"/>
        <source>&amp;Helpful, in your view:</source>
        <translation>Út&amp;il, en tu opinión:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="86"/>
        <source>Their needs &amp;met:</source>
        <translation>Necesidades &amp;cubiertas:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="91"/>
        <source>How are you doing yourself?</source>
        <translation>¿Y tú, cómo estás?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="94"/>
        <source>How are &amp;you doing:</source>
        <translation>Cómo &amp;estás tú:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="95"/>
        <source>I&apos;d like a debrief about this one</source>
        <translation>Me gustaría un debriefing sobre esta sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="96"/>
        <source>Debrief wanted</source>
        <translation>Debriefing solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="100"/>
        <source>&lt;b&gt;Your view, and your own check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tu valoración y cómo estás tú&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodeGroups</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="84"/>
        <source>group {n}</source>
        <translation>grupo {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="98"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="99"/>
        <source>Print recovery sheet</source>
        <translation>Imprimir hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="113"/>
        <source>Keep it somewhere safe and away from the laptop, for example with your important papers at home, not in the laptop bag. Anyone who has this code and your journal file can read the journal.</source>
        <translation>Guárdalo en un lugar seguro y lejos del portátil, por ejemplo con tus papeles importantes en casa, no en la funda del portátil. Cualquiera que tenga este código y el archivo de tu diario puede leer el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="125"/>
        <source>Recovery code, group {n}</source>
        <translation>Código de recuperación, grupo {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="149"/>
        <source>The sheet was printed to the file {file}. Print that file on paper, then delete it: anyone with it and your journal file can read the journal.</source>
        <translation>La hoja se imprimió en el archivo {file}. Imprime ese archivo en papel y luego bórralo: cualquiera que lo tenga junto con el archivo de tu diario puede leer el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="153"/>
        <source>The sheet went to the printer {printer}. Fetch it from the tray now.</source>
        <translation>La hoja se envió a la impresora {printer}. Recógela de la bandeja ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="154"/>
        <source>(the default printer)</source>
        <translation>(la impresora predeterminada)</translation>
    </message>
</context>
<context>
    <name>CompleteOffer</name>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="31"/>
        <source>This peer</source>
        <translation>Este colega</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="33"/>
        <source>Planned follow-up</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="36"/>
        <source>{peer} has a follow-up planned for {date}: complete it with this session?</source>
        <translation>{peer} tiene un seguimiento previsto para el {date}: ¿lo completas con esta sesión?</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="40"/>
        <source>The plan: {plan}</source>
        <translation>El plan: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="42"/>
        <source>&amp;Yes, complete it</source>
        <translation>&amp;Sí, completarlo</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="45"/>
        <source>&amp;No, a separate session</source>
        <translation>&amp;No, es una sesión aparte</translation>
    </message>
</context>
<context>
    <name>ContextStep</name>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="60"/>
        <source>Peer (pseudonym)</source>
        <translation>Colega (seudónimo)</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="61"/>
        <source>Choose a peer, or type a new pseudonym</source>
        <translation>Elige un colega o escribe un seudónimo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="65"/>
        <source>Choose or type a pseudonym</source>
        <translation>Elige o escribe un seudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="87"/>
        <source>&amp;Peer:</source>
        <translation>&amp;Colega:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="92"/>
        <source>Date of the session</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="100"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="101"/>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="106"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="111"/>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="115"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="116"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="117"/>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="118"/>
        <source>&amp;Kind of contact:</source>
        <translation>Tipo de c&amp;ontacto:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="119"/>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="120"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Derivado por:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="121"/>
        <source>Outreach outcome</source>
        <translation>Resultado del ofrecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="122"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="123"/>
        <source>Peer&apos;s role</source>
        <translation>Función del colega</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="124"/>
        <source>Peer&apos;s ro&amp;le:</source>
        <translation>Func&amp;ión del colega:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="129"/>
        <source>No conversation this time? That still counts: an unanswered or declined outreach is worth recording. The conversation steps are skipped; plan when to try again under Closing and follow-up.</source>
        <translation>¿Esta vez no hubo conversación? También cuenta: un ofrecimiento de apoyo sin respuesta o rechazado merece registrarse. Se saltan los pasos de la conversación; planifica cuándo volver a intentarlo en Cierre y seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="136"/>
        <source>Plan a follow-up</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="136"/>
        <source>Go to follow-up planning</source>
        <translation>Ir a la planificación del seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="146"/>
        <source>&amp;Events</source>
        <translation>E&amp;ventos</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="147"/>
        <source>&amp;Stress drivers</source>
        <translation>Factor&amp;es de estrés</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="148"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="149"/>
        <source>Stress drivers</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="177"/>
        <source>Use the arrow keys and Space to tick</source>
        <translation>Usa las flechas y la barra espaciadora para marcar</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="285"/>
        <source>New peer: “{name}” will be added when you finish.</source>
        <translation>Colega nuevo: «{name}» se añadirá cuando termines.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="288"/>
        <source>A pseudonym only: never a real name.</source>
        <translation>Solo un seudónimo: nunca un nombre real.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/system/crash.py" line="185"/>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk ha tenido un problema</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="189"/>
        <source>Something unexpected went wrong inside PeerDesk, and it needs to close. What is already saved in your journal stays safe.</source>
        <translation>Algo inesperado ha fallado dentro de PeerDesk y tiene que cerrarse. Lo que ya está guardado en tu diario sigue a salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="195"/>
        <source>The report below only says where in PeerDesk&apos;s code the problem happened: it holds no journal text, no names and no keys. To help fix it, copy it and send it to whoever looks after PeerDesk for your program.</source>
        <translation>El informe de abajo solo indica en qué parte del código de PeerDesk ocurrió el problema: no contiene texto del diario, ni nombres, ni claves. Para ayudar a arreglarlo, cópialo y envíalo a quien se ocupe de PeerDesk en tu programa.</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="200"/>
        <source>A copy is kept in {path}.</source>
        <translation>Se guarda una copia en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="209"/>
        <source>Crash report</source>
        <translation>Informe del fallo</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="210"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="211"/>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="214"/>
        <source>Quit PeerDesk</source>
        <translation>Salir de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="230"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="103"/>
        <location filename="../../ui/gates/damage_dialog.py" line="107"/>
        <source>Your journal file is damaged</source>
        <translation>El archivo de tu diario está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="115"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="116"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="122"/>
        <source>R&amp;escue what can still be read</source>
        <translation>Rescatar &amp;lo que aún se puede leer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="123"/>
        <source>Rescue what can still be read</source>
        <translation>Rescatar lo que aún se puede leer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="127"/>
        <source>No backup, or one that is too old? PeerDesk can copy everything it can still read into a new journal, encrypted like the old one. The damaged file is only read, never changed.</source>
        <translation>¿No tienes copia de seguridad, o es demasiado antigua? PeerDesk puede copiar todo lo que aún puede leer en un diario nuevo, cifrado igual que el anterior. El archivo dañado solo se lee, nunca se modifica.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="133"/>
        <source>Recovery code or lock passphrase</source>
        <translation>Código de recuperación o contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="137"/>
        <source>Recovery code or lock &amp;passphrase:</source>
        <translation>Código de recuperación o &amp;contraseña de bloqueo:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="144"/>
        <source>Rescuing</source>
        <translation>Rescatando</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="149"/>
        <source>&amp;Open the rescued journal</source>
        <translation>&amp;Abrir el diario rescatado</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="150"/>
        <source>Open the rescued journal</source>
        <translation>Abrir el diario rescatado</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="155"/>
        <source>More choices ▸</source>
        <translation>Más opciones ▸</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="157"/>
        <source>Show more choices</source>
        <translation>Mostrar más opciones</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="162"/>
        <location filename="../../ui/gates/damage_dialog.py" line="178"/>
        <source>Start over with an empty journal</source>
        <translation>Empezar de cero con un diario vacío</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="166"/>
        <source>Only if no backup works and nothing could be rescued. Your damaged journal is moved to {folder} and kept there (with shredding of notes on, until it is older than both periods). PeerDesk then sets up a new, empty journal with a new recovery code.</source>
        <translation>Solo si ninguna copia de seguridad funciona y no se pudo rescatar nada. Tu diario dañado se mueve a {folder} y se conserva allí (con la destrucción de notas activada, hasta que sea más antiguo que ambos plazos). Después PeerDesk prepara un diario nuevo y vacío con un código de recuperación nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="174"/>
        <source>I understand that my sessions will not be in the new journal</source>
        <translation>Entiendo que mis sesiones no estarán en el diario nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="177"/>
        <location filename="../../ui/gates/damage_dialog.py" line="499"/>
        <source>Start over</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="189"/>
        <source>Quit PeerDesk without changing anything</source>
        <translation>Salir de PeerDesk sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="196"/>
        <source>1. Go back to a backup (best)</source>
        <translation>1. Volver a una copia de seguridad (lo mejor)</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="200"/>
        <source>2. Rescue what can still be read</source>
        <translation>2. Rescatar lo que aún se puede leer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="226"/>
        <source>Rescuing needs the journal&apos;s key file (journal.keys), which is missing or damaged too. Restore from a backup: each one carries its own key file.</source>
        <translation>Para rescatar hace falta el archivo de claves del diario (journal.keys), que también falta o está dañado. Restaura desde una copia de seguridad: cada una lleva su propio archivo de claves.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="239"/>
        <source>The journal file is empty, cut short or missing, so there is nothing in it to rescue. Restore from a backup.</source>
        <translation>El archivo del diario está vacío, cortado o no existe, así que no hay nada que rescatar. Restaura desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="255"/>
        <source>PeerDesk found no backup in its data folder. If you keep backups elsewhere (an external drive), choose the file there.</source>
        <translation>PeerDesk no ha encontrado ninguna copia de seguridad en su carpeta de datos. Si guardas copias en otro sitio (un disco externo), elige allí el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="259"/>
        <source>Your most recent backup is from {when}. Sessions written since then are not in it.</source>
        <translation>Tu copia de seguridad más reciente es del {when}. Las sesiones escritas desde entonces no están en ella.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="286"/>
        <source>Type your lock passphrase (or your recovery code) and choose Rescue.</source>
        <translation>Escribe tu contraseña de bloqueo (o tu código de recuperación) y elige Rescatar.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="292"/>
        <source>The keyring cannot give PeerDesk the journal&apos;s key. Type your recovery code (or your lock passphrase) and choose Rescue again.</source>
        <translation>El llavero no puede darle a PeerDesk la clave del diario. Escribe tu código de recuperación (o tu contraseña de bloqueo) y vuelve a elegir Rescatar.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="387"/>
        <source>Nothing could be read: the part of the file that holds the journal&apos;s layout is damaged. Restore from a backup if you can.</source>
        <translation>No se pudo leer nada: la parte del archivo que guarda la estructura del diario está dañada. Restaura desde una copia de seguridad si puedes.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="391"/>
        <source>PeerDesk saved {what}</source>
        <translation>PeerDesk ha salvado {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gates/damage_dialog.py" line="397"/>
        <source>%n session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%n sesión ha vuelto solo con su fecha, colega y estado, o como borrador con sus notas.</numerusform>
            <numerusform>%n sesiones han vuelto solo con su fecha, colega y estado, o como borradores con sus notas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="404"/>
        <source>session details</source>
        <translation>detalles de las sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="405"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="406"/>
        <source>peers</source>
        <translation>colegas</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="407"/>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="408"/>
        <source>events and stress drivers of sessions</source>
        <translation>eventos y factores de estrés de las sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="409"/>
        <source>your event and stress-driver lists</source>
        <translation>tus listas de eventos y factores de estrés</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="410"/>
        <source>the resource directory</source>
        <translation>el directorio de recursos</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="411"/>
        <source>resources marked in sessions</source>
        <translation>recursos marcados en las sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="412"/>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="418"/>
        <source>Parts of the file could not be read ({parts}); what only those parts held is lost.</source>
        <translation>No se pudieron leer partes del archivo ({parts}); lo que solo estaba en esas partes se ha perdido.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="423"/>
        <source>Everything could be read.</source>
        <translation>Se ha podido leer todo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="426"/>
        <source>The rescued journal is in {folder}. Opening it puts it in place of the damaged one, which is kept in {aside}.</source>
        <translation>El diario rescatado está en {folder}. Al abrirlo, ocupa el lugar del dañado, que se conserva en {aside}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="456"/>
        <source>To open the rescued journal PeerDesk needs your recovery code. Choose Restore from a backup…, pick the rescued file ({name}) and use your recovery code.</source>
        <translation>Para abrir el diario rescatado, PeerDesk necesita tu código de recuperación. Elige Restaurar desde una copia de seguridad…, selecciona el archivo rescatado ({name}) y usa tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="479"/>
        <source>Move the damaged journal aside and start a new, empty one? The damaged files are kept in the set-aside folder.</source>
        <translation>¿Apartar el diario dañado y empezar uno nuevo y vacío? Los archivos dañados se conservan en la carpeta de archivos apartados.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/models/followups_model.py" line="34"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="34"/>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="34"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="36"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="37"/>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="38"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="39"/>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="90"/>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="115"/>
        <source>since yesterday ({date})</source>
        <translation>desde ayer ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="117"/>
        <source>{n} days late ({date})</source>
        <translation>{n} días de retraso ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="119"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="121"/>
        <source>tomorrow ({date})</source>
        <translation>mañana ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="83"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="91"/>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="96"/>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="98"/>
        <source>Press Enter on a follow-up to start the follow-up session</source>
        <translation>Pulsa Intro en un seguimiento para empezar la sesión de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="131"/>
        <location filename="../../ui/pages/followups_page.py" line="320"/>
        <source>&amp;Complete: start the follow-up session</source>
        <translation>&amp;Completar: empezar la sesión de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="133"/>
        <source>Complete this follow-up by starting the follow-up session</source>
        <translation>Completar este seguimiento empezando la sesión de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="137"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="138"/>
        <source>Snooze this follow-up</source>
        <translation>Posponer este seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="145"/>
        <source>Pick a date…</source>
        <translation>Elegir una fecha…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="150"/>
        <source>Ca&amp;ncel follow-up…</source>
        <translation>Ca&amp;ncelar el seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="151"/>
        <source>Cancel this follow-up, with a reason</source>
        <translation>Cancelar este seguimiento, con un motivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="153"/>
        <source>Open the session it came &amp;from</source>
        <translation>Abrir la sesión de la que &amp;viene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="154"/>
        <source>Open the session this follow-up came from</source>
        <translation>Abrir la sesión de la que viene este seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="159"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="170"/>
        <source>Due:</source>
        <translation>Fecha prevista:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="171"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="172"/>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="173"/>
        <source>Agreed in:</source>
        <translation>Acordado en:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="244"/>
        <source>{n} due: {overdue} overdue · {today} today · {week} later this week</source>
        <translation>Pendientes: {n} · vencidos: {overdue} · hoy: {today} · más adelante esta semana: {week}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="250"/>
        <source>Nothing due this week.</source>
        <translation>Nada pendiente esta semana.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="252"/>
        <source>Tomorrow ({date})</source>
        <translation>Mañana ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="255"/>
        <source>Next week ({date})</source>
        <translation>La semana que viene ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="274"/>
        <location filename="../../ui/pages/followups_page.py" line="316"/>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="276"/>
        <source>Done: {peer}&apos;s follow-up, completed by the session of {date}.</source>
        <translation>Hecho: el seguimiento de {peer}, completado con la sesión del {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="279"/>
        <source>Done: {peer}&apos;s follow-up.</source>
        <translation>Hecho: el seguimiento de {peer}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="305"/>
        <source>Choose a follow-up to see its plan. Press Enter on one to start the follow-up session.</source>
        <translation>Elige un seguimiento para ver su plan. Pulsa Intro en uno para empezar la sesión de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="312"/>
        <source>No open follow-ups. When you agree one in a session, it shows up here.</source>
        <translation>No hay seguimientos abiertos. Cuando acuerdes uno en una sesión, aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="318"/>
        <source>&amp;Complete: go on with the follow-up session (a draft)</source>
        <translation>&amp;Completar: continuar con la sesión de seguimiento (un borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="323"/>
        <source>No plan written down.</source>
        <translation>No hay plan escrito.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="328"/>
        <source>None kept</source>
        <translation>Ninguno guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="333"/>
        <source>the session of {date}</source>
        <translation>la sesión del {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="334"/>
        <source>a session that is no longer kept</source>
        <translation>una sesión que ya no se conserva</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="341"/>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="343"/>
        <source>since yesterday</source>
        <translation>desde ayer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="345"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="347"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="348"/>
        <source>in {n} days</source>
        <translation>dentro de {n} días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="379"/>
        <location filename="../../ui/pages/followups_page.py" line="419"/>
        <location filename="../../ui/pages/followups_page.py" line="423"/>
        <source>That follow-up is no longer open.</source>
        <translation>Ese seguimiento ya no está abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="382"/>
        <source>It could not be snoozed: {reason}</source>
        <translation>No se pudo posponer: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="387"/>
        <source>Snoozed until {date}.</source>
        <translation>Pospuesto hasta el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="413"/>
        <source>Keep the reason to {n} characters; nothing was changed.</source>
        <translation>El motivo debe tener como máximo {n} caracteres; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="426"/>
        <source>It could not be cancelled: {reason}</source>
        <translation>No se pudo cancelar: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="429"/>
        <source>Follow-up cancelled.</source>
        <translation>Seguimiento cancelado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="442"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="444"/>
        <source>Snooze until this date</source>
        <translation>Posponer hasta esta fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="465"/>
        <source>They are doing well and need no more check-ins</source>
        <translation>Está bien y no necesita más seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="466"/>
        <source>They asked not to be contacted again</source>
        <translation>Ha pedido que no se le vuelva a contactar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="467"/>
        <source>Someone else is following up</source>
        <translation>Otra persona se encarga del seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="468"/>
        <source>I could not reach them</source>
        <translation>No he podido contactar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="472"/>
        <source>Cancel follow-up</source>
        <translation>Cancelar el seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="473"/>
        <source>Why is this follow-up no longer needed? (No names or details.)</source>
        <translation>¿Por qué ya no hace falta este seguimiento? (Sin nombres ni detalles.)</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="192"/>
        <source>To be sure your copy is right, type group {n} of your recovery code from what you wrote down or printed (not from the screen).</source>
        <translation>Para asegurarte de que tu copia es correcta, escribe el grupo {n} de tu código de recuperación a partir de lo que anotaste o imprimiste (no desde la pantalla).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="196"/>
        <source>&amp;Group {n}:</source>
        <translation>&amp;Grupo {n}:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="197"/>
        <source>Group {n} of the recovery code</source>
        <translation>Grupo {n} del código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="206"/>
        <source>Type group {n} to go on.</source>
        <translation>Escribe el grupo {n} para continuar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="208"/>
        <source>A group is {size} letters and digits. Please check it.</source>
        <translation>Un grupo tiene {size} letras y cifras. Revísalo, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="213"/>
        <source>That is not group {n}. Compare your copy with the code: choose Show the code again and correct your copy if it differs.</source>
        <translation>Ese no es el grupo {n}. Compara tu copia con el código: elige Mostrar el código otra vez y corrige tu copia si no coincide.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="96"/>
        <source>Make a handout</source>
        <translation>Preparar una hoja informativa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="111"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="111"/>
        <source>Check before printing</source>
        <translation>Revisar antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="112"/>
        <source>Resources on the handout</source>
        <translation>Recursos de la hoja informativa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="114"/>
        <source>Tick a category for all of its entries; Space ticks the current row</source>
        <translation>Marca una categoría para incluir todas sus entradas; la barra espaciadora marca la fila actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="121"/>
        <source>&amp;Resources (tick a category to take all of it)</source>
        <translation>&amp;Recursos (marca una categoría para incluirla entera)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="125"/>
        <source>Personal note (optional)</source>
        <translation>Nota personal (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="126"/>
        <source>e.g. Thank you for talking with me today.</source>
        <translation>p. ej., Gracias por hablar conmigo hoy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="132"/>
        <source>Printed exactly as you type it on a page you give away: leave out names and anything about your conversation.</source>
        <translation>Se imprime tal como la escribes en una hoja que vas a entregar: no pongas nombres ni nada sobre vuestra conversación.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="142"/>
        <source>Organisation name on the handout</source>
        <translation>Nombre de la organización en la hoja informativa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="143"/>
        <source>Optional, e.g. your hospital&apos;s name</source>
        <translation>Opcional, p. ej., el nombre de tu hospital</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="149"/>
        <source>Date on the handout</source>
        <translation>Fecha en la hoja informativa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="156"/>
        <source>Things to check</source>
        <translation>Cosas que revisar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="166"/>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="179"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="180"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="180"/>
        <source>Show a print preview</source>
        <translation>Mostrar una vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="181"/>
        <source>Print the handout</source>
        <translation>Imprimir la hoja informativa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="182"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="182"/>
        <source>Save the handout as PDF</source>
        <translation>Guardar la hoja informativa como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="183"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="183"/>
        <source>Close without printing</source>
        <translation>Cerrar sin imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="196"/>
        <source>Personal &amp;note:</source>
        <translation>&amp;Nota personal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="199"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="202"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="265"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="278"/>
        <source>no phone, text or web address yet</source>
        <translation>aún sin teléfono, línea de texto ni dirección web</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="280"/>
        <source>not verified yet</source>
        <translation>aún sin verificar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="282"/>
        <source>verified over a year ago</source>
        <translation>verificado hace más de un año</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="340"/>
        <source>A note holds at most {n} characters; the rest was cut off.</source>
        <translation>Una nota admite como máximo {n} caracteres; el resto se ha cortado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="370"/>
        <source>“{name}” was not verified in the last 12 months: check its numbers and hours before you hand this out.</source>
        <translation>«{name}» no se ha verificado en los últimos 12 meses: comprueba sus números y horarios antes de entregar esta hoja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="377"/>
        <source>{n} of the chosen entries were not verified in the last 12 months: check their numbers and hours before you hand this out.</source>
        <translation>Entradas elegidas sin verificar en los últimos 12 meses: {n}. Comprueba sus números y horarios antes de entregar esta hoja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="383"/>
        <source>No phone, text line or web address yet for: {names}.</source>
        <translation>Aún sin teléfono, línea de texto ni dirección web: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="398"/>
        <source>Tick at least one resource.</source>
        <translation>Marca al menos un recurso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="407"/>
        <source>Fits on one page.</source>
        <translation>Cabe en una página.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="410"/>
        <source>Takes {n} pages: untick a few entries to fit one page.</source>
        <translation>Ocupa {n} páginas: desmarca algunas entradas para que quepa en una.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="423"/>
        <source>The note can&apos;t be printed: {reason}.</source>
        <translation>La nota no se puede imprimir: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="428"/>
        <source>The organisation name can&apos;t be printed: {reason}.</source>
        <translation>El nombre de la organización no se puede imprimir: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="434"/>
        <source>Tick at least one resource first.</source>
        <translation>Primero marca al menos un recurso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="465"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>No se pudo guardar el PDF: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/handout_dialog.py" line="469"/>
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>Guardado {name} (%n página).</numerusform>
            <numerusform>Guardado {name} (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="481"/>
        <source>The handout could not be printed: {reason}</source>
        <translation>No se pudo imprimir la hoja informativa: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="487"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="506"/>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja informativa como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="506"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuard</name>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="88"/>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="89"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="90"/>
        <source>Record or ID number</source>
        <translation>Número de historia o de identificación</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="91"/>
        <source>Date (of birth?)</source>
        <translation>Fecha (¿de nacimiento?)</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="92"/>
        <source>Clinical detail (a diagnosis?)</source>
        <translation>Dato clínico (¿un diagnóstico?)</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="93"/>
        <source>Clinical detail (a procedure?)</source>
        <translation>Dato clínico (¿un procedimiento?)</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="94"/>
        <source>Clinical detail (a medication?)</source>
        <translation>Dato clínico (¿un medicamento?)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuardDialog</name>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="133"/>
        <source>Before you save</source>
        <translation>Antes de guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="139"/>
        <source>Some of what you wrote looks like it could identify someone. A peer-support note keeps the minimum: a pseudonym and a few words about how things went. Contact details belong on the peer card; record numbers, birth dates and other people&apos;s details don&apos;t belong here at all.</source>
        <translation>Parte de lo que has escrito parece que podría identificar a alguien. Una nota de apoyo entre iguales guarda lo mínimo: un seudónimo y unas pocas palabras sobre cómo fue. Los datos de contacto van en la ficha del colega; los números de historia, las fechas de nacimiento y los datos de otras personas no tienen cabida aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="148"/>
        <source>Some words look like clinical detail: a diagnosis, a procedure or a medication, the peer&apos;s or a patient&apos;s. Clinical detail belongs in the record of care; a peer-support note can say how things went without it. If it is needed, keep it.</source>
        <translation>Algunas palabras parecen datos clínicos: un diagnóstico, un procedimiento o un medicamento, del colega o de un paciente. Los datos clínicos van en la historia clínica; una nota de apoyo entre iguales puede contar cómo fue sin ellos. Si hacen falta, consérvalos.</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="174"/>
        <source>What to check before saving</source>
        <translation>Qué revisar antes de guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="176"/>
        <source>Go back and edit</source>
        <translation>Volver y editar</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="177"/>
        <source>Go back and edit the note</source>
        <translation>Volver y editar la nota</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="178"/>
        <source>Keep it and save</source>
        <translation>Conservarlo y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="179"/>
        <source>Keep the text as it is and save</source>
        <translation>Conservar el texto tal como está y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="198"/>
        <source>in “{where}”</source>
        <translation>en «{where}»</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="409"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="412"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="415"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="416"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="417"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="418"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="419"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="420"/>
        <source>Chosen months</source>
        <translation>Meses elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="425"/>
        <source>From month</source>
        <translation>Desde el mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="425"/>
        <source>To month</source>
        <translation>Hasta el mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="431"/>
        <source>&amp;Report for the program…</source>
        <translation>In&amp;forme para el programa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="432"/>
        <source>Make a de-identified report</source>
        <translation>Preparar un informe desidentificado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="434"/>
        <source>Counts only, for your program: preview it, then save it as CSV or PDF</source>
        <translation>Solo recuentos, para tu programa: revísalo y luego guárdalo como CSV o PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="437"/>
        <source>Program &amp;totals…</source>
        <translation>&amp;Totales del programa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="438"/>
        <source>Combine several supporters&apos; reports</source>
        <translation>Combinar los informes de varias personas de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="447"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="451"/>
        <source>fro&amp;m</source>
        <translation>de&amp;sde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="453"/>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="464"/>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <location filename="../../ui/pages/insights_page.py" line="496"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="465"/>
        <location filename="../../ui/pages/insights_page.py" line="661"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="466"/>
        <source>Supporter hours</source>
        <translation>Horas de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="467"/>
        <source>Referral rate</source>
        <translation>Tasa de derivación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="469"/>
        <source>Follow-ups completed</source>
        <translation>Seguimientos completados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="472"/>
        <source>Median days to follow-up</source>
        <translation>Mediana de días hasta el seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <location filename="../../ui/pages/insights_page.py" line="493"/>
        <location filename="../../ui/pages/insights_page.py" line="504"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <source>Talks</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="488"/>
        <source>Contacts per month</source>
        <translation>Contactos por mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="493"/>
        <location filename="../../ui/pages/insights_page.py" line="691"/>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="493"/>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="494"/>
        <source>Follow-ups due and completed</source>
        <translation>Seguimientos pendientes y completados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="496"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="504"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="504"/>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="610"/>
        <source>Choose a period of at most {n} months that ends after it starts.</source>
        <translation>Elige un periodo de como máximo {n} meses que termine después de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="632"/>
        <source>{n} of {total} conversations; not counted: help mentioned in {m}, a handout in {h}</source>
        <translation>{n} de {total} conversaciones; no se cuentan: ayuda mencionada en {m}, hoja informativa en {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="641"/>
        <source>{done} of {due}</source>
        <translation>{done} de {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="644"/>
        <source>{n} overdue</source>
        <translation>vencidos: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="651"/>
        <source>no follow-up sessions yet</source>
        <translation>aún no hay sesiones de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="663"/>
        <source>Other attempts</source>
        <translation>Otros intentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="678"/>
        <source>Contacts per month, {total} in all; the busiest month was {month} with {n}.</source>
        <translation>Contactos por mes, {total} en total; el mes con más actividad fue {month}, con {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="683"/>
        <source>Contacts per month: none in this period.</source>
        <translation>Contactos por mes: ninguno en este periodo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="693"/>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="702"/>
        <source>Follow-ups: {done} of {due} completed, {late} overdue.</source>
        <translation>Seguimientos: {done} de {due} completados; vencidos: {late}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="740"/>
        <source>Your self-care ratings, month by month, from 1 (struggling) to 5 (doing well).</source>
        <translation>Tus valoraciones de autocuidado, mes a mes, de 1 (me cuesta) a 5 (estoy bien).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="744"/>
        <source>Latest: {month}, {value:.1f}.</source>
        <translation>Última: {month}, {value:.1f}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="755"/>
        <source>Rate how you are doing at the end of each session to see a trend here.</source>
        <translation>Valora cómo estás al final de cada sesión para ver aquí una tendencia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="759"/>
        <source>Your ratings have been low lately. Supporters need support too: a debrief with a fellow supporter or your program lead can help.</source>
        <translation>Tus valoraciones han sido bajas últimamente. Quienes dan apoyo también lo necesitan: un debriefing con otra persona de apoyo o con quien coordina tu programa puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="762"/>
        <source>Only you see this. It is never part of a report.</source>
        <translation>Solo lo ves tú. Nunca forma parte de un informe.</translation>
    </message>
</context>
<context>
    <name>LastSessionSummary</name>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="29"/>
        <source>Last time</source>
        <translation>La última vez</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="38"/>
        <source>Last session with this peer</source>
        <translation>Última sesión con este colega</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="75"/>
        <source>Last time with {peer}</source>
        <translation>La última vez con {peer}</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="100"/>
        <source>Date: </source>
        <translation>Fecha: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="103"/>
        <source>Outreach: </source>
        <translation>Ofrecimiento: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="105"/>
        <source>Nothing was ticked.</source>
        <translation>No se marcó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="116"/>
        <source>Follow-up agreed for: </source>
        <translation>Seguimiento acordado para: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="118"/>
        <source>Plan: </source>
        <translation>Plan: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="120"/>
        <source>No follow-up was agreed.</source>
        <translation>No se acordó ningún seguimiento.</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="122"/>
        <source>Anything else: </source>
        <translation>Algo más: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Demo journal</source>
        <translation>Diario de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Peers</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Demo journal: every session here is fictional, and the whole journal is deleted when PeerDesk closes.</source>
        <translation>Diario de demostración: todas las sesiones son ficticias y el diario entero se borra al cerrar PeerDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Re&amp;port for the program…</source>
        <translation>Informe para el &amp;programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Program &amp;totals…</source>
        <translation>&amp;Totales del programa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>How PeerDesk protects your journal</source>
        <translation>Cómo protege PeerDesk tu diario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Acerca de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>{overdue} overdue, {today} due today, {week} later this week</source>
        <translation>Vencidos: {overdue}; para hoy: {today}; más adelante esta semana: {week}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>No backup yet. Journal ▸ Back up now makes an encrypted copy.</source>
        <translation>Aún no hay copia de seguridad. Diario ▸ Copia de seguridad ahora hace una copia cifrada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>The last backup is from {date}, more than a week ago.</source>
        <translation>La última copia de seguridad es del {date}, hace más de una semana.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>A backup is being written already.</source>
        <translation>Ya se está haciendo una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Backup written and checked: {name}</source>
        <translation>Copia de seguridad hecha y comprobada: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>The journal keeps its old key</source>
        <translation>El diario conserva su clave anterior</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>{title}. Nothing was changed: the old code and passphrase still work.</source>
        <translation>{title}. No se ha cambiado nada: el código y la contraseña anteriores siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>The journal has a new key. The old recovery code opens nothing written now.</source>
        <translation>El diario tiene una clave nueva. El código de recuperación anterior no abre nada de lo que se escriba a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>What PeerDesk protects, and what it does not</source>
        <translation>Qué protege PeerDesk y qué no</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="250"/>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="253"/>
        <source>Write this new code down or print it now: it is shown only this once. When you have checked your copy, PeerDesk gives the journal a new key, and the old code will open nothing you write from then on. Until then nothing has changed.</source>
        <translation>Anota este código nuevo o imprímelo ahora: solo se muestra esta vez. Cuando hayas comprobado tu copia, PeerDesk dará una clave nueva al diario, y el código anterior no abrirá nada de lo que escribas a partir de entonces. Hasta ese momento no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="267"/>
        <source>Show the code again</source>
        <translation>Mostrar el código otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="272"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="273"/>
        <source>Cancel: keep the old code and key</source>
        <translation>Cancelar: conservar el código y la clave anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="297"/>
        <source>I have &amp;written it down</source>
        <translation>Ya lo he &amp;anotado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="297"/>
        <source>C&amp;heck</source>
        <translation>C&amp;omprobar</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <location filename="../../ui/session/offer_list.py" line="105"/>
        <source>Only “Referred” counts as a referral: you made the contact or set it up for them. Mentioned and handout given are counted apart.</source>
        <translation>Solo «Derivado» cuenta como derivación: hiciste tú el contacto o lo organizaste. «Mencionado» y «Hoja entregada» se cuentan aparte.</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="111"/>
        <source>Kind of help or resource</source>
        <translation>Tipo de ayuda o recurso</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="111"/>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="115"/>
        <source>Help offered</source>
        <translation>Ayuda ofrecida</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="134"/>
        <source>1 mentioned, 2 handout given, 3 referred, Space for the next mark, 0 or Delete to clear</source>
        <translation>1 mencionado, 2 hoja entregada, 3 derivado, barra espaciadora para la marca siguiente, 0 o Supr para borrar</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="148"/>
        <source>Kinds of help</source>
        <translation>Tipos de ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="158"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="276"/>
        <source>{name}: {mark}</source>
        <translation>{name}: {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="277"/>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
</context>
<context>
    <name>OldBackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="55"/>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="59"/>
        <source>Backups made with the old key</source>
        <translation>Copias de seguridad hechas con la clave anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="63"/>
        <source>&amp;Re-encrypt them with the new key</source>
        <translation>&amp;Volver a cifrarlas con la clave nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="65"/>
        <source>&amp;Delete them</source>
        <translation>&amp;Borrarlas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="67"/>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="120"/>
        <source>&amp;Keep them for now</source>
        <translation>&amp;Conservarlas por ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="96"/>
        <source>No backup made with an old key is left in the backup folders.</source>
        <translation>No queda en las carpetas de copias ninguna copia de seguridad hecha con una clave anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="101"/>
        <source>The journal now has a new key, but these {n} backups were made before and keep the old one: the old recovery code still opens them. Re-encrypt them with the new key (the new code then opens them, the old one no longer), or delete them. Copies you made elsewhere yourself are not listed.</source>
        <translation>El diario tiene ahora una clave nueva, pero estas copias de seguridad ({n}) se hicieron antes y conservan la anterior: el código de recuperación anterior todavía las abre. Vuelve a cifrarlas con la clave nueva (entonces las abrirá el código nuevo y ya no el anterior) o bórralas. Las copias que hayas hecho tú en otros sitios no aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="110"/>
        <source>These {n} backups were made with an older key: the old recovery code still opens them. PeerDesk no longer holds that key, so it cannot re-encrypt them; delete them, or keep them and the old code (a restore asks for it).</source>
        <translation>Estas copias de seguridad ({n}) se hicieron con una clave anterior: el código de recuperación anterior todavía las abre. PeerDesk ya no tiene esa clave, así que no puede volver a cifrarlas; bórralas, o consérvalas junto con el código anterior (una restauración te lo pedirá).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="120"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="132"/>
        <source>Delete these {n} backups and their key files? The journal itself and the backups made with the new key are kept.</source>
        <translation>¿Borrar estas copias de seguridad ({n}) y sus archivos de claves? Se conservan el diario y las copias hechas con la clave nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="152"/>
        <source>Re-encrypting…</source>
        <translation>Volviendo a cifrar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="152"/>
        <source>Deleting…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="180"/>
        <source>{n} backups dealt with.</source>
        <translation>Copias de seguridad resueltas: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="183"/>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="199"/>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="49"/>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="88"/>
        <source>The pages, as they will be printed</source>
        <translation>Las páginas, tal como se imprimirán</translation>
    </message>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="92"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../../ui/models/peers_model.py" line="34"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="35"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="36"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="37"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="100"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="100"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="72"/>
        <source>Sho&amp;w closed peers</source>
        <translation>&amp;Mostrar colegas cerrados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="73"/>
        <source>Show closed peers</source>
        <translation>Mostrar colegas cerrados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="78"/>
        <source>Peers</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="92"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="93"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="94"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="102"/>
        <source>Pseudonym of the new peer</source>
        <translation>Seudónimo del colega nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="103"/>
        <source>A name only you can link to them</source>
        <translation>Un nombre que solo tú puedes relacionar con esa persona</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="107"/>
        <source>Contact details of the new peer (optional)</source>
        <translation>Datos de contacto del colega nuevo (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="108"/>
        <source>Optional, for follow-ups</source>
        <translation>Opcional, para los seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="111"/>
        <source>&amp;Add peer</source>
        <translation>&amp;Añadir colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="112"/>
        <source>Add the new peer</source>
        <translation>Añadir el colega nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="129"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="133"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="134"/>
        <source>None kept</source>
        <translation>Ninguno guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="137"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="138"/>
        <source>Save the pseudonym and contact details</source>
        <translation>Guardar el seudónimo y los datos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="145"/>
        <source>Sessions with this peer</source>
        <translation>Sesiones con este colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="148"/>
        <source>&amp;New session with this peer</source>
        <translation>&amp;Nueva sesión con este colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="149"/>
        <source>Start a new session with this peer</source>
        <translation>Empezar una sesión nueva con este colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="153"/>
        <source>&amp;Forget now…</source>
        <translation>&amp;Olvidar ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="154"/>
        <source>Forget this peer now</source>
        <translation>Olvidar a este colega ahora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="156"/>
        <source>Remove this peer and their notes for good; the counts stay</source>
        <translation>Eliminar a este colega y sus notas para siempre; los recuentos se mantienen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="169"/>
        <source>Add a peer</source>
        <translation>Añadir un colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="171"/>
        <source>Pseu&amp;donym</source>
        <translation>S&amp;eudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="173"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="189"/>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Seudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="191"/>
        <source>&amp;Contact details</source>
        <translation>Datos de &amp;contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="212"/>
        <source>Choose a peer on the left to see their sessions, or add a new one.</source>
        <translation>Elige un colega a la izquierda para ver sus sesiones, o añade uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="303"/>
        <source>Closed. Their contact details were removed on {date}.</source>
        <translation>Ficha cerrada. Sus datos de contacto se eliminaron el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="308"/>
        <source>Closed on {date}. Contact details are removed once the retention period ends.</source>
        <translation>Ficha cerrada el {date}. Los datos de contacto se eliminan cuando termina el plazo de conservación.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="311"/>
        <source>Open: you are still in touch.</source>
        <translation>Abierta: seguís en contacto.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="313"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir la ficha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="313"/>
        <source>C&amp;lose peer</source>
        <translation>Cerrar la &amp;ficha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="315"/>
        <source>Reopen this peer</source>
        <translation>Reabrir la ficha de este colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="315"/>
        <source>Close this peer</source>
        <translation>Cerrar la ficha de este colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="326"/>
        <source>follow-up done {date}</source>
        <translation>seguimiento hecho el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="328"/>
        <source>follow-up done</source>
        <translation>seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="331"/>
        <source>follow-up {date}</source>
        <translation>seguimiento el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="336"/>
        <source>No sessions with this peer yet.</source>
        <translation>Aún no hay sesiones con este colega.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="338"/>
        <source>1 session (press Enter to open it)</source>
        <translation>1 sesión (pulsa Intro para abrirla)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="341"/>
        <source>{n} sessions, newest first (press Enter to open one)</source>
        <translation>{n} sesiones, las más recientes primero (pulsa Intro para abrir una)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="352"/>
        <source>Give the peer a pseudonym.</source>
        <translation>Dale un seudónimo al colega.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="354"/>
        <source>A pseudonym fits at most {n} characters.</source>
        <translation>Un seudónimo admite como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="358"/>
        <source>Another peer already has this pseudonym. Add a letter or a number to tell them apart.</source>
        <translation>Otro colega ya tiene este seudónimo. Añade una letra o un número para distinguirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="365"/>
        <source>Contact details fit at most {n} characters.</source>
        <translation>Los datos de contacto admiten como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="381"/>
        <source>This could not be saved: {reason}.</source>
        <translation>No se ha podido guardar: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="409"/>
        <source>{name} was added.</source>
        <translation>Se ha añadido a {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="438"/>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="448"/>
        <source>{name} is open again.</source>
        <translation>La ficha de {name} vuelve a estar abierta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="451"/>
        <source>{name} is closed.</source>
        <translation>La ficha de {name} está cerrada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="453"/>
        <source>Tick &quot;Show closed peers&quot; to see them again.</source>
        <translation>Marca «Mostrar fichas cerradas» para volver a verla.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="472"/>
        <source>Removed for good: the pseudonym, any contact details, open follow-ups and the notes of their sessions.</source>
        <translation>Se elimina para siempre: el seudónimo, los datos de contacto, los seguimientos abiertos y las notas de sus sesiones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="477"/>
        <source>Kept, linked to nobody: the {n} session records&apos; dates, kinds, outcomes and tags, so your de-identified counts still add up.</source>
        <translation>Se conservan, sin vincular a nadie: las fechas, tipos, resultados y etiquetas de sus registros de sesión ({n}), para que tus recuentos desidentificados sigan cuadrando.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="481"/>
        <source>There are no sessions with this peer, so nothing else changes.</source>
        <translation>No hay sesiones con este colega, así que no cambia nada más.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="484"/>
        <source>Forget {name} now?</source>
        <translation>¿Olvidar a {name} ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="487"/>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="498"/>
        <source>The peer could not be forgotten: {reason}</source>
        <translation>No se ha podido olvidar al colega: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="504"/>
        <source>The peer was forgotten.</source>
        <translation>Se ha olvidado al colega.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="519"/>
        <source>Forget peer</source>
        <translation>Olvidar al colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="525"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="63"/>
        <source>Program totals</source>
        <translation>Totales del programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="68"/>
        <source>Add the de-identified reports (CSV) your supporters sent you. PeerDesk adds them up and holds back small totals again. Nothing here is saved in your journal.</source>
        <translation>Añade los informes desidentificados (CSV) que te han enviado las personas de apoyo. PeerDesk los suma y vuelve a ocultar los totales pequeños. Nada de esto se guarda en tu diario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="73"/>
        <source>&amp;Add reports…</source>
        <translation>&amp;Añadir informes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="74"/>
        <source>Add report files</source>
        <translation>Añadir archivos de informe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="76"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="77"/>
        <source>Remove the chosen report</source>
        <translation>Quitar el informe elegido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="80"/>
        <source>Reports added</source>
        <translation>Informes añadidos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="86"/>
        <source>Hide totals below</source>
        <translation>Ocultar totales por debajo de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="88"/>
        <source>&amp;Hide totals below</source>
        <translation>&amp;Ocultar totales por debajo de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="99"/>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="99"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="99"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="101"/>
        <source>Combined figures by month</source>
        <translation>Cifras combinadas por mes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="103"/>
        <source>Combined figures by category</source>
        <translation>Cifras combinadas por categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="112"/>
        <source>By &amp;month</source>
        <translation>Por &amp;mes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="113"/>
        <source>By &amp;category</source>
        <translation>Por &amp;categoría</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="115"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="116"/>
        <source>Save the program totals as PDF</source>
        <translation>Guardar los totales del programa como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="145"/>
        <source>Add reports</source>
        <translation>Añadir informes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="145"/>
        <source>PeerDesk reports (*.csv);;All files (*)</source>
        <translation>Informes de PeerDesk (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="151"/>
        <source>Save the program totals</source>
        <translation>Guardar los totales del programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="151"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="164"/>
        <source>{name}: added already</source>
        <translation>{name}: ya estaba añadido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="170"/>
        <source>{name} was not added: {reason}</source>
        <translation>{name} no se ha añadido: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="195"/>
        <source>{name} — {first} to {last}, counts below {t} held back</source>
        <translation>{name} — de {first} a {last}, recuentos por debajo de {t} ocultos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="206"/>
        <source>No reports added yet.</source>
        <translation>Aún no se ha añadido ningún informe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="216"/>
        <source>%n report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%n informe, de {first} a {last}.</numerusform>
            <numerusform>%n informes, de {first} a {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="221"/>
        <source>Totals that could be below {t} are shown as &lt;{t} or ≤N; where a report held back a small count, the total is a range; x marks a total held back so that none of those can be worked out from the others.</source>
        <translation>Los totales que podrían estar por debajo de {t} se muestran como &lt;{t} o ≤N; cuando un informe ocultó un recuento pequeño, el total es un intervalo; una x marca un total oculto para que ninguno de ellos pueda deducirse de los demás.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="225"/>
        <source>Referral rate: {rate}.</source>
        <translation>Tasa de derivación: {rate}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="228"/>
        <source>A report asked for {t}, so {t} is used.</source>
        <translation>Un informe pedía {t}, así que se usa {t}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="232"/>
        <source>The reports cover different periods: months outside a report add nothing from it.</source>
        <translation>Los informes cubren periodos distintos: los meses fuera de un informe no suman nada de ese informe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="240"/>
        <source>Conversations with a referral</source>
        <translation>Conversaciones con derivación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="276"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="65"/>
        <source>Report for the program</source>
        <translation>Informe para el programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="71"/>
        <source>From month</source>
        <translation>Desde el mes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="71"/>
        <source>To month</source>
        <translation>Hasta el mes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="79"/>
        <source>Hide counts below</source>
        <translation>Ocultar recuentos por debajo de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="81"/>
        <source>Counts from 1 up to this number are shown as &apos;&lt;N&apos;, never as the number.</source>
        <translation>Los recuentos desde 1 hasta este número se muestran como «&lt;N», nunca como el número.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="85"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="85"/>
        <source>Printable (PDF)</source>
        <translation>Para imprimir (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="86"/>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="93"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="97"/>
        <source>&amp;Months</source>
        <translation>&amp;Meses</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="98"/>
        <source>&amp;Hide counts below</source>
        <translation>&amp;Ocultar recuentos por debajo de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="99"/>
        <source>&amp;File type</source>
        <translation>&amp;Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="111"/>
        <source>The CSV file, exactly as it will be written</source>
        <translation>El archivo CSV, exactamente como se escribirá</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>The PDF pages, as they will be written</source>
        <translation>Las páginas del PDF, tal como se escribirán</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="124"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="125"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="132"/>
        <source>What will be &amp;written</source>
        <translation>Lo que se va a &amp;escribir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="159"/>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Guardar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="159"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="161"/>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="161"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="182"/>
        <source>Counts only, by month: no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Solo recuentos, por mes: sin nombres, seudónimos, notas, datos de contacto ni fechas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="187"/>
        <source>Your self-care ratings are never included. Below is exactly what will be written.</source>
        <translation>Tus valoraciones de autocuidado nunca se incluyen. Abajo está exactamente lo que se escribirá.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="205"/>
        <source>Counts from 1 to {below} are shown as &lt;{t}, so that no peer can be picked out.</source>
        <translation>Los recuentos de 1 a {below} se muestran como &lt;{t}, para que no se pueda identificar a ningún colega.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/report_dialog.py" line="208"/>
        <source>Counts from 1 to {below} are shown as &lt;{t}, so that no peer can be picked out, and %n other count(s) are shown as x, so that none of those small counts can be worked out by subtracting the other counts from a total.</source>
        <translation>
            <numerusform>Los recuentos de 1 a {below} se muestran como &lt;{t}, para que no se pueda identificar a ningún colega, y %n recuento más se muestra como x, para que ninguno de esos recuentos pequeños pueda deducirse restando los demás recuentos de un total.</numerusform>
            <numerusform>Los recuentos de 1 a {below} se muestran como &lt;{t}, para que no se pueda identificar a ningún colega, y otros %n recuentos se muestran como x, para que ninguno de esos recuentos pequeños pueda deducirse restando los demás recuentos de un total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="224"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="247"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <location filename="../../ui/models/resources_model.py" line="37"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="37"/>
        <source>Phone, text or web</source>
        <translation>Teléfono, texto o web</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="37"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="98"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="131"/>
        <source>to fill in</source>
        <translation>por completar</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="135"/>
        <source>text {line}</source>
        <translation>texto {line}</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="140"/>
        <source>not yet: check it</source>
        <translation>aún no: compruébalo</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="143"/>
        <source>{date}: over a year ago</source>
        <translation>{date}: hace más de un año</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="101"/>
        <source>Resource directory</source>
        <translation>Directorio de recursos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="116"/>
        <source>Show arc&amp;hived</source>
        <translation>&amp;Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="117"/>
        <source>Show archived resources</source>
        <translation>Mostrar los recursos archivados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="119"/>
        <source>&amp;Add resource</source>
        <translation>&amp;Añadir recurso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="119"/>
        <source>Add a resource</source>
        <translation>Añadir un recurso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="121"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="121"/>
        <source>Import resources from a file</source>
        <translation>Importar recursos desde un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="123"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="123"/>
        <source>Export the directory to a file</source>
        <translation>Exportar el directorio a un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="126"/>
        <source>Make a hand&amp;out…</source>
        <translation>Preparar una &amp;hoja informativa…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="126"/>
        <source>Make a handout from the directory</source>
        <translation>Preparar una hoja informativa a partir del directorio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="141"/>
        <source>Verification warning</source>
        <translation>Aviso de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="146"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="151"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="152"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="153"/>
        <source>Text line</source>
        <translation>Línea de texto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="154"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="155"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="156"/>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="159"/>
        <source>e.g. Staff counselling service</source>
        <translation>p. ej., Servicio de atención psicológica al personal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="160"/>
        <source>as it should be dialled, e.g. 1-800-555-0100</source>
        <translation>tal como hay que marcarlo, p. ej., 1-800-555-0100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="161"/>
        <source>e.g. HOME to 741741</source>
        <translation>p. ej., HOME al 741741</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="162"/>
        <source>e.g. example.org/help</source>
        <translation>p. ej., ejemplo.org/ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="163"/>
        <source>e.g. 24 hours, every day</source>
        <translation>p. ej., 24 horas, todos los días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="164"/>
        <source>e.g. All staff and their families</source>
        <translation>p. ej., Todo el personal y sus familias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="176"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="178"/>
        <source>What they offer, in a sentence or two (printed on handouts)</source>
        <translation>Qué ofrecen, en una o dos frases (se imprime en las hojas informativas)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="185"/>
        <source>&amp;Verified on</source>
        <translation>&amp;Verificado el</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="186"/>
        <source>Details verified</source>
        <translation>Datos verificados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="192"/>
        <source>Date the details were verified</source>
        <translation>Fecha en que se verificaron los datos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="196"/>
        <source>Verified &amp;today</source>
        <translation>Verificado ho&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="196"/>
        <source>Mark as verified today and save</source>
        <translation>Marcar como verificado hoy y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="199"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="199"/>
        <source>Save this resource</source>
        <translation>Guardar este recurso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="201"/>
        <source>&amp;Undo changes</source>
        <translation>De&amp;shacer cambios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="201"/>
        <source>Undo unsaved changes</source>
        <translation>Deshacer los cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="208"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="214"/>
        <location filename="../../ui/pages/resources_page.py" line="769"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="244"/>
        <source>&amp;Category:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="245"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="246"/>
        <source>&amp;Description:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="247"/>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="248"/>
        <source>Te&amp;xt line:</source>
        <translation>&amp;Línea de texto:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="249"/>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="250"/>
        <source>Hou&amp;rs:</source>
        <translation>Horari&amp;o:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="251"/>
        <source>For &amp;whom:</source>
        <translation>Para &amp;quién:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="260"/>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="399"/>
        <source>the new resource</source>
        <translation>el recurso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="400"/>
        <source>Discard your unsaved changes to “{name}”?</source>
        <translation>¿Descartar los cambios sin guardar de «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="432"/>
        <source>New resource</source>
        <translation>Recurso nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="434"/>
        <location filename="../../ui/pages/resources_page.py" line="508"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="438"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="438"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="441"/>
        <source>Restore this resource</source>
        <translation>Restaurar este recurso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="443"/>
        <source>Archive this resource</source>
        <translation>Archivar este recurso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="455"/>
        <source>This is a placeholder for a local service: add its phone number, text line or web address before you print it.</source>
        <translation>Esto es un marcador de posición para un servicio local: añade su número de teléfono, línea de texto o dirección web antes de imprimirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="460"/>
        <source>Not verified yet: check the number and hours, then press “Verified today”.</source>
        <translation>Aún sin verificar: comprueba el número y el horario y luego pulsa «Verificado hoy».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="464"/>
        <source>Last verified on {date}, more than 12 months ago: numbers and hours change, so check them before you print this.</source>
        <translation>Verificado por última vez el {date}, hace más de 12 meses: los números y los horarios cambian, así que compruébalos antes de imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="501"/>
        <source>Give the resource a name.</source>
        <translation>Ponle un nombre al recurso.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="507"/>
        <source>Another entry is already called this{archived}. Use a different name.</source>
        <translation>Ya hay otra entrada con este nombre{archived}. Usa un nombre distinto.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="513"/>
        <location filename="../../ui/pages/resources_page.py" line="516"/>
        <source>Keep this to {n} characters.</source>
        <translation>Como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="518"/>
        <source>A verification date can&apos;t be in the future.</source>
        <translation>La fecha de verificación no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="556"/>
        <source>This can&apos;t be saved: {reason}.</source>
        <translation>No se puede guardar: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="563"/>
        <source>This entry no longer exists.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="567"/>
        <source>The resource could not be saved: {reason}</source>
        <translation>No se ha podido guardar el recurso: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="575"/>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="575"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="618"/>
        <source>That did not work: {reason}</source>
        <translation>No ha funcionado: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="626"/>
        <source>“{name}” is archived. Tick “Show archived” to see or restore it.</source>
        <translation>«{name}» está archivado. Marca «Mostrar archivados» para verlo o restaurarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="633"/>
        <source>Archived.</source>
        <translation>Archivado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="633"/>
        <source>Restored to the directory.</source>
        <translation>Restaurado en el directorio.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="655"/>
        <source>“{name}” was not imported, and nothing was changed. {reason}.</source>
        <translation>«{name}» no se ha importado y no se ha cambiado nada. {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="663"/>
        <source>“{name}” could not be read: {reason}</source>
        <translation>No se ha podido leer «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="669"/>
        <source>Import {total} resources from “{name}”?

{added} new, {updated} updated (their details are replaced by the file&apos;s), {same} already the same. Nothing is deleted.</source>
        <translation>¿Importar los recursos de «{name}» ({total})?

Nuevos: {added}; actualizados: {updated} (sus datos se sustituyen por los del archivo); ya iguales: {same}. No se borra nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="684"/>
        <source>The import did not happen, and nothing was changed: {reason}</source>
        <translation>La importación no se ha hecho y no se ha cambiado nada: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="694"/>
        <source>Imported: {added} added, {updated} updated, {same} already up to date.</source>
        <translation>Importación hecha. Añadidos: {added}; actualizados: {updated}; ya al día: {same}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="709"/>
        <source>The directory could not be exported: {reason}</source>
        <translation>No se ha podido exportar el directorio: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="714"/>
        <source>Exported {n} resources to “{name}” (archived entries are left out).</source>
        <translation>Recursos exportados a «{name}»: {n} (las entradas archivadas no se incluyen).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="749"/>
        <source>Import resources</source>
        <translation>Importar recursos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="751"/>
        <source>Resource directory (*.json *.csv)</source>
        <translation>Directorio de recursos (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="756"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="757"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="759"/>
        <source>Export resources</source>
        <translation>Exportar recursos</translation>
    </message>
</context>
<context>
    <name>ResourcesStep</name>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="39"/>
        <source>Only that an escalation happened is kept, never what was said.</source>
        <translation>Solo se guarda que hubo una escalada, nunca lo que se dijo.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="42"/>
        <source>For a safety concern the journal keeps only yes or no, never the details.</source>
        <translation>Ante un problema de seguridad, el diario guarda solo sí o no, nunca los detalles.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="48"/>
        <source>He&amp;lp offered</source>
        <translation>A&amp;yuda ofrecida</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="65"/>
        <source>Print &amp;handout…</source>
        <translation>Imprimir &amp;hoja informativa…</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="65"/>
        <source>Print a handout of resources for the peer</source>
        <translation>Imprimir una hoja informativa de recursos para el colega</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="69"/>
        <source>A page to give the peer: the resources marked handout given start ticked, and what you print comes back marked handout given; nothing about them or you</source>
        <translation>Una hoja para entregar al colega: los recursos marcados como hoja entregada salen ya marcados, y lo que imprimas vuelve marcado como hoja entregada; nada sobre esa persona ni sobre ti</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="123"/>
        <location filename="../../ui/gates/restore_dialog.py" line="127"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="134"/>
        <source>Go back to a backup, or bring your journal to this computer. A backup is a file named peerdesk-backup-….db with a .keys file of the same name beside it; copy both. Nothing changes until you have checked the backup and chosen Restore.</source>
        <translation>Vuelve a una copia de seguridad o trae tu diario a este ordenador. Una copia de seguridad es un archivo llamado peerdesk-backup-….db con un archivo .keys del mismo nombre al lado; copia los dos. No cambia nada hasta que hayas comprobado la copia y elegido Restaurar.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="142"/>
        <source>Backups in your data folder</source>
        <translation>Copias de seguridad en tu carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="145"/>
        <source>&amp;Backups in your data folder:</source>
        <translation>&amp;Copias de seguridad en tu carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="148"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="149"/>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="151"/>
        <source>C&amp;hoose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="152"/>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="155"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="162"/>
        <source>With this computer&apos;s &amp;keyring</source>
        <translation>Con el &amp;llavero de este ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="163"/>
        <source>Open the backup with this computer&apos;s keyring</source>
        <translation>Abrir la copia de seguridad con el llavero de este ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="164"/>
        <source>With my recovery &amp;code</source>
        <translation>Con mi código de recu&amp;peración</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="165"/>
        <source>Open the backup with the recovery code</source>
        <translation>Abrir la copia de seguridad con el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="170"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="180"/>
        <source>Chec&amp;k this backup</source>
        <translation>Co&amp;mprobar esta copia</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="181"/>
        <source>Check this backup</source>
        <translation>Comprobar esta copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="185"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="196"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="197"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="201"/>
        <source>Cancel without changing anything</source>
        <translation>Cancelar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="219"/>
        <source>Open it:</source>
        <translation>Abrirla:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="254"/>
        <source>{when} — {size} KB</source>
        <translation>{when} — {size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="272"/>
        <source>Choose a PeerDesk backup</source>
        <translation>Elegir una copia de seguridad de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="274"/>
        <source>PeerDesk backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad de PeerDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="367"/>
        <source>Choose a backup file first.</source>
        <translation>Primero elige un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="373"/>
        <source>There is no file there. Check the name, or choose the file again.</source>
        <translation>Ahí no hay ningún archivo. Revisa el nombre o vuelve a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="378"/>
        <source>Type your recovery code.</source>
        <translation>Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="393"/>
        <source>This backup was made on {when}.</source>
        <translation>Esta copia de seguridad se hizo el {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="395"/>
        <source>This backup passed its check.</source>
        <translation>Esta copia de seguridad ha pasado la comprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="404"/>
        <source>Restoring puts this backup in place of your current journal. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>Al restaurar, esta copia ocupa el lugar de tu diario actual. El diario actual no se borra: se conserva en {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="426"/>
        <source>This computer&apos;s keyring cannot open this backup (it does not have its key). Type the recovery code from your recovery sheet.</source>
        <translation>El llavero de este ordenador no puede abrir esta copia (no tiene su clave). Escribe el código de recuperación de tu hoja de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="435"/>
        <source>The key file that belongs beside this backup is missing or damaged. Copy the .keys file of the same name next to the backup file, then check again.</source>
        <translation>Falta el archivo de claves que va junto a esta copia o está dañado. Copia el archivo .keys del mismo nombre al lado del archivo de la copia y vuelve a comprobarla.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="60"/>
        <source>Keeping and shredding</source>
        <translation>Conservar y destruir</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="66"/>
        <source>Write as little as you need, and keep it no longer than you need. Shredding removes text for good; dates, kinds, tags, checklists, referrals and durations stay, so your counts and reports do not change.</source>
        <translation>Escribe lo mínimo necesario y no lo guardes más tiempo del necesario. Destruir elimina el texto para siempre; las fechas, tipos, etiquetas, listas de comprobación, derivaciones y duraciones se mantienen, así que tus recuentos e informes no cambian.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="74"/>
        <source>Shred notes and follow-up plans</source>
        <translation>Destruir notas y planes de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="75"/>
        <source>Shred notes and follow-up plans after a while</source>
        <translation>Destruir notas y planes de seguimiento pasado un tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="78"/>
        <source> days after the session</source>
        <translation> días después de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="79"/>
        <source>Days after the session</source>
        <translation>Días después de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="80"/>
        <source>Shred a closed peer&apos;s contact details</source>
        <translation>Destruir los datos de contacto de un colega con ficha cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="82"/>
        <source>Shred the contact details of closed peers after a while</source>
        <translation>Destruir los datos de contacto de los colegas con ficha cerrada pasado un tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="86"/>
        <source> days after closing</source>
        <translation> días después del cierre</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="87"/>
        <source>Days after the peer was closed</source>
        <translation>Días después de cerrar la ficha del colega</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="88"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Aplicar…</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="89"/>
        <source>Apply the retention settings</source>
        <translation>Aplicar los ajustes de conservación</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="121"/>
        <source>Shredding also reaches the backups and the set-aside and rescued journals in PeerDesk&apos;s data folder; a set-aside journal that today&apos;s key cannot open is deleted once it is older than both periods (never while notes are kept for good). It cannot reach backups in another folder (your second backup folder, or one you chose) or copies you made yourself: they keep the text until you delete them.</source>
        <translation>La destrucción también alcanza a las copias de seguridad y a los diarios apartados y rescatados en la carpeta de datos de PeerDesk; un diario apartado que la clave actual no puede abrir se borra en cuanto es más antiguo que ambos plazos (nunca mientras las notas se conserven indefinidamente). No alcanza a las copias de otra carpeta (tu segunda carpeta de copias, o una que hayas elegido) ni a las copias que hayas hecho tú: conservan el texto hasta que las borres.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="163"/>
        <source>Not applied yet.</source>
        <translation>Aún no aplicado.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="168"/>
        <source>Off: text stays until you shred a session or forget a peer. Suggested: notes after {notes} days, contact details {contacts} days after closing.</source>
        <translation>Desactivado: el texto se queda hasta que destruyas una sesión u olvides a un colega. Sugerencia: notas a los {notes} días, datos de contacto a los {contacts} días del cierre.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="175"/>
        <source>notes go {n} days after a session</source>
        <translation>las notas se van {n} días después de una sesión</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="178"/>
        <source>contact details go {n} days after a peer is closed</source>
        <translation>los datos de contacto se van {n} días después de cerrar la ficha de un colega</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="182"/>
        <source>On: {what}. Checked at unlock and every day.</source>
        <translation>Activado: {what}. Se comprueba al desbloquear y cada día.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="188"/>
        <source>Shred now, for good:</source>
        <translation>Destruir ahora, para siempre:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="192"/>
        <source>• the notes and follow-up plans of %n session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• las notas y planes de seguimiento de %n sesión celebrada el {day} o antes ({notes}, {plans})</numerusform>
            <numerusform>• las notas y planes de seguimiento de %n sesiones celebradas el {day} o antes ({notes}, {plans})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="198"/>
        <location filename="../../ui/background/retention_settings.py" line="239"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="199"/>
        <source>%n plan(s) or reason(s)</source>
        <translation>
            <numerusform>%n plan o motivo</numerusform>
            <numerusform>%n planes o motivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="205"/>
        <source>• the contact details of %n peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• los datos de contacto de %n colega con ficha cerrada hace {days} días o más</numerusform>
            <numerusform>• los datos de contacto de %n colegas con ficha cerrada hace {days} días o más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="213"/>
        <source>What stays: every session with its date, kind, mode, outcome, tags, checklist, referrals and duration; peers&apos; pseudonyms; follow-up dates. Your counts and reports stay the same.</source>
        <translation>Lo que se mantiene: cada sesión con su fecha, tipo, modalidad, resultado, etiquetas, lista de comprobación, derivaciones y duración; los seudónimos de los colegas; las fechas de seguimiento. Tus recuentos e informes no cambian.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="218"/>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="227"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="238"/>
        <source>Shredded {notes}, {plans} and {contacts}. {policy}</source>
        <translation>Destruido: {notes}, {plans} y {contacts}. {policy}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="240"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="241"/>
        <source>%n contact detail(s)</source>
        <translation>
            <numerusform>%n dato de contacto</numerusform>
            <numerusform>%n datos de contacto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="250"/>
        <source>Shred for good?</source>
        <translation>¿Destruir para siempre?</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="252"/>
        <source>Shred</source>
        <translation>Destruir</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="247"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="248"/>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="249"/>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="250"/>
        <source>What matched</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="367"/>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="389"/>
        <source>{date} (draft)</source>
        <translation>{date} (borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="391"/>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="394"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
</context>
<context>
    <name>SecondFollowUpQuestion</name>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="57"/>
        <source>A second follow-up</source>
        <translation>Un segundo seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="59"/>
        <source>{peer} already has a follow-up planned for {date}. Plan a second one?</source>
        <translation>{peer} ya tiene un seguimiento previsto para el {date}. ¿Planificar otro?</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="65"/>
        <source>Usually one is enough: go back and untick the follow-up, or complete the planned one from the Follow-ups page.</source>
        <translation>Normalmente basta con uno: vuelve atrás y desmarca el seguimiento, o completa el previsto desde la página Seguimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="70"/>
        <source>&amp;Plan a second one</source>
        <translation>&amp;Planificar otro</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="73"/>
        <source>&amp;Go back</source>
        <translation>&amp;Volver atrás</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../../ui/session/session_detail.py" line="40"/>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="42"/>
        <source>Open the session that &amp;completed it</source>
        <translation>Abrir la sesión que lo &amp;completó</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="44"/>
        <source>Open the session that completed this follow-up</source>
        <translation>Abrir la sesión que completó este seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="48"/>
        <source>Open the session that &amp;planned it</source>
        <translation>Abrir la sesión que lo &amp;planificó</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="50"/>
        <source>Open the session that planned the follow-up this session completed</source>
        <translation>Abrir la sesión que planificó el seguimiento que completó esta sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="92"/>
        <source>Choose a session in the list to read it here.</source>
        <translation>Elige una sesión de la lista para leerla aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="99"/>
        <source>This session is no longer in the journal.</source>
        <translation>Esta sesión ya no está en el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="145"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="150"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="150"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="153"/>
        <location filename="../../ui/session/session_detail.py" line="180"/>
        <location filename="../../ui/session/session_detail.py" line="223"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="157"/>
        <location filename="../../ui/session/session_detail.py" line="215"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="160"/>
        <source>Session of {date}</source>
        <translation>Sesión del {date}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="162"/>
        <source>Draft of {date}</source>
        <translation>Borrador del {date}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="164"/>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="169"/>
        <location filename="../../ui/session/session_detail.py" line="171"/>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="173"/>
        <source>{name} (new: added when the session is finished)</source>
        <translation>{name} (nuevo: se añade al terminar la sesión)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="176"/>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="178"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="182"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="183"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="184"/>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="185"/>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="186"/>
        <source>Outreach</source>
        <translation>Ofrecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="187"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="188"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="189"/>
        <source>Stress drivers</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="194"/>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="198"/>
        <source>Last changed {date}</source>
        <translation>Último cambio: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="216"/>
        <source>Safety concern escalated</source>
        <translation>Problema de seguridad escalado</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="218"/>
        <source>Helpful for them</source>
        <translation>Útil para esa persona</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="219"/>
        <source>Their needs met</source>
        <translation>Necesidades cubiertas</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="225"/>
        <source>How I am doing</source>
        <translation>Cómo estoy yo</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="226"/>
        <source>Debrief wanted</source>
        <translation>Debriefing solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="252"/>
        <source>(removed from the directory)</source>
        <translation>(eliminado del directorio)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="256"/>
        <location filename="../../ui/session/session_detail.py" line="269"/>
        <location filename="../../ui/session/session_detail.py" line="272"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="260"/>
        <source>No follow-up planned.</source>
        <translation>No hay seguimiento previsto.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="264"/>
        <source>Done on {date}, in a follow-up session</source>
        <translation>Hecho el {date}, en una sesión de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="268"/>
        <source>Done (the session that completed it is no longer kept)</source>
        <translation>Hecho (la sesión que lo completó ya no se conserva)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="270"/>
        <location filename="../../ui/session/session_detail.py" line="273"/>
        <source>It was planned for</source>
        <translation>Estaba previsto para</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="272"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="275"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="277"/>
        <source>Planned for</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="279"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="290"/>
        <source>This session completed the follow-up agreed on {date}.</source>
        <translation>Esta sesión completó el seguimiento acordado el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="292"/>
        <source>Finishing it completes the follow-up agreed on {date}.</source>
        <translation>Al terminarla se completa el seguimiento acordado el {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="294"/>
        <source>This session followed up the session of {date}.</source>
        <translation>Esta sesión fue el seguimiento de la sesión del {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="297"/>
        <source>This session was itself a planned follow-up.</source>
        <translation>Esta sesión fue a su vez un seguimiento previsto.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session/session_form.py" line="171"/>
        <location filename="../../ui/session/session_form.py" line="739"/>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="173"/>
        <source>&amp;Anything else (optional, for the whole session)</source>
        <translation>&amp;Algo más (opcional, para toda la sesión)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="175"/>
        <source>Only what the ticks can&apos;t say, in a few words. No names, diagnoses or clinical details.</source>
        <translation>Solo lo que las marcas no dicen, en pocas palabras. Sin nombres, diagnósticos ni datos clínicos.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="229"/>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="231"/>
        <source>Follow-up session</source>
        <translation>Sesión de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="233"/>
        <source>Session draft</source>
        <translation>Borrador de sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="235"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="242"/>
        <source>Steps of the session</source>
        <translation>Pasos de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="245"/>
        <source>S&amp;teps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="256"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="260"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="263"/>
        <source>Ctrl+PgDn / Ctrl+PgUp: next or previous step · Ctrl+S: finish · Esc: leave</source>
        <translation>Ctrl+AvPág / Ctrl+RePág: paso siguiente o anterior · Ctrl+S: terminar · Esc: salir</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="269"/>
        <source>Lea&amp;ve…</source>
        <translation>&amp;Salir…</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="269"/>
        <source>Leave the session form</source>
        <translation>Salir del formulario de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="272"/>
        <source>Save draft and lea&amp;ve</source>
        <translation>Guardar borrador y &amp;salir</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="272"/>
        <source>Save the draft and leave the form</source>
        <translation>Guardar el borrador y salir del formulario</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="274"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="274"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="275"/>
        <source>Ne&amp;xt</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="275"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="276"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Finalizar y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="276"/>
        <source>Finish and save</source>
        <translation>Finalizar y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="277"/>
        <source>Previous step (Ctrl+PgUp or Alt+Left)</source>
        <translation>Paso anterior (Ctrl+RePág o Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="278"/>
        <source>Next step (Ctrl+PgDown or Alt+Right)</source>
        <translation>Paso siguiente (Ctrl+AvPág o Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="279"/>
        <source>Finish and save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Finalizar y guardar (Ctrl+S o Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="362"/>
        <source>Skipped: the outreach was declined or unanswered, so there was no conversation to record here.</source>
        <translation>Saltado: el ofrecimiento fue rechazado o no tuvo respuesta, así que aquí no hubo conversación que registrar.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="399"/>
        <source>Your ticks are the record: add a note only for what they can&apos;t say.</source>
        <translation>Tus marcas son el registro: añade una nota solo para lo que ellas no pueden decir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="414"/>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="415"/>
        <source>Phrases and habits to avoid</source>
        <translation>Frases y hábitos que conviene evitar</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="416"/>
        <source>Guidance for {step}</source>
        <translation>Orientación para {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="596"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="597"/>
        <source>the journal file could not be written</source>
        <translation>no se ha podido escribir el archivo del diario</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="598"/>
        <source>the journal is busy in another program</source>
        <translation>otro programa está usando el diario</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="599"/>
        <source>the journal file failed a check</source>
        <translation>el archivo del diario no ha superado una comprobación</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="600"/>
        <source>this session no longer exists</source>
        <translation>esta sesión ya no existe</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="606"/>
        <source>Peer: choose who this session was with, or type a new pseudonym.</source>
        <translation>Colega: elige con quién fue esta sesión o escribe un seudónimo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="610"/>
        <source>Peer: this pseudonym can&apos;t be used.</source>
        <translation>Colega: no se puede usar este seudónimo.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="611"/>
        <source>Kind of contact: choose what kind of contact this was.</source>
        <translation>Tipo de contacto: elige qué tipo de contacto fue.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="612"/>
        <source>Date: choose the date of the session.</source>
        <translation>Fecha: elige la fecha de la sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="613"/>
        <source>Duration: between 0 and 1440 minutes.</source>
        <translation>Duración: entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="614"/>
        <source>Mode: choose one of the choices.</source>
        <translation>Modalidad: elige una de las opciones.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="615"/>
        <source>Referred by: choose again.</source>
        <translation>Derivado por: vuelve a elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="616"/>
        <source>Outcome: choose again.</source>
        <translation>Resultado: vuelve a elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="617"/>
        <source>Peer&apos;s role: choose again.</source>
        <translation>Función del colega: vuelve a elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="618"/>
        <source>Events: one of them is unknown.</source>
        <translation>Eventos: uno de ellos es desconocido.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="619"/>
        <source>Stress drivers: one of them is unknown.</source>
        <translation>Factores de estrés: uno de ellos es desconocido.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="620"/>
        <source>Referrals: one of them is unknown.</source>
        <translation>Derivaciones: una de ellas es desconocida.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="622"/>
        <source>Resources offered: one of them is no longer in the directory.</source>
        <translation>Recursos ofrecidos: uno de ellos ya no está en el directorio.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="624"/>
        <source>The follow-up this session completes no longer exists.</source>
        <translation>El seguimiento que completa esta sesión ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="625"/>
        <source>Follow-up plan: keep it to {max} characters.</source>
        <translation>Plan de seguimiento: como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="628"/>
        <source>Helpful: choose again.</source>
        <translation>Útil: vuelve a elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="629"/>
        <source>Needs met: choose again.</source>
        <translation>Necesidades cubiertas: vuelve a elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="630"/>
        <source>Your check-in: choose 1 to 5.</source>
        <translation>Cómo estás tú: elige del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="632"/>
        <source>Note under “{step}”: it is too long or holds characters that can&apos;t be stored.</source>
        <translation>Nota en «{step}»: es demasiado larga o tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="637"/>
        <source>Anything else: the note is too long or holds characters that can&apos;t be stored.</source>
        <translation>Algo más: la nota es demasiado larga o tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="639"/>
        <source>Please check the form: {problem}</source>
        <translation>Revisa el formulario: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="696"/>
        <source>Changes not saved yet: this would plan a second open follow-up for the peer. Finish and save to decide.</source>
        <translation>Cambios aún sin guardar: esto planificaría un segundo seguimiento abierto para el colega. Finaliza y guarda para decidir.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="707"/>
        <source>Changes not saved yet. {problem}</source>
        <translation>Cambios aún sin guardar. {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="712"/>
        <source>Couldn&apos;t save the draft: {problem}. Your text is still here, and PeerDesk will try again in a moment.</source>
        <translation>No se ha podido guardar el borrador: {problem}. Tu texto sigue aquí y PeerDesk lo volverá a intentar en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="722"/>
        <source>Couldn&apos;t save</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="726"/>
        <source>Changes saved at {time}</source>
        <translation>Cambios guardados a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="728"/>
        <source>Draft saved at {time}</source>
        <translation>Borrador guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="742"/>
        <source>Follow-up plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="820"/>
        <source>Couldn&apos;t save the session: {problem}. Nothing was changed, and your text is still here; try again in a moment.</source>
        <translation>No se ha podido guardar la sesión: {problem}. No se ha cambiado nada y tu texto sigue aquí; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="899"/>
        <source>Couldn&apos;t discard the changes: {problem}.</source>
        <translation>No se han podido descartar los cambios: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="915"/>
        <source>Close the session</source>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="917"/>
        <source>Save your changes to this session?</source>
        <translation>¿Guardar los cambios de esta sesión?</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="918"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="920"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="923"/>
        <source>Keep this session as a draft to finish later?</source>
        <translation>¿Guardar esta sesión como borrador para terminarla más tarde?</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="924"/>
        <source>Discarding shreds the draft and everything in it.</source>
        <translation>Al descartarlo se destruye el borrador con todo su contenido.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="925"/>
        <source>Keep as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="927"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="929"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="65"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="66"/>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="67"/>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="68"/>
        <source>Outreach</source>
        <translation>Ofrecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="69"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="180"/>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="195"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="196"/>
        <source>Done {date}</source>
        <translation>Hecho el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="198"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="204"/>
        <source>Planned for {date}</source>
        <translation>Previsto para el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="206"/>
        <source>{planned}; cancelled</source>
        <translation>{planned}; cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="208"/>
        <source>{planned}; done</source>
        <translation>{planned}; hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="209"/>
        <source>{planned}; done in the follow-up session of {date}</source>
        <translation>{planned}; hecho en la sesión de seguimiento del {date}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="181"/>
        <source>Search pseudonyms and notes (Ctrl+F)</source>
        <translation>Buscar en seudónimos y notas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="182"/>
        <source>Search pseudonyms and notes</source>
        <translation>Buscar en seudónimos y notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="187"/>
        <source>Words find the peers whose pseudonym holds them all (their sessions come first), then the notes that hold them all. Use &quot;quotes&quot; for a phrase and a minus sign to leave a word out.</source>
        <translation>Las palabras encuentran a los colegas cuyo seudónimo las contiene todas (sus sesiones salen primero) y luego las notas que las contienen todas. Usa &quot;comillas&quot; para una frase y un signo menos para excluir una palabra.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="200"/>
        <source>Order of the search results</source>
        <translation>Orden de los resultados de búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="201"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="202"/>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="205"/>
        <source>Newest first: the sessions whose notes were written most recently, newest date first. Best match: the sessions whose notes match the words best.</source>
        <translation>Más recientes primero: las sesiones cuyas notas se escribieron más recientemente, empezando por la fecha más reciente. Mejor coincidencia: las sesiones cuyas notas coinciden mejor con las palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="216"/>
        <source>&amp;From</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="217"/>
        <source>Only sessions from a date</source>
        <translation>Solo sesiones a partir de una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="218"/>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="219"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="220"/>
        <source>Only sessions up to a date</source>
        <translation>Solo sesiones hasta una fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="221"/>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="222"/>
        <source>Peer filter</source>
        <translation>Filtro de colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="223"/>
        <source>Kind of contact filter</source>
        <translation>Filtro de tipo de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="224"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="227"/>
        <source>Event filter</source>
        <translation>Filtro de evento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="228"/>
        <source>Follow-up filter</source>
        <translation>Filtro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="230"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="231"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="232"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="233"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="234"/>
        <source>None planned</source>
        <translation>Ninguno previsto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="237"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="238"/>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="251"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="255"/>
        <source>Matching sessions</source>
        <translation>Sesiones que coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="267"/>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="268"/>
        <source>Start a new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="271"/>
        <source>Edit the chosen session</source>
        <translation>Editar la sesión elegida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="273"/>
        <source>Shre&amp;d…</source>
        <translation>Dest&amp;ruir…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="274"/>
        <source>Shred the chosen session</source>
        <translation>Destruir la sesión elegida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="275"/>
        <source>Delete this session and its notes for good</source>
        <translation>Borrar esta sesión y sus notas para siempre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="341"/>
        <source>&amp;Sort</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="355"/>
        <source>&amp;Peer</source>
        <translation>&amp;Colega</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="356"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="357"/>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="358"/>
        <source>Follow-&amp;up</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="417"/>
        <source>All peers</source>
        <translation>Todos los colegas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="420"/>
        <source>{name} (closed)</source>
        <translation>{name} (ficha cerrada)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="423"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="425"/>
        <source>{name} (retired)</source>
        <translation>{name} (retirado)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="512"/>
        <source>Shred the session of {date} with {peer}?</source>
        <translation>¿Destruir la sesión del {date} con {peer}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="514"/>
        <source>Shred the session of {date}?</source>
        <translation>¿Destruir la sesión del {date}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="517"/>
        <source>Its notes, ticks and follow-up plan are deleted for good. This cannot be undone.</source>
        <translation>Sus notas, marcas y plan de seguimiento se borran para siempre. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="527"/>
        <source>The session could not be shredded: {reason}</source>
        <translation>No se ha podido destruir la sesión: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="532"/>
        <source>The session was shredded.</source>
        <translation>La sesión se ha destruido.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="556"/>
        <source>Shred session</source>
        <translation>Destruir la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="562"/>
        <source>Shred</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="656"/>
        <source>The list could not be read: {reason}</source>
        <translation>No se ha podido leer la lista: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="671"/>
        <source>Type a word to search pseudonyms and notes.</source>
        <translation>Escribe una palabra para buscar en seudónimos y notas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="676"/>
        <source>{n} of the {m} best-matching sessions pass the filters; add words to narrow the search</source>
        <translation>Pasan los filtros {n} de las {m} sesiones que mejor coinciden; añade palabras para acotar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="681"/>
        <source>{n} of the {m} most recent matching sessions pass the filters; add words to narrow the search</source>
        <translation>Pasan los filtros {n} de las {m} sesiones coincidentes más recientes; añade palabras para acotar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="688"/>
        <source>No pseudonym or note matches. To find sessions by date, kind or event, use the filters below.</source>
        <translation>Ningún seudónimo ni nota coincide. Para buscar sesiones por fecha, tipo o evento, usa los filtros de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="693"/>
        <source>No pseudonym or note matches in the sessions the filters show. Clear filters to search them all.</source>
        <translation>Ningún seudónimo ni nota coincide en las sesiones que muestran los filtros. Quita los filtros para buscar en todas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="698"/>
        <source>1 matching session</source>
        <translation>1 sesión coincide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="700"/>
        <source>The {n} best matching sessions</source>
        <translation>Las {n} sesiones que mejor coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="703"/>
        <source>Showing the {n} most recent matches; add words to narrow it</source>
        <translation>Se muestran las {n} coincidencias más recientes; añade palabras para acotar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="706"/>
        <source>{n} matching sessions</source>
        <translation>{n} sesiones coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="708"/>
        <source>(filtered)</source>
        <translation>(filtrado)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="713"/>
        <source>No sessions yet: finished sessions appear here.</source>
        <translation>Aún no hay sesiones: las sesiones terminadas aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="715"/>
        <source>No sessions match these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="718"/>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="720"/>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="77"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="83"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Lock after this many idle minutes</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="87"/>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="89"/>
        <source>Lock when idle for</source>
        <translation>Bloquear tras inactividad de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="93"/>
        <location filename="../../ui/pages/settings_page.py" line="240"/>
        <source>New lock passphrase</source>
        <translation>Nueva contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="96"/>
        <source>New lock passphrase again</source>
        <translation>Repite la nueva contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="97"/>
        <location filename="../../ui/pages/settings_page.py" line="343"/>
        <source>Set passphrase</source>
        <translation>Poner contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="99"/>
        <source>Remove passphrase</source>
        <translation>Quitar la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="103"/>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="104"/>
        <location filename="../../ui/pages/settings_page.py" line="193"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="113"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="117"/>
        <source>The recovery code opens your journal on a new computer, when the keyring has lost its key, or when you forget your passphrase. A new code (like a new passphrase) gives the journal a new key: the old code then opens nothing you write afterwards. Backups made before keep the old key, so the old code still opens them until you re-encrypt or delete them.</source>
        <translation>El código de recuperación abre tu diario en un ordenador nuevo, cuando el llavero ha perdido su clave o cuando olvidas tu contraseña. Un código nuevo (como una contraseña nueva) da al diario una clave nueva: a partir de entonces el código anterior no abre nada de lo que escribas. Las copias de seguridad hechas antes conservan la clave anterior, así que el código anterior las sigue abriendo hasta que las vuelvas a cifrar o las borres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="125"/>
        <source>Make a new recovery code…</source>
        <translation>Crear un código de recuperación nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127"/>
        <source>Backups made with an old key…</source>
        <translation>Copias de seguridad hechas con una clave anterior…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="139"/>
        <source>Backups and storage</source>
        <translation>Copias de seguridad y almacenamiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="147"/>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="149"/>
        <source>Key kept by</source>
        <translation>Clave guardada en</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="175"/>
        <source>How PeerDesk opens</source>
        <translation>Cómo se abre PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="177"/>
        <source>Open with my computer login</source>
        <translation>Abrir con mi inicio de sesión del ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="178"/>
        <source>Ask for my passphrase every time</source>
        <translation>Pedir mi contraseña cada vez</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="188"/>
        <source>Lock passphrase</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="191"/>
        <source>Lock passphrase again</source>
        <translation>Repite la contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="197"/>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="198"/>
        <source>Switch how PeerDesk opens</source>
        <translation>Cambiar cómo se abre PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="225"/>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo. La clave no se guarda en ningún llavero. Solo así queda fuera alguien que use tu ordenador mientras tienes la sesión iniciada. Si olvidas la contraseña, tu código de recuperación sigue abriendo el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="232"/>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk se abre sin escribir nada: la clave se guarda en el llavero del sistema. Al bloquear se cierra y se oculta el diario, pero cualquiera que use tu cuenta del ordenador con la sesión iniciada puede volver a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="240"/>
        <source>Your lock passphrase</source>
        <translation>Tu contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="254"/>
        <location filename="../../ui/pages/settings_page.py" line="379"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="258"/>
        <source>Open with your computer login? Anyone using this computer account will then be able to open the journal without a passphrase.</source>
        <translation>¿Abrir con tu inicio de sesión del ordenador? Entonces cualquiera que use esta cuenta del ordenador podrá abrir el diario sin contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="273"/>
        <source>Done: PeerDesk now asks for your passphrase every time.</source>
        <translation>Hecho: ahora PeerDesk te pide la contraseña cada vez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="275"/>
        <source>Done: PeerDesk now opens with your computer login.</source>
        <translation>Hecho: ahora PeerDesk se abre con tu inicio de sesión del ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="283"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="284"/>
        <source>only when I ask</source>
        <translation>solo cuando lo pida</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="285"/>
        <source>Back up automatically every this many hours</source>
        <translation>Horas entre copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="289"/>
        <location filename="../../ui/pages/settings_page.py" line="301"/>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que se guardan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="293"/>
        <location filename="../../ui/pages/settings_page.py" line="326"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="294"/>
        <source>Choose a second folder…</source>
        <translation>Elegir una segunda carpeta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="295"/>
        <source>Choose a second folder for backups</source>
        <translation>Elegir una segunda carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="297"/>
        <source>Stop copying there</source>
        <translation>Dejar de copiar allí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="298"/>
        <source>Stop copying backups to the second folder</source>
        <translation>Dejar de copiar las copias de seguridad en la segunda carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="300"/>
        <source>Back up every</source>
        <translation>Copia de seguridad cada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="305"/>
        <source>Second folder (e.g. a USB drive)</source>
        <translation>Segunda carpeta (p. ej., una memoria USB)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="317"/>
        <source>Second folder for backups</source>
        <translation>Segunda carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="332"/>
        <source>A lock passphrase is set; PeerDesk asks for it every time.</source>
        <translation>Hay una contraseña de bloqueo; PeerDesk la pide cada vez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="335"/>
        <source>A lock passphrase is set. It opens the journal when the keyring cannot, but while PeerDesk opens with your computer login it keeps nobody out.</source>
        <translation>Hay una contraseña de bloqueo. Abre el diario cuando el llavero no puede, pero mientras PeerDesk se abra con tu inicio de sesión del ordenador no deja fuera a nadie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="339"/>
        <source>No lock passphrase is set.</source>
        <translation>No hay contraseña de bloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="343"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="347"/>
        <source>A new passphrase gives the journal a new key: the old passphrase opens nothing written afterwards. Backups made before keep the old key.</source>
        <translation>Una contraseña nueva da al diario una clave nueva: la contraseña anterior no abre nada de lo que se escriba después. Las copias de seguridad hechas antes conservan la clave anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="359"/>
        <source>none (passphrase only)</source>
        <translation>ninguno (solo contraseña)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="363"/>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="365"/>
        <source>No backup yet.</source>
        <translation>Aún no hay copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="403"/>
        <source>A new passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Una contraseña nueva da al diario una clave nueva, así que la contraseña anterior no abre nada de lo que escribas después. Para conservar tu código de recuperación, escríbelo aquí. Déjalo vacío para obtener un código nuevo (lo anotarás a continuación).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="414"/>
        <source>Remove the lock passphrase?</source>
        <translation>¿Quitar la contraseña de bloqueo?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="424"/>
        <source>Removing the passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Quitar la contraseña da al diario una clave nueva, así que la contraseña anterior no abre nada de lo que escribas después. Para conservar tu código de recuperación, escríbelo aquí. Déjalo vacío para obtener un código nuevo (lo anotarás a continuación).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="451"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="461"/>
        <source>Make a new recovery code? PeerDesk gives the journal a new key: the old code will open nothing you write afterwards. Backups made before keep the old key; you choose next whether to re-encrypt or delete them.</source>
        <translation>¿Crear un código de recuperación nuevo? PeerDesk da al diario una clave nueva: el código anterior no abrirá nada de lo que escribas después. Las copias de seguridad hechas antes conservan la clave anterior; a continuación eliges si volver a cifrarlas o borrarlas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="472"/>
        <source>Type your current lock passphrase. It stays the same: PeerDesk needs it to lock the new key with it.</source>
        <translation>Escribe tu contraseña de bloqueo actual. No cambia: PeerDesk la necesita para proteger con ella la clave nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="486"/>
        <source>Nothing was changed: the old code still works.</source>
        <translation>No se ha cambiado nada: el código anterior sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="507"/>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="85"/>
        <location filename="../../ui/gates/setup_wizard.py" line="132"/>
        <source>Welcome to PeerDesk</source>
        <translation>Te damos la bienvenida a PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="97"/>
        <location filename="../../ui/gates/setup_wizard.py" line="348"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="98"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="104"/>
        <source>Cancel setup</source>
        <translation>Cancelar la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="136"/>
        <source>PeerDesk keeps a private journal of your peer-support conversations, on this computer only. Before you start, here is what it protects and what it cannot.</source>
        <translation>PeerDesk guarda un diario privado de tus conversaciones de apoyo entre iguales, solo en este ordenador. Antes de empezar, esto es lo que protege y lo que no puede proteger.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="144"/>
        <source>This computer has no system keyring PeerDesk can use, so in the next step you choose a lock passphrase that opens the journal.</source>
        <translation>Este ordenador no tiene un llavero del sistema que PeerDesk pueda usar, así que en el paso siguiente eliges una contraseña de bloqueo que abre el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="149"/>
        <source>In the next step you choose how it opens: with your computer login (its key kept in your system keyring, {keyring}), or with a passphrase every time.</source>
        <translation>En el paso siguiente eliges cómo se abre: con tu inicio de sesión del ordenador (su clave se guarda en el llavero del sistema, {keyring}) o con una contraseña cada vez.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="154"/>
        <source>What is protected</source>
        <translation>Qué está protegido</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="157"/>
        <source>The journal is encrypted on this computer. Without its key the file cannot be read, for example on a lost or stolen laptop or from another user account.</source>
        <translation>El diario está cifrado en este ordenador. Sin su clave, el archivo no se puede leer, por ejemplo en un portátil perdido o robado o desde otra cuenta de usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="163"/>
        <source>PeerDesk locks itself after a few minutes without use, and it never sends anything over the network.</source>
        <translation>PeerDesk se bloquea solo tras unos minutos sin uso y nunca envía nada por la red.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="169"/>
        <source>What is not protected</source>
        <translation>Qué no está protegido</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="172"/>
        <source>Someone using your computer while you are logged in and PeerDesk is unlocked.</source>
        <translation>Alguien que use tu ordenador mientras tienes la sesión iniciada y PeerDesk está desbloqueado.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="176"/>
        <source>If PeerDesk opens with your computer login: someone using your logged-in computer account, even while PeerDesk is locked, because they can open it again. Only &quot;Ask for my passphrase every time&quot; keeps them out.</source>
        <translation>Si PeerDesk se abre con tu inicio de sesión del ordenador: alguien que use tu cuenta con la sesión iniciada, incluso con PeerDesk bloqueado, porque puede volver a abrirlo. Solo «Pedir mi contraseña cada vez» lo impide.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="182"/>
        <source>Anything you print or export: it leaves the journal as paper or as a plain file.</source>
        <translation>Todo lo que imprimas o exportes: sale del diario en papel o como archivo sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="185"/>
        <source>Malicious software running on your computer account.</source>
        <translation>Software malicioso que se ejecute en tu cuenta del ordenador.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="195"/>
        <source>Confidential is not anonymous</source>
        <translation>Confidencial no es anónimo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="199"/>
        <source>Write as if someone else might read it one day. Keep to the minimum: a pseudonym for each peer, no clinical details or diagnoses, and no names of patients or other people.</source>
        <translation>Escribe como si algún día pudiera leerlo otra persona. Limítate a lo mínimo: un seudónimo para cada colega, sin datos clínicos ni diagnósticos, y sin nombres de pacientes ni de otras personas.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="211"/>
        <source>How should PeerDesk open?</source>
        <translation>¿Cómo debe abrirse PeerDesk?</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="214"/>
        <source>This computer has no system keyring PeerDesk can use, so the journal&apos;s key cannot be kept there. A lock passphrase is needed instead: you type it each time you open PeerDesk. If you forget it, your recovery code still opens the journal.</source>
        <translation>Este ordenador no tiene un llavero del sistema que PeerDesk pueda usar, así que la clave del diario no se puede guardar ahí. En su lugar hace falta una contraseña de bloqueo: la escribes cada vez que abres PeerDesk. Si la olvidas, tu código de recuperación sigue abriendo el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="221"/>
        <source>PeerDesk locks when you step away or after some minutes without use. Choose what it takes to open it again. You can change this later in Settings.</source>
        <translation>PeerDesk se bloquea cuando te alejas o tras unos minutos sin uso. Elige qué hace falta para volver a abrirlo. Puedes cambiarlo más adelante en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="227"/>
        <source>Open with my &amp;computer login</source>
        <translation>Abrir con mi &amp;inicio de sesión del ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="228"/>
        <source>Open with my computer login</source>
        <translation>Abrir con mi inicio de sesión del ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="229"/>
        <source>Ask for my passphrase &amp;every time</source>
        <translation>Pedir mi contraseña &amp;cada vez</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="230"/>
        <source>Ask for my passphrase every time</source>
        <translation>Pedir mi contraseña cada vez</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="242"/>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk se abre sin escribir nada: la clave se guarda en el llavero del sistema. Al bloquear se cierra y se oculta el diario, pero cualquiera que use tu cuenta del ordenador con la sesión iniciada puede volver a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="252"/>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock; the key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo; la clave no se guarda en ningún llavero. Solo así queda fuera alguien que use tu ordenador mientras tienes la sesión iniciada. Si olvidas la contraseña, tu código de recuperación sigue abriendo el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="263"/>
        <source>Lock passphrase</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="266"/>
        <source>Lock passphrase, again</source>
        <translation>Contraseña de bloqueo, otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="268"/>
        <source>&amp;Passphrase</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="270"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Repítela</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="279"/>
        <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos {n} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="293"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="296"/>
        <location filename="../../ui/gates/setup_wizard.py" line="451"/>
        <source>This code opens your journal if the key in the keyring is ever lost, for example on a new computer. It is shown only this once: write it down or print it now.</source>
        <translation>Este código abre tu diario si alguna vez se pierde la clave del llavero, por ejemplo en un ordenador nuevo. Solo se muestra esta vez: anótalo o imprímelo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="313"/>
        <source>Check your copy</source>
        <translation>Comprueba tu copia</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="325"/>
        <source>Your journal is ready</source>
        <translation>Tu diario está listo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="344"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="348"/>
        <source>Show the code again</source>
        <translation>Mostrar el código otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="352"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="353"/>
        <source>&amp;Create my journal</source>
        <translation>Crear &amp;mi diario</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="354"/>
        <source>I have &amp;written it down</source>
        <translation>Ya lo he &amp;anotado</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="355"/>
        <source>C&amp;heck</source>
        <translation>C&amp;omprobar</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="356"/>
        <source>&amp;Open my journal</source>
        <translation>Abrir mi &amp;diario</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="411"/>
        <source>A lock passphrase needs at least {n} characters.</source>
        <translation>Una contraseña de bloqueo necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="420"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos contraseñas no coinciden. Vuelve a escribirlas, por favor.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="446"/>
        <source>This code opens your journal if you forget your passphrase, and your backups on any computer. It is shown only this once: write it down or print it now.</source>
        <translation>Este código abre tu diario si olvidas tu contraseña, y tus copias de seguridad en cualquier ordenador. Solo se muestra esta vez: anótalo o imprímelo ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="465"/>
        <source>This computer has no keyring PeerDesk can use, so PeerDesk asks for your lock passphrase each time it starts and after every lock.</source>
        <translation>Este ordenador no tiene un llavero que PeerDesk pueda usar, así que PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="472"/>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring, so someone using this computer account cannot open the journal without the passphrase or your recovery code.</source>
        <translation>PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo. La clave no se guarda en ningún llavero, así que alguien que use esta cuenta del ordenador no puede abrir el diario sin la contraseña o tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="480"/>
        <source>PeerDesk opens your journal from the keyring when it starts, without typing. Locking closes and hides it, but anyone using your logged-in computer account can open it again. To keep them out, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>PeerDesk abre tu diario desde el llavero al iniciarse, sin escribir nada. Al bloquear se cierra y se oculta, pero cualquiera que use tu cuenta del ordenador con la sesión iniciada puede volver a abrirlo. Para impedirlo, elige «Pedir mi contraseña cada vez» en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="488"/>
        <source>Lock it any time with Ctrl+L; it also locks after some minutes without use. Make a backup now and then (Journal ▸ Back up now).</source>
        <translation>Bloquéalo cuando quieras con Ctrl+L; también se bloquea tras unos minutos sin uso. Haz una copia de seguridad de vez en cuando (Diario ▸ Copia de seguridad ahora).</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="493"/>
        <source>Remember: write the minimum, and no names or clinical details of others.</source>
        <translation>Recuerda: escribe lo mínimo, y sin nombres ni datos clínicos de otras personas.</translation>
    </message>
</context>
<context>
    <name>StepNote</name>
    <message>
        <location filename="../../ui/session/steps/note.py" line="40"/>
        <source>Add a &amp;note to this step</source>
        <translation>Añadir una &amp;nota a este paso</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="40"/>
        <source>Add a note to {step}</source>
        <translation>Añadir una nota a {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="42"/>
        <source>Only for what the ticks can&apos;t say (Alt+N)</source>
        <translation>Solo para lo que las marcas no pueden decir (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="52"/>
        <source>Optional, a few words. No names, diagnoses or clinical details.</source>
        <translation>Opcional, unas pocas palabras. Sin nombres, diagnósticos ni datos clínicos.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="54"/>
        <source>Note: {step}</source>
        <translation>Nota: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="58"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="64"/>
        <source>Highlighted text looks like an identifier or clinical detail. Do you need to keep it?</source>
        <translation>El texto resaltado parece un identificador o un dato clínico. ¿Necesitas conservarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="115"/>
        <source>A note holds at most {max} characters; the rest was cut off.</source>
        <translation>Una nota admite como máximo {max} caracteres; el resto se ha cortado.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="51"/>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="52"/>
        <source>Start a new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="62"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="63"/>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="64"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="90"/>
        <source>Unfinished drafts</source>
        <translation>Borradores sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="108"/>
        <source>Start here</source>
        <translation>Empieza aquí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="114"/>
        <source>Write your first session (Ctrl+N)</source>
        <translation>Escribe tu primera sesión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="115"/>
        <source>A session is written step by step; a draft is kept as you type.</source>
        <translation>Una sesión se escribe paso a paso; se guarda un borrador mientras escribes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="119"/>
        <source>Fill in your local resources (Ctrl+5)</source>
        <translation>Completa tus recursos locales (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="120"/>
        <source>The services you refer peers to, with their phone numbers and hours.</source>
        <translation>Los servicios a los que derivas a tus colegas, con sus teléfonos y horarios.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="124"/>
        <source>Set your organisation&apos;s name (Resources)</source>
        <translation>Pon el nombre de tu organización (Recursos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="125"/>
        <source>Asked when you print a handout from Resources; printed at its top.</source>
        <translation>Se pide al imprimir una hoja informativa desde Recursos; se imprime en la parte superior.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="129"/>
        <source>See where backups go (Ctrl+7)</source>
        <translation>Mira dónde van las copias de seguridad (Ctrl+7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="130"/>
        <source>Settings, under Backups and storage: a daily backup and a second folder.</source>
        <translation>En Ajustes, en Copias de seguridad y almacenamiento: una copia diaria y una segunda carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="157"/>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="185"/>
        <source>no peer chosen yet</source>
        <translation>aún sin colega elegido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="187"/>
        <source>Draft from {date} — {peer}</source>
        <translation>Borrador del {date} — {peer}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="194"/>
        <source>Unfinished drafts: {n}</source>
        <translation>Borradores sin terminar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="196"/>
        <source>No unfinished drafts.</source>
        <translation>No hay borradores sin terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="207"/>
        <source>overdue since {date}</source>
        <translation>vencido desde el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="209"/>
        <source>due today</source>
        <translation>para hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="211"/>
        <source>due {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="213"/>
        <source>{when}, session started (a draft)</source>
        <translation>{when}, sesión empezada (un borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="214"/>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="220"/>
        <source>Follow-ups due: {n}. The {shown} longest waiting are here; the Follow-ups page has them all. Press Enter on one to start its session.</source>
        <translation>Seguimientos pendientes: {n}. Aquí están los {shown} que llevan más tiempo esperando; la página Seguimientos los tiene todos. Pulsa Intro en uno para empezar su sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="224"/>
        <source>Follow-ups due: {n}. Press Enter on one to start its session.</source>
        <translation>Seguimientos pendientes: {n}. Pulsa Intro en uno para empezar su sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="227"/>
        <source>No follow-ups due this week.</source>
        <translation>No hay seguimientos pendientes esta semana.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="100"/>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="105"/>
        <source>PeerDesk is locked</source>
        <translation>PeerDesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="105"/>
        <source>Open your journal</source>
        <translation>Abre tu diario</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="124"/>
        <source>Lock passphrase</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="125"/>
        <location filename="../../ui/gates/unlock_dialog.py" line="155"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="126"/>
        <source>Unlock with the lock passphrase</source>
        <translation>Desbloquear con la contraseña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="130"/>
        <source>Lock &amp;passphrase</source>
        <translation>Contra&amp;seña de bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="138"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="142"/>
        <source>&amp;Open with recovery code</source>
        <translation>&amp;Abrir con el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="143"/>
        <source>Open with the recovery code</source>
        <translation>Abrir con el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="147"/>
        <source>&amp;Recovery code (from your recovery sheet)</source>
        <translation>&amp;Código de recuperación (de tu hoja de recuperación)</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="154"/>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="156"/>
        <source>Unlock the journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="158"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="161"/>
        <source>Use the recovery &amp;code instead</source>
        <translation>Usar el código de recu&amp;peración</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="164"/>
        <source>Use the lock &amp;passphrase instead</source>
        <translation>Usar la contraseña de &amp;bloqueo</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="167"/>
        <source>Quit PeerDesk</source>
        <translation>Salir de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="198"/>
        <source>Type your lock passphrase to go on.</source>
        <translation>Escribe tu contraseña de bloqueo para continuar.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="200"/>
        <location filename="../../ui/gates/unlock_dialog.py" line="304"/>
        <source>Type your lock passphrase to open the journal.</source>
        <translation>Escribe tu contraseña de bloqueo para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="202"/>
        <source>This journal asks for your passphrase every time: its key is in no keyring, so someone using this computer account cannot open it without the passphrase or your recovery code.</source>
        <translation>Este diario te pide la contraseña cada vez: su clave no está en ningún llavero, así que alguien que use esta cuenta del ordenador no puede abrirlo sin la contraseña o tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="213"/>
        <source>PeerDesk closed and hid your journal.</source>
        <translation>PeerDesk ha cerrado y ocultado tu diario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="215"/>
        <source>It opens with your computer login, so anyone using this computer account can open it again with Unlock: your computer&apos;s own login is the only barrier.</source>
        <translation>Se abre con tu inicio de sesión del ordenador, así que cualquiera que use esta cuenta puede volver a abrirlo con Desbloquear: el inicio de sesión de tu ordenador es la única barrera.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="220"/>
        <source>To keep out someone at this computer, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>Para impedir el acceso a alguien en este ordenador, elige «Pedir mi contraseña cada vez» en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="226"/>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="294"/>
        <source>You locked it.</source>
        <translation>Lo has bloqueado tú.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gates/unlock_dialog.py" line="296"/>
        <source>It locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Se bloqueó tras %n minuto sin uso.</numerusform>
            <numerusform>Se bloqueó tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="298"/>
        <source>It locked because the screen locked or the computer went to sleep.</source>
        <translation>Se bloqueó porque se bloqueó la pantalla o el ordenador entró en suspensión.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="312"/>
        <source>Type your recovery code to open the journal.</source>
        <translation>Escribe tu código de recuperación para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="314"/>
        <source>It is on your recovery sheet: eight groups of four letters and digits. Capitals, spaces and dashes do not matter.</source>
        <translation>Está en tu hoja de recuperación: ocho grupos de cuatro letras y cifras. Las mayúsculas, los espacios y los guiones dan igual.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="349"/>
        <source>The key in your keyring does not open this journal</source>
        <translation>La clave de tu llavero no abre este diario</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="351"/>
        <source>The keyring gave a key, but it belongs to something else. Your journal file has not been changed.</source>
        <translation>El llavero dio una clave, pero pertenece a otra cosa. El archivo de tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="355"/>
        <source>Type your recovery code; PeerDesk then puts the right key back in the keyring.</source>
        <translation>Escribe tu código de recuperación; después PeerDesk vuelve a poner la clave correcta en el llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="416"/>
        <source>Type your lock passphrase first.</source>
        <translation>Primero escribe tu contraseña de bloqueo.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="437"/>
        <source>Type your recovery code first.</source>
        <translation>Primero escribe tu código de recuperación.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="221"/>
        <source>Backup written and checked: {name}</source>
        <translation>Copia de seguridad hecha y comprobada: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="223"/>
        <source>(a copy is also in {folder})</source>
        <translation>(también hay una copia en {folder})</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="227"/>
        <source>The copy for {folder} was not made: {why}</source>
        <translation>No se ha hecho la copia para {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="237"/>
        <source>The backup was not made: {why}</source>
        <translation>No se ha hecho la copia de seguridad: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="87"/>
        <source>{sessions}, {drafts} and {peers}</source>
        <translation>{sessions}, {drafts} y {peers}</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="91"/>
        <source>Sessions from {first} to {last}.</source>
        <translation>Sesiones del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="96"/>
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/lifecycle.py" line="271"/>
        <source>The journal could not be checked, so retention waits.</source>
        <translation>No se ha podido comprobar el diario, así que la conservación espera.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/lifecycle.py" line="322"/>
        <source>The journal now opens with your computer login</source>
        <translation>Ahora el diario se abre con tu inicio de sesión del ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="324"/>
        <source>The restored backup was made before you chose a lock passphrase, and it has none. So PeerDesk no longer asks for a passphrase: the journal now opens when you are logged in to this computer, with its key in your keyring.</source>
        <translation>La copia de seguridad restaurada se hizo antes de que eligieras una contraseña de bloqueo, y no tiene ninguna. Así que PeerDesk ya no pide contraseña: ahora el diario se abre cuando tienes la sesión iniciada en este ordenador, con su clave en tu llavero.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="330"/>
        <source>To ask for a passphrase every time again, open Settings, How PeerDesk opens, and choose &apos;Ask for my passphrase every time&apos;.</source>
        <translation>Para volver a pedir una contraseña cada vez, abre Ajustes, Cómo se abre PeerDesk, y elige «Pedir mi contraseña cada vez».</translation>
    </message>
</context>
</TS>
