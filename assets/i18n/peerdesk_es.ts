<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeerDesk</source>
        <translation>Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk icon</source>
        <translation>Icono de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk {version}</source>
        <translation>PeerDesk {version}</translation>
    </message>
    <message>
        <source>An offline, encrypted journal for peer supporters in health care.</source>
        <translation>Un diario cifrado y sin conexión para personas que dan apoyo entre iguales en el ámbito sanitario.</translation>
    </message>
    <message>
        <source>PeerDesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later ({licence}). It comes with no warranty. Built with Qt {qt} (PySide6 {pyside}), SQLCipher, keyring and cryptography.</source>
        <translation>PeerDesk es software libre: puedes usarlo, compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior ({licence}). Se ofrece sin ninguna garantía. Hecho con Qt {qt} (PySide6 {pyside}), SQLCipher, keyring y cryptography.</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <source>&amp;Copy folder path</source>
        <translation>&amp;Copiar la ruta de la carpeta</translation>
    </message>
    <message>
        <source>Copy the journal folder&apos;s path</source>
        <translation>Copiar la ruta de la carpeta del diario</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in one file encrypted with a random 256-bit key (SQLCipher). When PeerDesk opens with your computer login, the system keyring keeps that key; when it asks for your passphrase every time, no keyring does. Your recovery code (and your lock passphrase, if you set one) can also open the journal and its backups. PeerDesk never connects to the internet. This protects your notes if the laptop is lost or stolen and from other accounts on this computer. Only &quot;Ask for my passphrase every time&quot; also keeps out someone using your logged-in account while PeerDesk is locked; with your computer login, anyone using your account can open it again. It cannot protect against harmful software running as you, or against what you print or export yourself, so write only what you need.</source>
        <translation>Todo lo que escribes se queda en este ordenador, en un único archivo cifrado con una clave aleatoria de 256 bits (SQLCipher). Si PeerDesk se abre con tu inicio de sesión del ordenador, el llavero del sistema guarda esa clave; si te pide la contraseña cada vez, ningún llavero la guarda. Tu código de recuperación (y tu contraseña de bloqueo, si tienes una) también abre el diario y sus copias de seguridad. PeerDesk nunca se conecta a internet. Así tus notas quedan protegidas si pierdes el portátil o te lo roban, y frente a otras cuentas de este ordenador. Solo «Pedir mi contraseña cada vez» impide además que alguien que use tu sesión abierta lo abra mientras PeerDesk está bloqueado; con tu inicio de sesión del ordenador, cualquiera que use tu cuenta puede volver a abrirlo. No protege frente a software malicioso que se ejecute con tu usuario, ni frente a lo que imprimas o exportes tú, así que escribe solo lo necesario.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>How your journal is protected</source>
        <translation>Cómo está protegido tu diario</translation>
    </message>
    <message>
        <source>Where your journal and its backups are kept</source>
        <translation>Dónde se guardan tu diario y sus copias de seguridad</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The journal could not be checked, so retention waits.</source>
        <translation>No se ha podido comprobar el diario, así que la conservación espera.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln seguimiento vencido</numerusform>
            <numerusform>%Ln seguimientos vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unfinished draft(s) on Today</source>
        <translation>
            <numerusform>%Ln borrador sin terminar en Hoy</numerusform>
            <numerusform>%Ln borradores sin terminar en Hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal now opens with your computer login</source>
        <translation>Ahora el diario se abre con tu inicio de sesión del ordenador</translation>
    </message>
    <message>
        <source>The restored backup was made before you chose a lock passphrase, and it has none. So PeerDesk no longer asks for a passphrase: the journal now opens when you are logged in to this computer, with its key in your keyring.</source>
        <translation>La copia de seguridad restaurada se hizo antes de que eligieras una contraseña de bloqueo, y no tiene ninguna. Así que PeerDesk ya no pide contraseña: ahora el diario se abre cuando tienes la sesión iniciada en este ordenador, con su clave en tu llavero.</translation>
    </message>
    <message>
        <source>To ask for a passphrase every time again, open Settings, How PeerDesk opens, and choose &apos;Ask for my passphrase every time&apos;.</source>
        <translation>Para volver a pedir una contraseña cada vez, abre Ajustes, Cómo se abre PeerDesk, y elige «Pedir mi contraseña cada vez».</translation>
    </message>
    <message>
        <source>Giving your journal a new key…</source>
        <translation>Dando una clave nueva a tu diario…</translation>
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
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Copying to your backup folder…</source>
        <translation>Copiando a tu carpeta de copias de seguridad…</translation>
    </message>
    <message>
        <source>{n} percent</source>
        <translation>{n} por ciento</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Copia de seguridad hecha y comprobada: {name}</translation>
    </message>
    <message>
        <source>(a copy is also in {folder})</source>
        <translation>(también hay una copia en {folder})</translation>
    </message>
    <message>
        <source>The copy for {folder} was not made: {why}</source>
        <translation>No se ha hecho la copia para {folder}: {why}</translation>
    </message>
    <message>
        <source>The backup was not made: {why}</source>
        <translation>No se ha hecho la copia de seguridad: {why}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{title}: the numbers</source>
        <translation>{title}: las cifras</translation>
    </message>
    <message>
        <source>{title}, chart</source>
        <translation>{title}, gráfico</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Las mismas cifras en forma de tabla</translation>
    </message>
</context>
<context>
    <name>ClosingStep</name>
    <message>
        <source>No conversation this time, and that is still worth a record. Agree when to try again below.</source>
        <translation>Esta vez no hubo conversación, y aun así merece un registro. Decide abajo cuándo volver a intentarlo.</translation>
    </message>
    <message>
        <source>Agree a follow-up</source>
        <translation>Acordar un seguimiento</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>e.g. a short call after their next shift</source>
        <translation>p. ej., una llamada breve después de su próximo turno</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up &amp;on:</source>
        <translation>Seguimiento el &amp;día:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>Was it helpful, in your view?</source>
        <translation>¿Fue útil, en tu opinión?</translation>
    </message>
    <message>
        <source>Were their needs met?</source>
        <translation>¿Se cubrieron sus necesidades?</translation>
    </message>
    <message>
        <source>&amp;Helpful, in your view:</source>
        <translation>Út&amp;il, en tu opinión:</translation>
    </message>
    <message>
        <source>Their needs &amp;met:</source>
        <translation>Necesidades &amp;cubiertas:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>How are you doing yourself?</source>
        <translation>¿Y tú, cómo estás?</translation>
    </message>
    <message>
        <source>How are &amp;you doing:</source>
        <translation>Cómo &amp;estás tú:</translation>
    </message>
    <message>
        <source>I&apos;d like a debrief about this one</source>
        <translation>Me gustaría un debriefing sobre esta sesión</translation>
    </message>
    <message>
        <source>Debrief wanted</source>
        <translation>Debriefing solicitado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your view, and your own check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tu valoración y cómo estás tú&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodeGroups</name>
    <message>
        <source>group {n}</source>
        <translation>grupo {n}</translation>
    </message>
    <message>
        <source>Eight groups of four letters and digits, joined by dashes</source>
        <translation>Ocho grupos de cuatro letras y cifras, unidos por guiones</translation>
    </message>
    <message>
        <source>The whole code, to &amp;read:</source>
        <translation>El código entero, para &amp;leer:</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir hoja de recuperación…</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Imprimir hoja de recuperación</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the laptop, for example with your important papers at home, not in the laptop bag. Anyone who has this code and your journal file can read the journal.</source>
        <translation>Guárdalo en un lugar seguro y lejos del portátil, por ejemplo con tus papeles importantes en casa, no en la funda del portátil. Cualquiera que tenga este código y el archivo de tu diario puede leer el diario.</translation>
    </message>
    <message>
        <source>Recovery code, group {n}</source>
        <translation>Código de recuperación, grupo {n}</translation>
    </message>
    <message>
        <source>The sheet was printed to the file {file}. Print that file on paper, then delete it: anyone with it and your journal file can read the journal.</source>
        <translation>La hoja se imprimió en el archivo {file}. Imprime ese archivo en papel y luego bórralo: cualquiera que lo tenga junto con el archivo de tu diario puede leer el diario.</translation>
    </message>
    <message>
        <source>The sheet went to the printer {printer}. Fetch it from the tray now.</source>
        <translation>La hoja se envió a la impresora {printer}. Recógela de la bandeja ahora.</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>(la impresora predeterminada)</translation>
    </message>
</context>
<context>
    <name>CompleteOffer</name>
    <message>
        <source>This peer</source>
        <translation>Este colega</translation>
    </message>
    <message>
        <source>Planned follow-up</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>{peer} has a follow-up planned for {date}: complete it with this session?</source>
        <translation>{peer} tiene un seguimiento previsto para el {date}: ¿lo completas con esta sesión?</translation>
    </message>
    <message>
        <source>The plan: {plan}</source>
        <translation>El plan: {plan}</translation>
    </message>
    <message>
        <source>&amp;Yes, complete it</source>
        <translation>&amp;Sí, completarlo</translation>
    </message>
    <message>
        <source>&amp;No, a separate session</source>
        <translation>&amp;No, es una sesión aparte</translation>
    </message>
</context>
<context>
    <name>ContextStep</name>
    <message>
        <source>Peer (pseudonym)</source>
        <translation>Colega (seudónimo)</translation>
    </message>
    <message>
        <source>Choose a peer, or type a new pseudonym</source>
        <translation>Elige un colega o escribe un seudónimo nuevo</translation>
    </message>
    <message>
        <source>Choose or type a pseudonym</source>
        <translation>Elige o escribe un seudónimo</translation>
    </message>
    <message>
        <source>&amp;Peer:</source>
        <translation>&amp;Colega:</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>&amp;Kind of contact:</source>
        <translation>Tipo de c&amp;ontacto:</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Derivado por:</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Resultado del ofrecimiento</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Peer&apos;s role</source>
        <translation>Función del colega</translation>
    </message>
    <message>
        <source>Peer&apos;s ro&amp;le:</source>
        <translation>Func&amp;ión del colega:</translation>
    </message>
    <message>
        <source>No conversation this time? That still counts: an unanswered or declined outreach is worth recording. The conversation steps are skipped; plan when to try again under Closing and follow-up.</source>
        <translation>¿Esta vez no hubo conversación? También cuenta: un ofrecimiento de apoyo sin respuesta o rechazado merece registrarse. Se saltan los pasos de la conversación; planifica cuándo volver a intentarlo en Cierre y seguimiento.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <source>Go to follow-up planning</source>
        <translation>Ir a la planificación del seguimiento</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>E&amp;ventos</translation>
    </message>
    <message>
        <source>&amp;Stress drivers</source>
        <translation>Factor&amp;es de estrés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <source>Use the arrow keys and Space to tick</source>
        <translation>Usa las flechas y la barra espaciadora para marcar</translation>
    </message>
    <message>
        <source>New peer: “{name}” will be added when you finish.</source>
        <translation>Colega nuevo: «{name}» se añadirá cuando termines.</translation>
    </message>
    <message>
        <source>A pseudonym only: never a real name.</source>
        <translation>Solo un seudónimo: nunca un nombre real.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>CountrySettings</name>
    <message>
        <source>Country and resources</source>
        <translation>País y recursos</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Country whose resources to add</source>
        <translation>País cuyos recursos quieres añadir</translation>
    </message>
    <message>
        <source>Add its resources</source>
        <translation>Añadir sus recursos</translation>
    </message>
    <message>
        <source>Add this country&apos;s resources</source>
        <translation>Añadir los recursos de este país</translation>
    </message>
    <message>
        <source>Adds the crisis lines and support services listed for that country to your resource directory. Entries you already have (same name or phone number) are left as they are. None is marked verified: check each before you print it.</source>
        <translation>Añade a tu directorio de recursos las líneas de crisis y los servicios de apoyo de ese país. Las entradas que ya tienes (mismo nombre o número de teléfono) se quedan como están. Ninguna se marca como verificada: compruébalas antes de imprimirlas.</translation>
    </message>
    <message>
        <source>&amp;Your country</source>
        <translation>&amp;Tu país</translation>
    </message>
    <message>
        <source>Add a country&apos;s resources</source>
        <translation>Añadir los recursos de un país</translation>
    </message>
    <message>
        <source>Handouts say: {line}</source>
        <translation>Las hojas informativas dicen: {line}</translation>
    </message>
    <message>
        <source>The resources could not be added: {reason}</source>
        <translation>No se han podido añadir los recursos: {reason}</translation>
    </message>
    <message>
        <source>{country}: {added} added to your resource directory, {skipped} already there.</source>
        <translation>{country}: añadidos a tu directorio de recursos: {added}; ya estaban: {skipped}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk ha tenido un problema</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside PeerDesk, and it needs to close. What is already saved in your journal stays safe.</source>
        <translation>Algo inesperado ha fallado dentro de PeerDesk y tiene que cerrarse. Lo que ya está guardado en tu diario sigue a salvo.</translation>
    </message>
    <message>
        <source>The report below only says where in PeerDesk&apos;s code the problem happened: it holds no journal text, no names and no keys. To help fix it, copy it and send it to whoever looks after PeerDesk for your program.</source>
        <translation>El informe de abajo solo indica en qué parte del código de PeerDesk ocurrió el problema: no contiene texto del diario, ni nombres, ni claves. Para ayudar a arreglarlo, cópialo y envíalo a quien se ocupe de PeerDesk en tu programa.</translation>
    </message>
    <message>
        <source>A copy is kept in {path}.</source>
        <translation>Se guarda una copia en {path}.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Informe del fallo</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>Salir de PeerDesk</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>Your journal file is damaged</source>
        <translation>El archivo de tu diario está dañado</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>R&amp;escue what can still be read</source>
        <translation>Rescatar &amp;lo que aún se puede leer</translation>
    </message>
    <message>
        <source>Rescue what can still be read</source>
        <translation>Rescatar lo que aún se puede leer</translation>
    </message>
    <message>
        <source>No backup, or one that is too old? PeerDesk can copy everything it can still read into a new journal, encrypted like the old one. The damaged file is only read, never changed.</source>
        <translation>¿No tienes copia de seguridad, o es demasiado antigua? PeerDesk puede copiar todo lo que aún puede leer en un diario nuevo, cifrado igual que el anterior. El archivo dañado solo se lee, nunca se modifica.</translation>
    </message>
    <message>
        <source>Recovery code or lock passphrase</source>
        <translation>Código de recuperación o contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Recovery code or lock &amp;passphrase:</source>
        <translation>Código de recuperación o &amp;contraseña de bloqueo:</translation>
    </message>
    <message>
        <source>Rescuing</source>
        <translation>Rescatando</translation>
    </message>
    <message>
        <source>&amp;Open the rescued journal</source>
        <translation>&amp;Abrir el diario rescatado</translation>
    </message>
    <message>
        <source>Open the rescued journal</source>
        <translation>Abrir el diario rescatado</translation>
    </message>
    <message>
        <source>More choices ▸</source>
        <translation>Más opciones ▸</translation>
    </message>
    <message>
        <source>Show more choices</source>
        <translation>Mostrar más opciones</translation>
    </message>
    <message>
        <source>Start over with an empty journal</source>
        <translation>Empezar de cero con un diario vacío</translation>
    </message>
    <message>
        <source>Only if no backup works and nothing could be rescued. Your damaged journal is moved to {folder} and kept there (with shredding of notes on, until it is older than both periods). PeerDesk then sets up a new, empty journal with a new recovery code.</source>
        <translation>Solo si ninguna copia de seguridad funciona y no se pudo rescatar nada. Tu diario dañado se mueve a {folder} y se conserva allí (con la destrucción de notas activada, hasta que sea más antiguo que ambos plazos). Después PeerDesk prepara un diario nuevo y vacío con un código de recuperación nuevo.</translation>
    </message>
    <message>
        <source>I understand that my sessions will not be in the new journal</source>
        <translation>Entiendo que mis sesiones no estarán en el diario nuevo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit PeerDesk without changing anything</source>
        <translation>Salir de PeerDesk sin cambiar nada</translation>
    </message>
    <message>
        <source>1. Go back to a backup (best)</source>
        <translation>1. Volver a una copia de seguridad (lo mejor)</translation>
    </message>
    <message>
        <source>2. Rescue what can still be read</source>
        <translation>2. Rescatar lo que aún se puede leer</translation>
    </message>
    <message>
        <source>Rescuing needs the journal&apos;s key file (journal.keys), which is missing or damaged too. Restore from a backup: each one carries its own key file.</source>
        <translation>Para rescatar hace falta el archivo de claves del diario (journal.keys), que también falta o está dañado. Restaura desde una copia de seguridad: cada una lleva su propio archivo de claves.</translation>
    </message>
    <message>
        <source>The journal file is empty, cut short or missing, so there is nothing in it to rescue. Restore from a backup.</source>
        <translation>El archivo del diario está vacío, cortado o no existe, así que no hay nada que rescatar. Restaura desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>PeerDesk found no backup in its data folder. If you keep backups elsewhere (an external drive), choose the file there.</source>
        <translation>PeerDesk no ha encontrado ninguna copia de seguridad en su carpeta de datos. Si guardas copias en otro sitio (un disco externo), elige allí el archivo.</translation>
    </message>
    <message>
        <source>Your most recent backup is from {when}. Sessions written since then are not in it.</source>
        <translation>Tu copia de seguridad más reciente es del {when}. Las sesiones escritas desde entonces no están en ella.</translation>
    </message>
    <message>
        <source>Type your lock passphrase (or your recovery code) and choose Rescue.</source>
        <translation>Escribe tu contraseña de bloqueo (o tu código de recuperación) y elige Rescatar.</translation>
    </message>
    <message>
        <source>The keyring cannot give PeerDesk the journal&apos;s key. Type your recovery code (or your lock passphrase) and choose Rescue again.</source>
        <translation>El llavero no puede darle a PeerDesk la clave del diario. Escribe tu código de recuperación (o tu contraseña de bloqueo) y vuelve a elegir Rescatar.</translation>
    </message>
    <message>
        <source>Nothing could be read: the part of the file that holds the journal&apos;s layout is damaged. Restore from a backup if you can.</source>
        <translation>No se pudo leer nada: la parte del archivo que guarda la estructura del diario está dañada. Restaura desde una copia de seguridad si puedes.</translation>
    </message>
    <message>
        <source>PeerDesk saved {what}</source>
        <translation>PeerDesk ha salvado {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%Ln sesión ha vuelto solo con su fecha, colega y estado, o como borrador con sus notas.</numerusform>
            <numerusform>%Ln sesiones han vuelto solo con su fecha, colega y estado, o como borradores con sus notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>session details</source>
        <translation>detalles de las sesiones</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>colegas</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>events and stress drivers of sessions</source>
        <translation>eventos y factores de estrés de las sesiones</translation>
    </message>
    <message>
        <source>your event and stress-driver lists</source>
        <translation>tus listas de eventos y factores de estrés</translation>
    </message>
    <message>
        <source>the resource directory</source>
        <translation>el directorio de recursos</translation>
    </message>
    <message>
        <source>resources marked in sessions</source>
        <translation>recursos marcados en las sesiones</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <source>Parts of the file could not be read ({parts}); what only those parts held is lost.</source>
        <translation>No se pudieron leer partes del archivo ({parts}); lo que solo estaba en esas partes se ha perdido.</translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation>Se ha podido leer todo.</translation>
    </message>
    <message>
        <source>The rescued journal is in {folder}. Opening it puts it in place of the damaged one, which is kept in {aside}.</source>
        <translation>El diario rescatado está en {folder}. Al abrirlo, ocupa el lugar del dañado, que se conserva en {aside}.</translation>
    </message>
    <message>
        <source>To open the rescued journal PeerDesk needs your recovery code. Choose Restore from a backup…, pick the rescued file ({name}) and use your recovery code.</source>
        <translation>Para abrir el diario rescatado, PeerDesk necesita tu código de recuperación. Elige Restaurar desde una copia de seguridad…, selecciona el archivo rescatado ({name}) y usa tu código de recuperación.</translation>
    </message>
    <message>
        <source>Move the damaged journal aside and start a new, empty one? The damaged files are kept in the set-aside folder.</source>
        <translation>¿Apartar el diario dañado y empezar uno nuevo y vacío? Los archivos dañados se conservan en la carpeta de archivos apartados.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Note who you spoke with, when and how, in as few words as you can.</source>
        <translation>Anota con quién hablaste, cuándo y cómo, con las menos palabras posibles.</translation>
    </message>
    <message>
        <source>Use the peer&apos;s pseudonym. Contact details belong on the peer card, if anywhere.</source>
        <translation>Usa el seudónimo del colega. Los datos de contacto van en su ficha, si es que van en algún sitio.</translation>
    </message>
    <message>
        <source>Record the minimum: no diagnoses, no clinical details, no names of patients or staff.</source>
        <translation>Registra lo mínimo: sin diagnósticos, sin datos clínicos, sin nombres de pacientes ni de personal.</translation>
    </message>
    <message>
        <source>Tick the event and stress tags that fit, and leave out what you don&apos;t know.</source>
        <translation>Marca las etiquetas de evento y de estrés que encajen, y deja fuera lo que no sepas.</translation>
    </message>
    <message>
        <source>A declined or unanswered outreach still counts. Save it and plan when to try again.</source>
        <translation>Un ofrecimiento rechazado o sin respuesta también cuenta. Guárdalo y planifica cuándo volver a intentarlo.</translation>
    </message>
    <message>
        <source>A real name, or the name of a patient or colleague, anywhere in the note.</source>
        <translation>Un nombre real, o el nombre de un paciente o de un compañero, en cualquier parte de la nota.</translation>
    </message>
    <message>
        <source>Case details, record numbers or dates that could point to a patient.</source>
        <translation>Detalles del caso, números de historia o fechas que puedan llevar a un paciente.</translation>
    </message>
    <message>
        <source>Your own guesses about a diagnosis.</source>
        <translation>Tus propias suposiciones sobre un diagnóstico.</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Ofrecer apoyo</translation>
    </message>
    <message>
        <source>Offer support so that saying yes feels ordinary and saying no feels fine.</source>
        <translation>Ofrece apoyo de forma que decir que sí parezca lo normal y decir que no esté bien.</translation>
    </message>
    <message>
        <source>Say you contact everyone after events like this, so nobody feels singled out.</source>
        <translation>Explica que contactas con todo el mundo después de situaciones así, para que nadie se sienta señalado.</translation>
    </message>
    <message>
        <source>Ask if now is a good moment, and offer another time if it is not.</source>
        <translation>Pregunta si es buen momento y, si no lo es, ofrece otro.</translation>
    </message>
    <message>
        <source>Explain what stays between you, and the one exception: when someone&apos;s safety is at risk.</source>
        <translation>Explica lo que queda entre los dos y la única excepción: cuando la seguridad de alguien está en riesgo.</translation>
    </message>
    <message>
        <source>Let them know a no is fine and the offer stays open.</source>
        <translation>Hazle saber que un no está bien y que el ofrecimiento sigue en pie.</translation>
    </message>
    <message>
        <source>A vague &apos;call me if you need anything&apos;: offer a time, or say when you will try again.</source>
        <translation>Un vago «llámame si necesitas algo»: propón un momento o di cuándo volverás a intentarlo.</translation>
    </message>
    <message>
        <source>Hinting that you called because others are worried about how they are coping.</source>
        <translation>Dar a entender que llamas porque a otros les preocupa cómo lo está llevando.</translation>
    </message>
    <message>
        <source>Carrying on when they have said now is a bad time.</source>
        <translation>Seguir adelante cuando te ha dicho que no es buen momento.</translation>
    </message>
    <message>
        <source>Promising complete secrecy with no exceptions.</source>
        <translation>Prometer un secreto absoluto sin excepciones.</translation>
    </message>
    <message>
        <source>Framed the call as routine</source>
        <translation>Presenté la llamada como algo habitual</translation>
    </message>
    <message>
        <source>Checked it was a good time</source>
        <translation>Comprobé que era buen momento</translation>
    </message>
    <message>
        <source>Explained confidentiality and its limits</source>
        <translation>Expliqué la confidencialidad y sus límites</translation>
    </message>
    <message>
        <source>Made it easy to say no</source>
        <translation>Le puse fácil decir que no</translation>
    </message>
    <message>
        <source>Listen and reflect</source>
        <translation>Escuchar y reflejar</translation>
    </message>
    <message>
        <source>Give them room to say what happened and how it hit them, in their own words.</source>
        <translation>Dale espacio para contar lo que pasó y cómo le afectó, con sus propias palabras.</translation>
    </message>
    <message>
        <source>Ask an open question, such as how things have been since, then mostly listen.</source>
        <translation>Haz una pregunta abierta, como qué tal ha ido desde entonces, y después sobre todo escucha.</translation>
    </message>
    <message>
        <source>Name the feelings you hear, and say that reactions like these are common.</source>
        <translation>Pon nombre a los sentimientos que oyes y dile que reacciones así son frecuentes.</translation>
    </message>
    <message>
        <source>Let them know they are not the only one: many colleagues have felt this way too.</source>
        <translation>Hazle saber que no es la única persona: muchos compañeros se han sentido así también.</translation>
    </message>
    <message>
        <source>Share your own story only briefly and only if it helps them, then turn back to them.</source>
        <translation>Comparte tu propia historia solo brevemente y solo si le ayuda, y luego vuelve a centrarte en su experiencia.</translation>
    </message>
    <message>
        <source>Telling them how they should feel, or that they shouldn&apos;t feel that way.</source>
        <translation>Decirle cómo debería sentirse, o que no debería sentirse así.</translation>
    </message>
    <message>
        <source>Asking for clinical details or judging the care that was given.</source>
        <translation>Pedir detalles clínicos o juzgar la atención que se prestó.</translation>
    </message>
    <message>
        <source>Turning the talk to your own experience, or rushing to fix things.</source>
        <translation>Llevar la conversación hacia tu propia experiencia, o precipitarte a arreglar las cosas.</translation>
    </message>
    <message>
        <source>Asked open questions</source>
        <translation>Hice preguntas abiertas</translation>
    </message>
    <message>
        <source>Reflected their feelings back</source>
        <translation>Reflejé sus sentimientos</translation>
    </message>
    <message>
        <source>Said their reactions are normal</source>
        <translation>Le dije que sus reacciones son normales</translation>
    </message>
    <message>
        <source>Validated what they went through</source>
        <translation>Validé lo que vivió</translation>
    </message>
    <message>
        <source>Shared my own experience briefly, only where it helped</source>
        <translation>Compartí mi experiencia brevemente, solo donde ayudaba</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Reencuadrar</translation>
    </message>
    <message>
        <source>Help them see their feelings in a wider frame, without taking the feelings away.</source>
        <translation>Ayúdale a ver sus sentimientos en un marco más amplio, sin quitárselos.</translation>
    </message>
    <message>
        <source>Acknowledge the feeling first. A new angle only helps once they feel heard.</source>
        <translation>Reconoce primero el sentimiento. Otra perspectiva solo ayuda cuando siente que le escuchas.</translation>
    </message>
    <message>
        <source>Remind them of the good they do and the patients they have helped.</source>
        <translation>Recuérdale el bien que hace y los pacientes a los que ha ayudado.</translation>
    </message>
    <message>
        <source>Every clinician makes mistakes, and systems and teams shape outcomes too.</source>
        <translation>Todo profesional sanitario comete errores, y los sistemas y los equipos también influyen en los resultados.</translation>
    </message>
    <message>
        <source>Brushing it off, as in &apos;it was nothing&apos; or &apos;everyone slips up, move on&apos;.</source>
        <translation>Quitarle importancia, como «no fue nada» o «todos nos equivocamos, pasa página».</translation>
    </message>
    <message>
        <source>Passing judgement on their clinical decisions.</source>
        <translation>Juzgar sus decisiones clínicas.</translation>
    </message>
    <message>
        <source>Blaming a named colleague or team.</source>
        <translation>Culpar a un compañero o a un equipo concreto.</translation>
    </message>
    <message>
        <source>Acknowledged feelings without minimising them</source>
        <translation>Reconocí sus sentimientos sin minimizarlos</translation>
    </message>
    <message>
        <source>Pointed to the good they do</source>
        <translation>Señalé el bien que hace</translation>
    </message>
    <message>
        <source>Talked about human fallibility and system factors</source>
        <translation>Hablamos de la falibilidad humana y de los factores del sistema</translation>
    </message>
    <message>
        <source>Learn and teach</source>
        <translation>Aprender y enseñar</translation>
    </message>
    <message>
        <source>Help them make sense of the event and find something worth carrying forward.</source>
        <translation>Ayúdale a dar sentido a lo ocurrido y a encontrar algo que valga la pena llevarse.</translation>
    </message>
    <message>
        <source>When they seem ready, ask what they might take from this. Some are not ready yet.</source>
        <translation>Cuando parezca el momento, pregúntale qué podría sacar de esto. Hay quien aún no está en ese punto.</translation>
    </message>
    <message>
        <source>Passing a lesson on to colleagues can help others and give the event some meaning.</source>
        <translation>Transmitir una lección a los compañeros puede ayudar a otros y dar algo de sentido a lo ocurrido.</translation>
    </message>
    <message>
        <source>Keep to the lesson itself; the case details don&apos;t belong in your notes.</source>
        <translation>Quédate con la lección en sí; los detalles del caso no van en tus notas.</translation>
    </message>
    <message>
        <source>Running your own root-cause analysis or inquiry into the case.</source>
        <translation>Hacer tu propio análisis de causas o tu propia investigación del caso.</translation>
    </message>
    <message>
        <source>Pushing them to find a lesson before they are ready.</source>
        <translation>Presionarle para que encuentre una lección antes de tiempo.</translation>
    </message>
    <message>
        <source>Explored what can be learned</source>
        <translation>Exploramos qué se puede aprender</translation>
    </message>
    <message>
        <source>Invited them to share lessons with colleagues</source>
        <translation>Le invité a compartir lo aprendido con compañeros</translation>
    </message>
    <message>
        <source>Cope</source>
        <translation>Afrontar</translation>
    </message>
    <message>
        <source>Reconnect them with their own ways of coping and the people around them.</source>
        <translation>Reconéctale con sus propias formas de afrontar las cosas y con la gente que le rodea.</translation>
    </message>
    <message>
        <source>Ask what has helped them through hard times before.</source>
        <translation>Pregúntale qué le ha ayudado antes en momentos difíciles.</translation>
    </message>
    <message>
        <source>Name the strengths you heard in what they told you.</source>
        <translation>Nombra las fortalezas que has oído en lo que te ha contado.</translation>
    </message>
    <message>
        <source>Ask who they can lean on: family, friends, colleagues.</source>
        <translation>Pregúntale en quién puede apoyarse: familia, amistades, compañeros.</translation>
    </message>
    <message>
        <source>Check in on sleep, meals, movement and time off.</source>
        <translation>Interésate por el sueño, las comidas, el ejercicio y el descanso.</translation>
    </message>
    <message>
        <source>Handing them a list of things they should do.</source>
        <translation>Darle una lista de cosas que debería hacer.</translation>
    </message>
    <message>
        <source>Suggesting they just need to be more resilient.</source>
        <translation>Insinuar que solo necesita ser más resiliente.</translation>
    </message>
    <message>
        <source>Asked what helped them before</source>
        <translation>Le pregunté qué le ayudó antes</translation>
    </message>
    <message>
        <source>Named their strengths</source>
        <translation>Nombré sus fortalezas</translation>
    </message>
    <message>
        <source>Talked about family, friends and colleagues</source>
        <translation>Hablamos de familia, amistades y compañeros</translation>
    </message>
    <message>
        <source>Talked about sleep and self-care</source>
        <translation>Hablamos del sueño y del autocuidado</translation>
    </message>
    <message>
        <source>Connect to resources</source>
        <translation>Conectar con recursos</translation>
    </message>
    <message>
        <source>Offer more help when peer support is not enough; act at once if safety is at risk.</source>
        <translation>Ofrece más ayuda cuando el apoyo entre iguales no basta; actúa enseguida si la seguridad está en riesgo.</translation>
    </message>
    <message>
        <source>Mark each resource or kind of help as mentioned, handout given or referred.</source>
        <translation>Marca cada recurso o tipo de ayuda como mencionado, hoja entregada o derivado.</translation>
    </message>
    <message>
        <source>Only referred counts as a referral: you made or arranged the contact yourself.</source>
        <translation>Solo «derivado» cuenta como derivación: hiciste o concertaste tú el contacto.</translation>
    </message>
    <message>
        <source>If you think someone is in danger, follow your program&apos;s safety steps straight away.</source>
        <translation>Si crees que alguien está en peligro, sigue de inmediato los pasos de seguridad de tu programa.</translation>
    </message>
    <message>
        <source>The journal records only that an escalation happened, never what was said or to whom.</source>
        <translation>El diario registra solo que hubo una escalada, nunca lo que se dijo ni a quién.</translation>
    </message>
    <message>
        <source>Presenting a referral as a sign that they failed or that you are stepping away.</source>
        <translation>Presentar una derivación como señal de que ha fallado o de que tú te apartas.</translation>
    </message>
    <message>
        <source>Writing down what was said in a safety situation, or any diagnosis.</source>
        <translation>Anotar lo que se dijo en una situación de riesgo, o cualquier diagnóstico.</translation>
    </message>
    <message>
        <source>Holding on to a safety concern on your own.</source>
        <translation>Guardarte para ti solo un problema de seguridad.</translation>
    </message>
    <message>
        <source>Escalated a safety concern</source>
        <translation>Escalé un problema de seguridad</translation>
    </message>
    <message>
        <source>Offered resources</source>
        <translation>Ofrecí recursos</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Hice una derivación</translation>
    </message>
    <message>
        <source>Closing and follow-up</source>
        <translation>Cierre y seguimiento</translation>
    </message>
    <message>
        <source>End warmly, agree on the next step, and check in on yourself.</source>
        <translation>Cierra con calidez, acuerda el siguiente paso y mira cómo estás tú.</translation>
    </message>
    <message>
        <source>Thank them for their trust and their time, and for the work they do for patients.</source>
        <translation>Agradécele su confianza y su tiempo, y el trabajo que hace por los pacientes.</translation>
    </message>
    <message>
        <source>Agree a follow-up: when, and what you will do.</source>
        <translation>Acuerda un seguimiento: cuándo y qué vas a hacer.</translation>
    </message>
    <message>
        <source>Before saving, reread your notes: no diagnoses, clinical details or names of others.</source>
        <translation>Antes de guardar, relee tus notas: sin diagnósticos, datos clínicos ni nombres de otras personas.</translation>
    </message>
    <message>
        <source>Take a moment for yourself, and ask for a debrief if this one stays with you.</source>
        <translation>Tómate un momento para ti, y pide un debriefing si esta conversación se te queda dentro.</translation>
    </message>
    <message>
        <source>Ending with no next step and no way to reach you.</source>
        <translation>Terminar sin siguiente paso y sin forma de contactar contigo.</translation>
    </message>
    <message>
        <source>Promising more than you can give.</source>
        <translation>Prometer más de lo que puedes dar.</translation>
    </message>
    <message>
        <source>Skipping your own check-in because you feel fine right now.</source>
        <translation>Dejar de mirar cómo estás tú porque ahora mismo te sientes bien.</translation>
    </message>
    <message>
        <source>Thanked them and showed appreciation</source>
        <translation>Le di las gracias y mostré reconocimiento</translation>
    </message>
    <message>
        <source>Agreed a follow-up</source>
        <translation>Acordamos un seguimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Proactive outreach</source>
        <translation>Ofrecimiento proactivo</translation>
    </message>
    <message>
        <source>Peer asked for support</source>
        <translation>El colega pidió apoyo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Por iniciativa propia</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañero de trabajo</translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation>Responsable o mando</translation>
    </message>
    <message>
        <source>Risk or quality office</source>
        <translation>Unidad de riesgos o de calidad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Asked to talk later</source>
        <translation>Pidió hablar más tarde</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Medicina</translation>
    </message>
    <message>
        <source>Resident or student</source>
        <translation>Residente o estudiante</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Advanced practice clinician</source>
        <translation>Práctica avanzada</translation>
    </message>
    <message>
        <source>Allied health professional</source>
        <translation>Otra profesión sanitaria</translation>
    </message>
    <message>
        <source>Employee assistance program</source>
        <translation>Programa de ayuda al empleado</translation>
    </message>
    <message>
        <source>Physician health program</source>
        <translation>Programa de atención al médico enfermo (PAIME o similar)</translation>
    </message>
    <message>
        <source>Mental health professional</source>
        <translation>Profesional de salud mental</translation>
    </message>
    <message>
        <source>Chaplain or spiritual care</source>
        <translation>Capellanía o atención espiritual</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Legal or risk-management support for a review</source>
        <translation>Apoyo jurídico o de gestión de riesgos ante una revisión</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>Sin fuerzas</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Con tensión</translation>
    </message>
    <message>
        <source>Getting by</source>
        <translation>Voy tirando</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Doing well</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mencionado</translation>
    </message>
    <message>
        <source>Handout given</source>
        <translation>Hoja entregada</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivado</translation>
    </message>
    <message>
        <source>Adverse event or error</source>
        <translation>Evento adverso o error</translation>
    </message>
    <message>
        <source>Unexpected death or outcome</source>
        <translation>Muerte o desenlace inesperado</translation>
    </message>
    <message>
        <source>Trauma or mass casualty</source>
        <translation>Trauma o múltiples víctimas</translation>
    </message>
    <message>
        <source>Lawsuit or complaint</source>
        <translation>Demanda o reclamación</translation>
    </message>
    <message>
        <source>Licensing board matter</source>
        <translation>Expediente colegial</translation>
    </message>
    <message>
        <source>Patient aggression</source>
        <translation>Agresión de un paciente</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Colleague&apos;s death or illness</source>
        <translation>Compañero fallecido o enfermo</translation>
    </message>
    <message>
        <source>Burnout or moral injury</source>
        <translation>Burnout o daño moral</translation>
    </message>
    <message>
        <source>Change at work</source>
        <translation>Cambios en el trabajo</translation>
    </message>
    <message>
        <source>Personal life stressor</source>
        <translation>Estrés en la vida personal</translation>
    </message>
    <message>
        <source>Self-blame or guilt</source>
        <translation>Autoculpa o culpa</translation>
    </message>
    <message>
        <source>Feeling isolated</source>
        <translation>Sensación de aislamiento</translation>
    </message>
    <message>
        <source>Shame or fear of judgement</source>
        <translation>Vergüenza o miedo al juicio ajeno</translation>
    </message>
    <message>
        <source>Fear of the review, litigation or licensing process</source>
        <translation>Miedo a la revisión, a una demanda o a un expediente</translation>
    </message>
    <message>
        <source>Replaying the event or trouble sleeping</source>
        <translation>Revivir lo ocurrido o dormir mal</translation>
    </message>
    <message>
        <source>Anxiety or low mood</source>
        <translation>Ansiedad o ánimo bajo</translation>
    </message>
    <message>
        <source>Work overload</source>
        <translation>Sobrecarga de trabajo</translation>
    </message>
    <message>
        <source>Not feeling valued</source>
        <translation>Sentir que no se le valora</translation>
    </message>
    <message>
        <source>Loss of meaning</source>
        <translation>Pérdida de sentido</translation>
    </message>
    <message>
        <source>Childcare or family care</source>
        <translation>Cuidado de hijos o de familiares</translation>
    </message>
    <message>
        <source>Thinking of reducing hours or leaving</source>
        <translation>Pensar en reducir jornada o dejarlo</translation>
    </message>
    <message>
        <source>Fear of exposure or transmission</source>
        <translation>Miedo al contagio o a la exposición</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Tags added by the supporter</source>
        <translation>Etiquetas añadidas por la persona de apoyo</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <source>since yesterday ({date})</source>
        <translation>desde ayer ({date})</translation>
    </message>
    <message>
        <source>{n} days late ({date})</source>
        <translation>{n} días de retraso ({date})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow ({date})</source>
        <translation>mañana ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <source>Press Enter on a follow-up to start the follow-up session</source>
        <translation>Pulsa Intro en un seguimiento para empezar la sesión de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Complete: start the follow-up session</source>
        <translation>&amp;Completar: empezar la sesión de seguimiento</translation>
    </message>
    <message>
        <source>Complete this follow-up by starting the follow-up session</source>
        <translation>Completar este seguimiento empezando la sesión de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>Snooze this follow-up</source>
        <translation>Posponer este seguimiento</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Elegir una fecha…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel follow-up…</source>
        <translation>Ca&amp;ncelar el seguimiento…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, with a reason</source>
        <translation>Cancelar este seguimiento, con un motivo</translation>
    </message>
    <message>
        <source>Open the session it came &amp;from</source>
        <translation>Abrir la sesión de la que &amp;viene</translation>
    </message>
    <message>
        <source>Open the session this follow-up came from</source>
        <translation>Abrir la sesión de la que viene este seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fecha prevista:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Agreed in:</source>
        <translation>Acordado en:</translation>
    </message>
    <message>
        <source>{n} due: {overdue} overdue · {today} today · {week} later this week</source>
        <translation>Pendientes: {n} · vencidos: {overdue} · hoy: {today} · más adelante esta semana: {week}</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Nada pendiente esta semana.</translation>
    </message>
    <message>
        <source>&amp;Tomorrow ({date})</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Mañana ({date})</translation>
    </message>
    <message>
        <source>&amp;Next week ({date})</source>
        <comment>Snooze menu</comment>
        <translation>La &amp;semana que viene ({date})</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <source>Done: {peer}&apos;s follow-up, completed by the session of {date}.</source>
        <translation>Hecho: el seguimiento de {peer}, completado con la sesión del {date}.</translation>
    </message>
    <message>
        <source>Done: {peer}&apos;s follow-up.</source>
        <translation>Hecho: el seguimiento de {peer}.</translation>
    </message>
    <message>
        <source>Choose a follow-up to see its plan. Press Enter on one to start the follow-up session.</source>
        <translation>Elige un seguimiento para ver su plan. Pulsa Intro en uno para empezar la sesión de seguimiento.</translation>
    </message>
    <message>
        <source>No open follow-ups. When you agree one in a session, it shows up here.</source>
        <translation>No hay seguimientos abiertos. Cuando acuerdes uno en una sesión, aparecerá aquí.</translation>
    </message>
    <message>
        <source>&amp;Complete: go on with the follow-up session (a draft)</source>
        <translation>&amp;Completar: continuar con la sesión de seguimiento (un borrador)</translation>
    </message>
    <message>
        <source>No plan written down.</source>
        <translation>No hay plan escrito.</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Ninguno guardado</translation>
    </message>
    <message>
        <source>the session of {date}</source>
        <translation>la sesión del {date}</translation>
    </message>
    <message>
        <source>a session that is no longer kept</source>
        <translation>una sesión que ya no se conserva</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>since yesterday</source>
        <translation>desde ayer</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>dentro de {n} días</translation>
    </message>
    <message>
        <source>That follow-up is no longer open.</source>
        <translation>Ese seguimiento ya no está abierto.</translation>
    </message>
    <message>
        <source>It could not be snoozed: {reason}</source>
        <translation>No se pudo posponer: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Pospuesto hasta el {date}.</translation>
    </message>
    <message>
        <source>Keep the reason to {n} characters; nothing was changed.</source>
        <translation>El motivo debe tener como máximo {n} caracteres; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>It could not be cancelled: {reason}</source>
        <translation>No se pudo cancelar: {reason}</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>Seguimiento cancelado.</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Snooze until this date</source>
        <translation>Posponer hasta esta fecha</translation>
    </message>
    <message>
        <source>They are doing well and need no more check-ins</source>
        <translation>Está bien y no necesita más seguimientos</translation>
    </message>
    <message>
        <source>They asked not to be contacted again</source>
        <translation>Ha pedido que no se le vuelva a contactar</translation>
    </message>
    <message>
        <source>Someone else is following up</source>
        <translation>Otra persona se encarga del seguimiento</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>No he podido contactar</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Cancelar el seguimiento</translation>
    </message>
    <message>
        <source>Why is this follow-up no longer needed? (No names or details.)</source>
        <translation>¿Por qué ya no hace falta este seguimiento? (Sin nombres ni detalles.)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <source>To be sure your copy is right, type group {n} of your recovery code from what you wrote down or printed (not from the screen).</source>
        <translation>Para asegurarte de que tu copia es correcta, escribe el grupo {n} de tu código de recuperación a partir de lo que anotaste o imprimiste (no desde la pantalla).</translation>
    </message>
    <message>
        <source>&amp;Group {n}:</source>
        <translation>&amp;Grupo {n}:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery code</source>
        <translation>Grupo {n} del código de recuperación</translation>
    </message>
    <message>
        <source>Type group {n} to go on.</source>
        <translation>Escribe el grupo {n} para continuar.</translation>
    </message>
    <message>
        <source>A group is {size} letters and digits. Please check it.</source>
        <translation>Un grupo tiene {size} letras y cifras. Revísalo, por favor.</translation>
    </message>
    <message>
        <source>That is not group {n}. Compare your copy with the code: choose Show the code again and correct your copy if it differs.</source>
        <translation>Ese no es el grupo {n}. Compara tu copia con el código: elige Mostrar el código otra vez y corrige tu copia si no coincide.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>In immediate danger, call your local emergency number.</source>
        <translation>En peligro inmediato, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>In immediate danger, call {number}.</source>
        <translation>En peligro inmediato, llama al {number}.</translation>
    </message>
    <message>
        <source>In immediate danger, call {first} or {second}.</source>
        <translation>En peligro inmediato, llama al {first} o al {second}.</translation>
    </message>
    <message>
        <source>Support for you</source>
        <translation>Apoyo para ti</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone. These services listen, and they are used to hearing from health workers.</source>
        <translation>No tienes por qué cargar con esto sin ayuda. Estos servicios escuchan y están acostumbrados a atender a profesionales sanitarios.</translation>
    </message>
    <message>
        <source>Prepared on {date}.</source>
        <translation>Preparada el {date}.</translation>
    </message>
    <message>
        <source>Services change their numbers and hours from time to time; if one does not answer, try another on this page.</source>
        <translation>Los servicios cambian a veces sus números y horarios; si uno no contesta, prueba con otro de esta hoja.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir hoja informativa</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja informativa</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Make a handout</source>
        <translation>Preparar una hoja informativa</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>Revisar antes de imprimir</translation>
    </message>
    <message>
        <source>Resources on the handout</source>
        <translation>Recursos de la hoja informativa</translation>
    </message>
    <message>
        <source>Tick a category for all of its entries; Space ticks the current row</source>
        <translation>Marca una categoría para incluir todas sus entradas; la barra espaciadora marca la fila actual</translation>
    </message>
    <message>
        <source>&amp;Resources (tick a category to take all of it)</source>
        <translation>&amp;Recursos (marca una categoría para incluirla entera)</translation>
    </message>
    <message>
        <source>Ticked when this opened: {names}. Untick any you don&apos;t want on the page.</source>
        <translation>Marcados al abrir: {names}. Desmarca los que no quieras en la hoja.</translation>
    </message>
    <message>
        <source>Personal note (optional)</source>
        <translation>Nota personal (opcional)</translation>
    </message>
    <message>
        <source>e.g. Thank you for talking with me today.</source>
        <translation>p. ej., Gracias por hablar conmigo hoy.</translation>
    </message>
    <message>
        <source>Printed exactly as you type it on a page you give away: leave out names and anything about your conversation.</source>
        <translation>Se imprime tal como la escribes en una hoja que vas a entregar: no pongas nombres ni nada sobre vuestra conversación.</translation>
    </message>
    <message>
        <source>Organisation name on the handout</source>
        <translation>Nombre de la organización en la hoja informativa</translation>
    </message>
    <message>
        <source>Optional, e.g. your hospital&apos;s name</source>
        <translation>Opcional, p. ej., el nombre de tu hospital</translation>
    </message>
    <message>
        <source>Date on the handout</source>
        <translation>Fecha en la hoja informativa</translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation>Cosas que revisar</translation>
    </message>
    <message>
        <source>&amp;Keep them without contact details</source>
        <translation>&amp;Conservarlos sin datos de contacto</translation>
    </message>
    <message>
        <source>Print the entries without a phone, text line or web address as they are</source>
        <translation>Imprimir tal cual las entradas sin teléfono, línea de texto ni dirección web</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <source>Every handout says: {line}</source>
        <translation>Todas las hojas informativas dicen: {line}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Show a print preview</source>
        <translation>Mostrar una vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir la hoja informativa</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Guardar la hoja informativa como PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>Cerrar sin imprimir</translation>
    </message>
    <message>
        <source>Personal &amp;note:</source>
        <translation>&amp;Nota personal:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>no phone, text or web address yet</source>
        <translation>aún sin teléfono, línea de texto ni dirección web</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>aún sin verificar</translation>
    </message>
    <message>
        <source>verified over a year ago</source>
        <translation>verificado hace más de un año</translation>
    </message>
    <message>
        <source>A note holds at most {n} characters; the rest was cut off.</source>
        <translation>Una nota admite como máximo {n} caracteres; el resto se ha cortado.</translation>
    </message>
    <message>
        <source>“{name}” was not verified in the last 12 months: check its numbers and hours before you hand this out.</source>
        <translation>«{name}» no se ha verificado en los últimos 12 meses: comprueba sus números y horarios antes de entregar esta hoja.</translation>
    </message>
    <message>
        <source>{n} of the chosen entries were not verified in the last 12 months: check their numbers and hours before you hand this out.</source>
        <translation>Entradas elegidas sin verificar en los últimos 12 meses: {n}. Comprueba sus números y horarios antes de entregar esta hoja.</translation>
    </message>
    <message>
        <source>No phone, text line or web address yet for: {names}. Fill it in on the Resources page, untick it, or keep it without contact details.</source>
        <translation>Aún sin teléfono, línea de texto ni dirección web: {names}. Complétalo en la página Recursos, desmárcalo o consérvalo sin datos de contacto.</translation>
    </message>
    <message>
        <source>Tick at least one resource.</source>
        <translation>Marca al menos un recurso.</translation>
    </message>
    <message>
        <source>Fits on one page.</source>
        <translation>Cabe en una página.</translation>
    </message>
    <message>
        <source>Takes {n} pages: untick a few entries to fit one page.</source>
        <translation>Ocupa {n} páginas: desmarca algunas entradas para que quepa en una.</translation>
    </message>
    <message>
        <source>The note can&apos;t be printed: {reason}.</source>
        <translation>La nota no se puede imprimir: {reason}.</translation>
    </message>
    <message>
        <source>The organisation name can&apos;t be printed: {reason}.</source>
        <translation>El nombre de la organización no se puede imprimir: {reason}.</translation>
    </message>
    <message>
        <source>Tick at least one resource first.</source>
        <translation>Primero marca al menos un recurso.</translation>
    </message>
    <message>
        <source>Not printed yet: no phone, text line or web address for {names}. Fill it in, untick it, or press “Keep them without contact details”.</source>
        <translation>Aún sin imprimir: no hay teléfono, línea de texto ni dirección web para {names}. Complétalo, desmárcalo o pulsa «Conservarlos sin datos de contacto».</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>No se pudo guardar el PDF: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%Ln page(s)).</source>
        <translation>
            <numerusform>Guardado {name} (%Ln página).</numerusform>
            <numerusform>Guardado {name} (%Ln páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be printed: {reason}</source>
        <translation>No se pudo imprimir la hoja informativa: {reason}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja informativa como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuard</name>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Record or ID number</source>
        <translation>Número de historia o de identificación</translation>
    </message>
    <message>
        <source>Date (of birth?)</source>
        <translation>Fecha (¿de nacimiento?)</translation>
    </message>
    <message>
        <source>Clinical detail (a diagnosis?)</source>
        <translation>Dato clínico (¿un diagnóstico?)</translation>
    </message>
    <message>
        <source>Clinical detail (a procedure?)</source>
        <translation>Dato clínico (¿un procedimiento?)</translation>
    </message>
    <message>
        <source>Clinical detail (a medication?)</source>
        <translation>Dato clínico (¿un medicamento?)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuardDialog</name>
    <message>
        <source>Before you save</source>
        <translation>Antes de guardar</translation>
    </message>
    <message>
        <source>Some of what you wrote looks like it could identify someone. A peer-support note keeps the minimum: a pseudonym and a few words about how things went. Contact details belong on the peer card; record numbers, birth dates and other people&apos;s details don&apos;t belong here at all.</source>
        <translation>Parte de lo que has escrito parece que podría identificar a alguien. Una nota de apoyo entre iguales guarda lo mínimo: un seudónimo y unas pocas palabras sobre cómo fue. Los datos de contacto van en la ficha del colega; los números de historia, las fechas de nacimiento y los datos de otras personas no tienen cabida aquí.</translation>
    </message>
    <message>
        <source>Some words look like clinical detail: a diagnosis, a procedure or a medication, the peer&apos;s or a patient&apos;s. Clinical detail belongs in the record of care; a peer-support note can say how things went without it. If it is needed, keep it.</source>
        <translation>Algunas palabras parecen datos clínicos: un diagnóstico, un procedimiento o un medicamento, del colega o de un paciente. Los datos clínicos van en la historia clínica; una nota de apoyo entre iguales puede contar cómo fue sin ellos. Si hacen falta, consérvalos.</translation>
    </message>
    <message>
        <source>What to check before saving</source>
        <translation>Qué revisar antes de guardar</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Volver y editar</translation>
    </message>
    <message>
        <source>Go back and edit the note</source>
        <translation>Volver y editar la nota</translation>
    </message>
    <message>
        <source>Keep it and save</source>
        <translation>Conservarlo y guardar</translation>
    </message>
    <message>
        <source>Keep the text as it is and save</source>
        <translation>Conservar el texto tal como está y guardar</translation>
    </message>
    <message>
        <source>in “{where}”</source>
        <translation>en «{where}»</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Finished session records held in the month or period. An outreach that was declined, not answered or put off counts too: every attempt is a record. Drafts do not count.</source>
        <translation>Registros de sesión terminados en el mes o el periodo. Un ofrecimiento rechazado, sin respuesta o aplazado también cuenta: cada intento es un registro. Los borradores no cuentan.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Contacts in which a conversation took place: the outreach was accepted, or no outreach outcome was recorded (the peer came to the supporter).</source>
        <translation>Contactos en los que hubo conversación: el ofrecimiento fue aceptado, o no se registró resultado del ofrecimiento (el colega acudió a la persona de apoyo).</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Contactos por tipo</translation>
    </message>
    <message>
        <source>Contacts counted by their kind (proactive outreach, peer asked, follow-up, group); contacts without a kind are &apos;not recorded&apos;. The kinds add up to the contacts.</source>
        <translation>Contactos contados por su tipo (ofrecimiento proactivo, a petición del colega, seguimiento, grupo); los contactos sin tipo figuran como «sin registrar». Los tipos suman el total de contactos.</translation>
    </message>
    <message>
        <source>Contacts by mode</source>
        <translation>Contactos por modalidad</translation>
    </message>
    <message>
        <source>Contacts counted by how they were held (phone, video, in person, text message); &apos;not recorded&apos; when no mode was chosen. The modes add up to the contacts.</source>
        <translation>Contactos contados según cómo se hicieron (teléfono, videollamada, en persona, mensaje de texto); «sin registrar» cuando no se eligió modalidad. Las modalidades suman el total de contactos.</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Resultado del ofrecimiento</translation>
    </message>
    <message>
        <source>Contacts counted by the outcome of the outreach (accepted, declined, no answer, asked to talk later); &apos;not recorded&apos; when none was chosen. The outcomes add up to the contacts.</source>
        <translation>Contactos contados según el resultado del ofrecimiento (aceptado, rechazado, sin respuesta, pidió hablar más tarde); «sin registrar» cuando no se eligió ninguno. Los resultados suman el total de contactos.</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>Categorías de evento</translation>
    </message>
    <message>
        <source>Contacts tagged with each event category. A contact can carry several tags, so these add up to more than the contacts; contacts without a tag are not counted here.</source>
        <translation>Contactos etiquetados con cada categoría de evento. Un contacto puede llevar varias etiquetas, así que la suma supera el total de contactos; los contactos sin etiqueta no se cuentan aquí.</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <source>Contacts tagged with each stress driver. A contact can carry several, so these add up to more than the contacts.</source>
        <translation>Contactos etiquetados con cada factor de estrés. Un contacto puede llevar varios, así que la suma supera el total de contactos.</translation>
    </message>
    <message>
        <source>Referrals by type</source>
        <translation>Derivaciones por tipo</translation>
    </message>
    <message>
        <source>Contacts in which a referral of each type was made: a kind of help or a resource marked referred, because the supporter made or arranged the contact. A resource counts under the type of its category. Mentioned or handed out is not a referral. A contact with two types of referral counts once under each.</source>
        <translation>Contactos en los que se hizo una derivación de cada tipo: un tipo de ayuda o un recurso marcado como derivado, porque la persona de apoyo hizo o concertó el contacto. Un recurso cuenta en el tipo de su categoría. Mencionar o entregar una hoja no es una derivación. Un contacto con dos tipos de derivación cuenta una vez en cada uno.</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Conversaciones con derivación</translation>
    </message>
    <message>
        <source>Conversations in which at least one kind of help or resource was marked referred.</source>
        <translation>Conversaciones en las que al menos un tipo de ayuda o recurso se marcó como derivado.</translation>
    </message>
    <message>
        <source>Conversations with help mentioned</source>
        <translation>Conversaciones con ayuda mencionada</translation>
    </message>
    <message>
        <source>Conversations in which at least one kind of help or resource was marked mentioned: named, with no handout and no contact arranged. Not a referral.</source>
        <translation>Conversaciones en las que al menos un tipo de ayuda o recurso se marcó como mencionado: se nombró, sin hoja informativa ni contacto concertado. No es una derivación.</translation>
    </message>
    <message>
        <source>Conversations with a handout</source>
        <translation>Conversaciones con hoja informativa</translation>
    </message>
    <message>
        <source>Conversations in which at least one resource or kind of help was marked handout given. Not a referral.</source>
        <translation>Conversaciones en las que al menos un recurso o tipo de ayuda se marcó como hoja entregada. No es una derivación.</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Tasa de derivación</translation>
    </message>
    <message>
        <source>Conversations with a referral divided by conversations, as a percentage.</source>
        <translation>Conversaciones con derivación divididas entre el total de conversaciones, en porcentaje.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups agreed in a session whose due date falls in the month or period, whatever became of them (done, cancelled or still open).</source>
        <translation>Seguimientos acordados en una sesión cuya fecha prevista cae en el mes o el periodo, sea cual sea su desenlace (hechos, cancelados o aún abiertos).</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Seguimientos completados</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the month or period, those marked done.</source>
        <translation>De los seguimientos pendientes en el mes o el periodo, los marcados como hechos.</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the period, those still open after their due date.</source>
        <translation>De los seguimientos pendientes en el periodo, los que siguen abiertos después de su fecha prevista.</translation>
    </message>
    <message>
        <source>Median days to follow-up</source>
        <translation>Mediana de días hasta el seguimiento</translation>
    </message>
    <message>
        <source>For completed follow-ups due in the period: the median number of days from the session that agreed the follow-up to the session that completed it. Follow-ups marked done without a follow-up session are left out.</source>
        <translation>Para los seguimientos completados con fecha prevista en el periodo: la mediana de días desde la sesión que acordó el seguimiento hasta la sesión que lo completó. Se dejan fuera los seguimientos marcados como hechos sin sesión de seguimiento.</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Horas de apoyo</translation>
    </message>
    <message>
        <source>The sum of the recorded durations of the contacts, in hours. Contacts without a duration add nothing.</source>
        <translation>La suma de las duraciones registradas de los contactos, en horas. Los contactos sin duración no suman nada.</translation>
    </message>
    <message>
        <source>Your self-care</source>
        <translation>Tu autocuidado</translation>
    </message>
    <message>
        <source>The average of your own self-care rating (1 = struggling, 5 = doing well) over the contacts of each month where you rated it, with the number of ratings. It stays on this computer: it is never part of a report.</source>
        <translation>La media de tu propia valoración de autocuidado (1 = me cuesta, 5 = estoy bien) en los contactos de cada mes en que la diste, con el número de valoraciones. Se queda en este ordenador: nunca forma parte de un informe.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>{title}: none in this period.</source>
        <translation>{title}: nada en este periodo.</translation>
    </message>
    <message>
        <source>{title}. Most often: {top}.</source>
        <translation>{title}. Lo más frecuente: {top}.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Chosen months</source>
        <translation>Meses elegidos</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Desde el mes</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Hasta el mes</translation>
    </message>
    <message>
        <source>&amp;Report for the program…</source>
        <translation>In&amp;forme para el programa…</translation>
    </message>
    <message>
        <source>Make a de-identified report</source>
        <translation>Preparar un informe desidentificado</translation>
    </message>
    <message>
        <source>Counts only, for your program: preview it, then save it as CSV or PDF</source>
        <translation>Solo recuentos, para tu programa: revísalo y luego guárdalo como CSV o PDF</translation>
    </message>
    <message>
        <source>Program &amp;totals…</source>
        <translation>&amp;Totales del programa…</translation>
    </message>
    <message>
        <source>Combine several supporters&apos; reports</source>
        <translation>Combinar los informes de varias personas de apoyo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>de&amp;sde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Horas de apoyo</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Tasa de derivación</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Seguimientos completados</translation>
    </message>
    <message>
        <source>Median days to follow-up</source>
        <translation>Mediana de días hasta el seguimiento</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Charlas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contactos por mes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Follow-ups due and completed</source>
        <translation>Seguimientos pendientes y completados</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Choose a period of at most {n} months that ends after it starts.</source>
        <translation>Elige un periodo de como máximo {n} meses que termine después de empezar.</translation>
    </message>
    <message>
        <source>{n} of {total} conversations; not counted: help mentioned in {m}, a handout in {h}</source>
        <translation>{n} de {total} conversaciones; no se cuentan: ayuda mencionada en {m}, hoja informativa en {h}</translation>
    </message>
    <message>
        <source>{done} of {due}</source>
        <translation>{done} de {due}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>vencidos: {n}</translation>
    </message>
    <message>
        <source>no follow-up sessions yet</source>
        <translation>aún no hay sesiones de seguimiento</translation>
    </message>
    <message>
        <source>Other attempts</source>
        <translation>Otros intentos</translation>
    </message>
    <message>
        <source>Contacts per month, {total} in all; the busiest month was {month} with {n}.</source>
        <translation>Contactos por mes, {total} en total; el mes con más actividad fue {month}, con {n}.</translation>
    </message>
    <message>
        <source>Contacts per month: none in this period.</source>
        <translation>Contactos por mes: ninguno en este periodo.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Follow-ups: {done} of {due} completed, {late} overdue.</source>
        <translation>Seguimientos: {done} de {due} completados; vencidos: {late}.</translation>
    </message>
    <message>
        <source>Your self-care ratings, month by month, from 1 (struggling) to 5 (doing well).</source>
        <translation>Tus valoraciones de autocuidado, mes a mes, de 1 (me cuesta) a 5 (estoy bien).</translation>
    </message>
    <message>
        <source>Latest: {month}, {value}.</source>
        <translation>Última: {month}, {value}.</translation>
    </message>
    <message>
        <source>Rate how you are doing at the end of each session to see a trend here.</source>
        <translation>Valora cómo estás al final de cada sesión para ver aquí una tendencia.</translation>
    </message>
    <message>
        <source>Your ratings have been low lately. Supporters need support too: a debrief with a fellow supporter or your program lead can help.</source>
        <translation>Tus valoraciones han sido bajas últimamente. Quienes dan apoyo también lo necesitan: un debriefing con otra persona de apoyo o con quien coordina tu programa puede ayudar.</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a report.</source>
        <translation>Solo lo ves tú. Nunca forma parte de un informe.</translation>
    </message>
</context>
<context>
    <name>LastSessionSummary</name>
    <message>
        <source>Last time</source>
        <translation>La última vez</translation>
    </message>
    <message>
        <source>Last session with this peer</source>
        <translation>Última sesión con este colega</translation>
    </message>
    <message>
        <source>Last time with {peer}</source>
        <translation>La última vez con {peer}</translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Fecha: </translation>
    </message>
    <message>
        <source>Outreach: </source>
        <translation>Ofrecimiento: </translation>
    </message>
    <message>
        <source>Nothing was ticked.</source>
        <translation>No se marcó nada.</translation>
    </message>
    <message>
        <source>Follow-up agreed for: </source>
        <translation>Seguimiento acordado para: </translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>Plan: </translation>
    </message>
    <message>
        <source>No follow-up was agreed.</source>
        <translation>No se acordó ningún seguimiento.</translation>
    </message>
    <message>
        <source>Anything else: </source>
        <translation>Algo más: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo journal</source>
        <translation>Diario de demostración</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Demo journal: every session here is fictional, and the whole journal is deleted when PeerDesk closes.</source>
        <translation>Diario de demostración: todas las sesiones son ficticias y el diario entero se borra al cerrar PeerDesk.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Re&amp;port for the program…</source>
        <translation>Informe para el &amp;programa…</translation>
    </message>
    <message>
        <source>Program &amp;totals…</source>
        <translation>&amp;Totales del programa…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>How PeerDesk protects your journal</source>
        <translation>Cómo protege PeerDesk tu diario</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>&amp;Acerca de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <comment>Go menu</comment>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>Go menu</comment>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <comment>Go menu</comment>
        <translation>S&amp;eguimientos</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <comment>Go menu</comment>
        <translation>&amp;Colegas</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <comment>Go menu</comment>
        <translation>&amp;Recursos</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <comment>Go menu</comment>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <comment>Go menu</comment>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;How PeerDesk protects your journal</source>
        <comment>Help menu</comment>
        <translation>&amp;Cómo protege PeerDesk tu diario</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {week} later this week</source>
        <translation>Vencidos: {overdue}; para hoy: {today}; más adelante esta semana: {week}</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <source>No backup yet. Journal ▸ Back up now makes an encrypted copy.</source>
        <translation>Aún no hay copia de seguridad. Diario ▸ Copia de seguridad ahora hace una copia cifrada.</translation>
    </message>
    <message>
        <source>The last backup is from {date}, more than a week ago.</source>
        <translation>La última copia de seguridad es del {date}, hace más de una semana.</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Ya se está haciendo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Copia de seguridad hecha y comprobada: {name}</translation>
    </message>
    <message>
        <source>The journal keeps its old key</source>
        <translation>El diario conserva su clave anterior</translation>
    </message>
    <message>
        <source>{title}. Nothing was changed: the old code and passphrase still work.</source>
        <translation>{title}. No se ha cambiado nada: el código y la contraseña anteriores siguen funcionando.</translation>
    </message>
    <message>
        <source>The journal has a new key. The old recovery code opens nothing written now.</source>
        <translation>El diario tiene una clave nueva. El código de recuperación anterior no abre nada de lo que se escriba a partir de ahora.</translation>
    </message>
    <message>
        <source>What PeerDesk protects, and what it does not</source>
        <translation>Qué protege PeerDesk y qué no</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write this new code down or print it now: it is shown only this once. When you have checked your copy, PeerDesk gives the journal a new key, and the old code will open nothing you write from then on. Until then nothing has changed.</source>
        <translation>Anota este código nuevo o imprímelo ahora: solo se muestra esta vez. Cuando hayas comprobado tu copia, PeerDesk dará una clave nueva al diario, y el código anterior no abrirá nada de lo que escribas a partir de entonces. Hasta ese momento no cambia nada.</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>&amp;Mostrar el código otra vez</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: keep the old code and key</source>
        <translation>Cancelar: conservar el código y la clave anteriores</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ya lo he &amp;anotado</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;omprobar</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Only “Referred” counts as a referral: you made the contact or set it up for them. Mentioned and handout given are counted apart.</source>
        <translation>Solo «Derivado» cuenta como derivación: hiciste tú el contacto o lo organizaste. «Mencionado» y «Hoja entregada» se cuentan aparte.</translation>
    </message>
    <message>
        <source>Kind of help or resource</source>
        <translation>Tipo de ayuda o recurso</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Ayuda ofrecida</translation>
    </message>
    <message>
        <source>1 mentioned, 2 handout given, 3 referred, Space for the next mark, 0 or Delete to clear</source>
        <translation>1 mencionado, 2 hoja entregada, 3 derivado, barra espaciadora para la marca siguiente, 0 o Supr para borrar</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Tipos de ayuda</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>{name}: {mark}</source>
        <translation>{name}: {mark}</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
</context>
<context>
    <name>OldBackupsDialog</name>
    <message>
        <source>Backups made with the old key</source>
        <translation>Copias de seguridad hechas con la clave anterior</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt them with the new key</source>
        <translation>&amp;Volver a cifrarlas con la clave nueva</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Borrarlas</translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation>&amp;Conservarlas por ahora</translation>
    </message>
    <message>
        <source>No backup made with an old key is left in the backup folders.</source>
        <translation>No queda en las carpetas de copias ninguna copia de seguridad hecha con una clave anterior.</translation>
    </message>
    <message>
        <source>The journal now has a new key, but these {n} backups were made before and keep the old one: the old recovery code still opens them. Re-encrypt them with the new key (the new code then opens them, the old one no longer), or delete them. Copies you made elsewhere yourself are not listed.</source>
        <translation>El diario tiene ahora una clave nueva, pero estas copias de seguridad ({n}) se hicieron antes y conservan la anterior: el código de recuperación anterior todavía las abre. Vuelve a cifrarlas con la clave nueva (entonces las abrirá el código nuevo y ya no el anterior) o bórralas. Las copias que hayas hecho tú en otros sitios no aparecen aquí.</translation>
    </message>
    <message>
        <source>These {n} backups were made with an older key: the old recovery code still opens them. PeerDesk no longer holds that key, so it cannot re-encrypt them; delete them, or keep them and the old code (a restore asks for it).</source>
        <translation>Estas copias de seguridad ({n}) se hicieron con una clave anterior: el código de recuperación anterior todavía las abre. PeerDesk ya no tiene esa clave, así que no puede volver a cifrarlas; bórralas, o consérvalas junto con el código anterior (una restauración te lo pedirá).</translation>
    </message>
    <message>
        <source>Some of them are journals PeerDesk kept in its data folder: set aside by a restore, or rescued from a damaged file. They hold everything written up to then.</source>
        <translation>Algunas son diarios que PeerDesk guardó en su carpeta de datos: apartados por una restauración o rescatados de un archivo dañado. Contienen todo lo escrito hasta entonces.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>journal set aside by a restore</source>
        <translation>diario apartado por una restauración</translation>
    </message>
    <message>
        <source>journal rescued from a damaged file</source>
        <translation>diario rescatado de un archivo dañado</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>Delete these {n} backups and their key files? The journal itself and the backups made with the new key are kept.</source>
        <translation>¿Borrar estas copias de seguridad ({n}) y sus archivos de claves? Se conservan el diario y las copias hechas con la clave nueva.</translation>
    </message>
    <message>
        <source>Re-encrypting…</source>
        <translation>Volviendo a cifrar…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>{n} backups dealt with.</source>
        <translation>Copias de seguridad resueltas: {n}.</translation>
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
        <translation>Página {n}</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <source>The pages, as they will be printed</source>
        <translation>Las páginas, tal como se imprimirán</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Sho&amp;w closed peers</source>
        <translation>&amp;Mostrar fichas cerradas</translation>
    </message>
    <message>
        <source>Show closed peers</source>
        <translation>Mostrar las fichas cerradas</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>Pseudonym of the new peer</source>
        <translation>Seudónimo del colega nuevo</translation>
    </message>
    <message>
        <source>A name only you can link to them</source>
        <translation>Un nombre: solo tú sabrás quién es</translation>
    </message>
    <message>
        <source>Contact details of the new peer (optional)</source>
        <translation>Datos de contacto del colega nuevo (opcional)</translation>
    </message>
    <message>
        <source>Optional, for follow-ups</source>
        <translation>Opcional, para los seguimientos</translation>
    </message>
    <message>
        <source>&amp;Add peer</source>
        <translation>&amp;Añadir colega</translation>
    </message>
    <message>
        <source>Add the new peer</source>
        <translation>Añadir el colega nuevo</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Ninguno guardado</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save the pseudonym and contact details</source>
        <translation>Guardar el seudónimo y los datos de contacto</translation>
    </message>
    <message>
        <source>Sessions with this peer</source>
        <translation>Sesiones con este colega</translation>
    </message>
    <message>
        <source>&amp;New session with this peer</source>
        <translation>&amp;Nueva sesión con este colega</translation>
    </message>
    <message>
        <source>Start a new session with this peer</source>
        <translation>Empezar una sesión nueva con este colega</translation>
    </message>
    <message>
        <source>&amp;Forget now…</source>
        <translation>&amp;Olvidar ahora…</translation>
    </message>
    <message>
        <source>Forget this peer now</source>
        <translation>Olvidar a este colega ahora</translation>
    </message>
    <message>
        <source>Remove this peer and their notes for good; the counts stay</source>
        <translation>Eliminar a este colega y sus notas para siempre; los recuentos se mantienen</translation>
    </message>
    <message>
        <source>Add a peer</source>
        <translation>Añadir un colega</translation>
    </message>
    <message>
        <source>Pseu&amp;donym</source>
        <translation>S&amp;eudónimo</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tacto</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Seudónimo</translation>
    </message>
    <message>
        <source>&amp;Contact details</source>
        <translation>Datos de &amp;contacto</translation>
    </message>
    <message>
        <source>Choose a peer on the left to see their sessions, or add a new one.</source>
        <translation>Elige un colega a la izquierda para ver sus sesiones, o añade uno nuevo.</translation>
    </message>
    <message>
        <source>Closed. Their contact details were removed on {date}.</source>
        <translation>Ficha cerrada. Sus datos de contacto se eliminaron el {date}.</translation>
    </message>
    <message>
        <source>Closed on {date}. Contact details are removed once the retention period ends.</source>
        <translation>Ficha cerrada el {date}. Los datos de contacto se eliminan cuando termina el plazo de conservación.</translation>
    </message>
    <message>
        <source>Open: you are still in touch.</source>
        <translation>Abierta: seguís en contacto.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir la ficha</translation>
    </message>
    <message>
        <source>C&amp;lose peer</source>
        <translation>Cerrar la &amp;ficha</translation>
    </message>
    <message>
        <source>Reopen this peer</source>
        <translation>Reabrir la ficha de este colega</translation>
    </message>
    <message>
        <source>Close this peer</source>
        <translation>Cerrar la ficha de este colega</translation>
    </message>
    <message>
        <source>follow-up done {date}</source>
        <translation>seguimiento hecho el {date}</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>seguimiento hecho</translation>
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation>seguimiento el {date}</translation>
    </message>
    <message>
        <source>No sessions with this peer yet.</source>
        <translation>Aún no hay sesiones con este colega.</translation>
    </message>
    <message>
        <source>1 session (press Enter to open it)</source>
        <translation>1 sesión (pulsa Intro para abrirla)</translation>
    </message>
    <message>
        <source>{n} sessions, newest first (press Enter to open one)</source>
        <translation>{n} sesiones, las más recientes primero (pulsa Intro para abrir una)</translation>
    </message>
    <message>
        <source>Give the peer a pseudonym.</source>
        <translation>Dale un seudónimo al colega.</translation>
    </message>
    <message>
        <source>A pseudonym fits at most {n} characters.</source>
        <translation>Un seudónimo admite como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Another peer already has this pseudonym. Add a letter or a number to tell them apart.</source>
        <translation>Otro colega ya tiene este seudónimo. Añade una letra o un número para distinguirlos.</translation>
    </message>
    <message>
        <source>Contact details fit at most {n} characters.</source>
        <translation>Los datos de contacto admiten como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}.</source>
        <translation>No se ha podido guardar: {reason}.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>Se ha añadido a {name}.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>{name} is open again.</source>
        <translation>La ficha de {name} vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>{name} is closed.</source>
        <translation>La ficha de {name} está cerrada.</translation>
    </message>
    <message>
        <source>Tick &quot;Show closed peers&quot; to see them again.</source>
        <translation>Marca «Mostrar fichas cerradas» para volver a verla.</translation>
    </message>
    <message>
        <source>Removed for good: the pseudonym, any contact details, open follow-ups and the notes of their sessions.</source>
        <translation>Se elimina para siempre: el seudónimo, los datos de contacto, los seguimientos abiertos y las notas de sus sesiones.</translation>
    </message>
    <message>
        <source>Kept, linked to nobody: the {n} session records&apos; dates, kinds, outcomes and tags, so your de-identified counts still add up.</source>
        <translation>Se conservan, sin vincular a nadie: las fechas, tipos, resultados y etiquetas de sus registros de sesión ({n}), para que tus recuentos desidentificados sigan cuadrando.</translation>
    </message>
    <message>
        <source>There are no sessions with this peer, so nothing else changes.</source>
        <translation>No hay sesiones con este colega, así que no cambia nada más.</translation>
    </message>
    <message>
        <source>Forget {name} now?</source>
        <translation>¿Olvidar a {name} ahora?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>The peer could not be forgotten: {reason}</source>
        <translation>No se ha podido olvidar al colega: {reason}</translation>
    </message>
    <message>
        <source>The peer was forgotten.</source>
        <translation>Se ha olvidado al colega.</translation>
    </message>
    <message>
        <source>Forget peer</source>
        <translation>Olvidar al colega</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message>
        <source>Program totals</source>
        <translation>Totales del programa</translation>
    </message>
    <message>
        <source>Add the de-identified reports (CSV) your supporters sent you. PeerDesk adds them up and holds back small totals again. Nothing here is saved in your journal.</source>
        <translation>Añade los informes desidentificados (CSV) que te han enviado las personas de apoyo. PeerDesk los suma y vuelve a ocultar los totales pequeños. Nada de esto se guarda en tu diario.</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>&amp;Añadir informes…</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>Añadir archivos de informe</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen report</source>
        <translation>Quitar el informe elegido</translation>
    </message>
    <message>
        <source>Reports added</source>
        <translation>Informes añadidos</translation>
    </message>
    <message>
        <source>Hide totals below</source>
        <translation>Ocultar totales por debajo de</translation>
    </message>
    <message>
        <source>&amp;Hide totals below</source>
        <translation>&amp;Ocultar totales por debajo de</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Combined figures by month</source>
        <translation>Cifras combinadas por mes</translation>
    </message>
    <message>
        <source>Combined figures by category</source>
        <translation>Cifras combinadas por categoría</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>Por &amp;mes</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Por &amp;categoría</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the program totals as PDF</source>
        <translation>Guardar los totales del programa como PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add reports</source>
        <translation>Añadir informes</translation>
    </message>
    <message>
        <source>PeerDesk reports (*.csv);;All files (*)</source>
        <translation>Informes de PeerDesk (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the program totals</source>
        <translation>Guardar los totales del programa</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name}: added already</source>
        <translation>{name}: ya estaba añadido</translation>
    </message>
    <message>
        <source>{name} was not added: {reason}</source>
        <translation>{name} no se ha añadido: {reason}</translation>
    </message>
    <message>
        <source>{name} — {first} to {last}, counts below {t} held back</source>
        <translation>{name} — de {first} a {last}, recuentos por debajo de {t} ocultos</translation>
    </message>
    <message>
        <source>No reports added yet.</source>
        <translation>Aún no se ha añadido ningún informe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%Ln informe, de {first} a {last}.</numerusform>
            <numerusform>%Ln informes, de {first} a {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>x marks a total held back: one that could be below {t}, one a report held back, or one that adds up with those, so that none can be worked out from the others. Where an older report wrote &lt;N, the total is a range.</source>
        <translation>Una x marca un total oculto: uno que podría estar por debajo de {t}, uno que un informe ocultó o uno que suma con ellos, para que ninguno pueda deducirse de los demás. Cuando un informe más antiguo escribió &lt;N, el total es un intervalo.</translation>
    </message>
    <message>
        <source>Referral rate: {rate}.</source>
        <translation>Tasa de derivación: {rate}.</translation>
    </message>
    <message>
        <source>A report asked for {t}, so {t} is used.</source>
        <translation>Un informe pedía {t}, así que se usa {t}.</translation>
    </message>
    <message>
        <source>The reports cover different periods: months outside a report add nothing from it.</source>
        <translation>Los informes cubren periodos distintos: los meses fuera de un informe no suman nada de ese informe.</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Conversaciones con derivación</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>group {n}</source>
        <translation>grupo {n}</translation>
    </message>
    <message>
        <source>PeerDesk recovery sheet</source>
        <translation>Hoja de recuperación de PeerDesk</translation>
    </message>
    <message>
        <source>Recovery code made on {date}</source>
        <translation>Código de recuperación creado el {date}</translation>
    </message>
    <message>
        <source>When you type it, capitals, spaces and dashes do not matter, and PeerDesk tells you if a group has a typo.</source>
        <translation>Al escribirlo, las mayúsculas, los espacios y los guiones dan igual, y PeerDesk te avisa si un grupo tiene una errata.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>This code opens your PeerDesk journal when the key kept in the computer&apos;s keyring is not there: on a new computer, after reinstalling the system, or if the keyring was reset or lost. It also opens backups of your journal.</source>
        <translation>Este código abre tu diario de PeerDesk cuando la clave guardada en el llavero del ordenador no está: en un ordenador nuevo, después de reinstalar el sistema o si el llavero se restableció o se perdió. También abre las copias de seguridad de tu diario.</translation>
    </message>
    <message>
        <source>This code opens your PeerDesk journal if you forget your lock passphrase, on this computer or any other. It also opens backups of your journal.</source>
        <translation>Este código abre tu diario de PeerDesk si olvidas tu contraseña de bloqueo, en este ordenador o en cualquier otro. También abre las copias de seguridad de tu diario.</translation>
    </message>
    <message>
        <source>While you still know your passphrase, you can make a new code at any time. If both this code and your passphrase are lost, nobody can open the journal: there is no other way in.</source>
        <translation>Mientras sigas recordando tu contraseña, puedes crear un código nuevo en cualquier momento. Si se pierden a la vez este código y tu contraseña, nadie puede abrir el diario: no hay otra forma de entrar.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Dónde guardarla</translation>
    </message>
    <message>
        <source>Somewhere safe and away from the laptop, for example with your important papers at home. Not in the laptop bag, not as a photo on your phone, not in e-mail or a cloud folder.</source>
        <translation>En un lugar seguro y lejos del portátil, por ejemplo con tus papeles importantes en casa. No en la funda del portátil, ni como foto en el móvil, ni en el correo electrónico o en una carpeta en la nube.</translation>
    </message>
    <message>
        <source>Keep it private</source>
        <translation>Mantenla en privado</translation>
    </message>
    <message>
        <source>Anyone who has this code and a copy of your journal file can read your journal. If you think someone has seen it, make a new code in PeerDesk&apos;s settings: the old one stops working at once, and you print a new sheet.</source>
        <translation>Cualquiera que tenga este código y una copia del archivo de tu diario puede leer tu diario. Si crees que alguien lo ha visto, crea un código nuevo en los ajustes de PeerDesk: el anterior deja de funcionar en el acto, e imprimes una hoja nueva.</translation>
    </message>
    <message>
        <source>If it is lost</source>
        <translation>Si se pierde</translation>
    </message>
    <message>
        <source>While PeerDesk still opens on this computer, you can make a new code at any time. If both this code and the computer&apos;s key are gone, nobody can open the journal: there is no other way in.</source>
        <translation>Mientras PeerDesk siga abriéndose en este ordenador, puedes crear un código nuevo en cualquier momento. Si se pierden a la vez este código y la clave del ordenador, nadie puede abrir el diario: no hay otra forma de entrar.</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Imprimir hoja de recuperación</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the program</source>
        <translation>Informe para el programa</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Desde el mes</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Hasta el mes</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Ocultar recuentos por debajo de</translation>
    </message>
    <message>
        <source>Counts from 1 to one below this number are held back (shown as x), never written as a number.</source>
        <translation>Los recuentos desde 1 hasta uno menos que este número se ocultan (se muestran como x), nunca se escriben como número.</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Printable (PDF)</source>
        <translation>Para imprimir (PDF)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Meses</translation>
    </message>
    <message>
        <source>&amp;Hide counts below</source>
        <translation>&amp;Ocultar recuentos por debajo de</translation>
    </message>
    <message>
        <source>&amp;File type</source>
        <translation>&amp;Tipo de archivo</translation>
    </message>
    <message>
        <source>The CSV file, exactly as it will be written</source>
        <translation>El archivo CSV, exactamente como se escribirá</translation>
    </message>
    <message>
        <source>What the CSV file will hold</source>
        <translation>Lo que contendrá el archivo CSV</translation>
    </message>
    <message>
        <source>As a &amp;table</source>
        <translation>Como ta&amp;bla</translation>
    </message>
    <message>
        <source>The &amp;CSV file</source>
        <translation>El archivo &amp;CSV</translation>
    </message>
    <message>
        <source>The PDF pages, as they will be written</source>
        <translation>Las páginas del PDF, tal como se escribirán</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>What will be &amp;written</source>
        <translation>Lo que se va a &amp;escribir</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Guardar CSV…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Counts only, by month: no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Solo recuentos, por mes: sin nombres, seudónimos, notas, datos de contacto ni fechas.</translation>
    </message>
    <message>
        <source>Your self-care ratings are never included. Below is exactly what will be written.</source>
        <translation>Tus valoraciones de autocuidado nunca se incluyen. Abajo está exactamente lo que se escribirá.</translation>
    </message>
    <message>
        <source>No count is from 1 to {below}, so none is held back.</source>
        <translation>Ningún recuento está entre 1 y {below}, así que no se oculta ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count(s) are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</source>
        <translation>
            <numerusform>%Ln recuento se muestra como x: los recuentos de 1 a {below}, para que no se pueda identificar a ningún colega, y los recuentos que suman con ellos, para que ninguno pueda deducirse restando. Un informe de los mismos meses con un número más alto oculta al menos estos.</numerusform>
            <numerusform>%Ln recuentos se muestran como x: los recuentos de 1 a {below}, para que no se pueda identificar a ningún colega, y los recuentos que suman con ellos, para que ninguno pueda deducirse restando. Un informe de los mismos meses con un número más alto oculta al menos estos.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone, text or web</source>
        <translation>Teléfono, texto o web</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>por completar</translation>
    </message>
    <message>
        <source>text {line}</source>
        <translation>texto {line}</translation>
    </message>
    <message>
        <source>not yet: check it</source>
        <translation>aún no: compruébalo</translation>
    </message>
    <message>
        <source>{date}: over a year ago</source>
        <translation>{date}: hace más de un año</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resource directory</source>
        <translation>Directorio de recursos</translation>
    </message>
    <message>
        <source>Show archived resources</source>
        <translation>Mostrar los recursos archivados</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>&amp;Añadir recurso</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Añadir un recurso</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <source>Import resources from a file</source>
        <translation>Importar recursos desde un archivo</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the directory to a file</source>
        <translation>Exportar el directorio a un archivo</translation>
    </message>
    <message>
        <source>Make a handout from the directory</source>
        <translation>Preparar una hoja informativa a partir del directorio</translation>
    </message>
    <message>
        <source>Verification warning</source>
        <translation>Aviso de verificación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>Línea de texto</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Source: the public page the details come from</source>
        <translation>Fuente: la página pública de la que proceden los datos</translation>
    </message>
    <message>
        <source>e.g. Staff counselling service</source>
        <translation>p. ej., Servicio de atención psicológica al personal</translation>
    </message>
    <message>
        <source>as it should be dialled, e.g. 1-800-555-0100</source>
        <translation>tal como hay que marcarlo, p. ej., 1-800-555-0100</translation>
    </message>
    <message>
        <source>e.g. HOME to 741741</source>
        <translation>p. ej., HOME al 741741</translation>
    </message>
    <message>
        <source>e.g. example.org/help</source>
        <translation>p. ej., ejemplo.org/ayuda</translation>
    </message>
    <message>
        <source>e.g. 24 hours, every day</source>
        <translation>p. ej., 24 horas, todos los días</translation>
    </message>
    <message>
        <source>e.g. All staff and their families</source>
        <translation>p. ej., Todo el personal y sus familias</translation>
    </message>
    <message>
        <source>where to check the details, e.g. https://988lifeline.org/</source>
        <translation>dónde comprobar los datos, p. ej., https://988lifeline.org/</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What they offer, in a sentence or two (printed on handouts)</source>
        <translation>Qué ofrecen, en una o dos frases (se imprime en las hojas informativas)</translation>
    </message>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;Verificado el</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>Datos verificados</translation>
    </message>
    <message>
        <source>Date the details were verified</source>
        <translation>Fecha en que se verificaron los datos</translation>
    </message>
    <message>
        <source>Verified &amp;today</source>
        <translation>Verificado ho&amp;y</translation>
    </message>
    <message>
        <source>Mark as verified today and save</source>
        <translation>Marcar como verificado hoy y guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation>Guardar este recurso</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Deshacer cam&amp;bios</translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation>Deshacer los cambios sin guardar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>&amp;Mostrar archivados</translation>
    </message>
    <message>
        <source>&amp;Make a handout…</source>
        <translation>Crear ho&amp;ja informativa…</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Text &amp;line:</source>
        <translation>&amp;Línea de texto:</translation>
    </message>
    <message>
        <source>We&amp;b address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>Para &amp;quién:</translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation>Fu&amp;ente:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Comprobado:</translation>
    </message>
    <message>
        <source>the new resource</source>
        <translation>el recurso nuevo</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to “{name}”?</source>
        <translation>¿Descartar los cambios sin guardar de «{name}»?</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Recurso nuevo</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <source>Restore this resource</source>
        <translation>Restaurar este recurso</translation>
    </message>
    <message>
        <source>Archive this resource</source>
        <translation>Archivar este recurso</translation>
    </message>
    <message>
        <source>This is a placeholder for a local service: add its phone number, text line or web address before you print it.</source>
        <translation>Esto es un marcador de posición para un servicio local: añade su número de teléfono, línea de texto o dirección web antes de imprimirlo.</translation>
    </message>
    <message>
        <source>Not verified yet: check the number and hours, then press “Verified today”.</source>
        <translation>Aún sin verificar: comprueba el número y el horario y luego pulsa «Verificado hoy».</translation>
    </message>
    <message>
        <source>Last verified on {date}, more than 12 months ago: numbers and hours change, so check them before you print this.</source>
        <translation>Verificado por última vez el {date}, hace más de 12 meses: los números y los horarios cambian, así que compruébalos antes de imprimir.</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Ponle un nombre al recurso.</translation>
    </message>
    <message>
        <source>Another entry is already called this{archived}. Use a different name.</source>
        <translation>Ya hay otra entrada con este nombre{archived}. Usa un nombre distinto.</translation>
    </message>
    <message>
        <source>Keep this to {n} characters.</source>
        <translation>Como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>A verification date can&apos;t be in the future.</source>
        <translation>La fecha de verificación no puede ser futura.</translation>
    </message>
    <message>
        <source>This can&apos;t be saved: {reason}.</source>
        <translation>No se puede guardar: {reason}.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
    <message>
        <source>The resource could not be saved: {reason}</source>
        <translation>No se ha podido guardar el recurso: {reason}</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>No ha funcionado: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is archived. Tick “Show archived” to see or restore it.</source>
        <translation>«{name}» está archivado. Marca «Mostrar archivados» para verlo o restaurarlo.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archivado.</translation>
    </message>
    <message>
        <source>Restored to the directory.</source>
        <translation>Restaurado en el directorio.</translation>
    </message>
    <message>
        <source>“{name}” was not imported, and nothing was changed. {reason}.</source>
        <translation>«{name}» no se ha importado y no se ha cambiado nada. {reason}.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>No se ha podido leer «{name}»: {reason}</translation>
    </message>
    <message>
        <source>Import {total} resources from “{name}”?

{added} new, {updated} updated (their details are replaced by the file&apos;s), {same} already the same. Nothing is deleted.</source>
        <translation>¿Importar los recursos de «{name}» ({total})?

Nuevos: {added}; actualizados: {updated} (sus datos se sustituyen por los del archivo); ya iguales: {same}. No se borra nada.</translation>
    </message>
    <message>
        <source>The import did not happen, and nothing was changed: {reason}</source>
        <translation>La importación no se ha hecho y no se ha cambiado nada: {reason}</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {same} already up to date.</source>
        <translation>Importación hecha. Añadidos: {added}; actualizados: {updated}; ya al día: {same}.</translation>
    </message>
    <message>
        <source>The directory could not be exported: {reason}</source>
        <translation>No se ha podido exportar el directorio: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} resources to “{name}” (archived entries are left out).</source>
        <translation>Recursos exportados a «{name}»: {n} (las entradas archivadas no se incluyen).</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>Importar recursos</translation>
    </message>
    <message>
        <source>Resource directory (*.json *.csv)</source>
        <translation>Directorio de recursos (*.json *.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Exportar recursos</translation>
    </message>
</context>
<context>
    <name>ResourcesStep</name>
    <message>
        <source>Only that an escalation happened is kept, never what was said.</source>
        <translation>Solo se guarda que hubo una escalada, nunca lo que se dijo.</translation>
    </message>
    <message>
        <source>For a safety concern the journal keeps only yes or no, never the details.</source>
        <translation>Ante un problema de seguridad, el diario guarda solo sí o no, nunca los detalles.</translation>
    </message>
    <message>
        <source>He&amp;lp offered</source>
        <translation>A&amp;yuda ofrecida</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimir &amp;hoja informativa…</translation>
    </message>
    <message>
        <source>Print a handout of resources for the peer</source>
        <translation>Imprimir una hoja informativa de recursos para el colega</translation>
    </message>
    <message>
        <source>A page to give the peer: the resources marked handout given start ticked, and what you print comes back marked handout given; nothing about them or you</source>
        <translation>Una hoja para entregar al colega: los recursos marcados como hoja entregada salen ya marcados, y lo que imprimas vuelve marcado como hoja entregada; nada sobre esa persona ni sobre ti</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to a backup, or bring your journal to this computer. A backup is a file named peerdesk-backup-….db with a .keys file of the same name beside it; copy both. Nothing changes until you have checked the backup and chosen Restore.</source>
        <translation>Vuelve a una copia de seguridad o trae tu diario a este ordenador. Una copia de seguridad es un archivo llamado peerdesk-backup-….db con un archivo .keys del mismo nombre al lado; copia los dos. No cambia nada hasta que hayas comprobado la copia y elegido Restaurar.</translation>
    </message>
    <message>
        <source>Backups in your data folder</source>
        <translation>Copias de seguridad en tu carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Backups in your data folder:</source>
        <translation>&amp;Copias de seguridad en tu carpeta de datos:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de copia:</translation>
    </message>
    <message>
        <source>With this computer&apos;s &amp;keyring</source>
        <translation>Con el &amp;llavero de este ordenador</translation>
    </message>
    <message>
        <source>Open the backup with this computer&apos;s keyring</source>
        <translation>Abrir la copia de seguridad con el llavero de este ordenador</translation>
    </message>
    <message>
        <source>With my recovery &amp;code</source>
        <translation>Con mi código de recu&amp;peración</translation>
    </message>
    <message>
        <source>Open the backup with the recovery code</source>
        <translation>Abrir la copia de seguridad con el código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Check &amp;this backup</source>
        <translation>Co&amp;mprobar esta copia</translation>
    </message>
    <message>
        <source>Check this backup</source>
        <translation>Comprobar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>This backup was made before your journal got a new key. It comes back under today&apos;s key, so that old recovery codes and passphrases open nothing you write from now on. Type the lock passphrase you use today:</source>
        <translation>Esta copia de seguridad se hizo antes de que tu diario tuviera una clave nueva. Vuelve con la clave de hoy, para que los códigos de recuperación y las contraseñas antiguos no abran nada de lo que escribas a partir de ahora. Escribe la contraseña de bloqueo que usas hoy:</translation>
    </message>
    <message>
        <source>Today&apos;s lock passphrase</source>
        <translation>Contraseña de bloqueo de hoy</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without changing anything</source>
        <translation>Cancelar sin cambiar nada</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>Abrirla:</translation>
    </message>
    <message>
        <source>{when} — {size} KB</source>
        <translation>{when} — {size} KB</translation>
    </message>
    <message>
        <source>Choose a PeerDesk backup</source>
        <translation>Elegir una copia de seguridad de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad de PeerDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Primero elige un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no file there. Check the name, or choose the file again.</source>
        <translation>Ahí no hay ningún archivo. Revisa el nombre o vuelve a elegir el archivo.</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <source>This backup was made on {when}.</source>
        <translation>Esta copia de seguridad se hizo el {when}.</translation>
    </message>
    <message>
        <source>This backup passed its check.</source>
        <translation>Esta copia de seguridad ha pasado la comprobación.</translation>
    </message>
    <message>
        <source>It holds {summary}</source>
        <translation>Contiene {summary}</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of your current journal. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>Al restaurar, esta copia ocupa el lugar de tu diario actual. El diario actual no se borra: se conserva en {folder}.</translation>
    </message>
    <message>
        <source>This is not the lock passphrase your journal opens with today.</source>
        <translation>Esta no es la contraseña de bloqueo con la que se abre hoy tu diario.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot open this backup (it does not have its key). Type the recovery code from your recovery sheet.</source>
        <translation>El llavero de este ordenador no puede abrir esta copia (no tiene su clave). Escribe el código de recuperación de tu hoja de recuperación.</translation>
    </message>
    <message>
        <source>The key file that belongs beside this backup is missing or damaged. Copy the .keys file of the same name next to the backup file, then check again.</source>
        <translation>Falta el archivo de claves que va junto a esta copia o está dañado. Copia el archivo .keys del mismo nombre al lado del archivo de la copia y vuelve a comprobarla.</translation>
    </message>
    <message>
        <source>Type the lock passphrase you use today.</source>
        <translation>Escribe la contraseña de bloqueo que usas hoy.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Keeping and shredding</source>
        <translation>Conservar y destruir</translation>
    </message>
    <message>
        <source>Write as little as you need, and keep it no longer than you need. Shredding removes text for good; dates, kinds, tags, checklists, referrals and durations stay, so your counts and reports do not change.</source>
        <translation>Escribe lo mínimo necesario y no lo guardes más tiempo del necesario. Destruir elimina el texto para siempre; las fechas, tipos, etiquetas, listas de comprobación, derivaciones y duraciones se mantienen, así que tus recuentos e informes no cambian.</translation>
    </message>
    <message>
        <source>Shred notes and follow-up plans after a while</source>
        <translation>Destruir notas y planes de seguimiento pasado un tiempo</translation>
    </message>
    <message>
        <source> days after the session</source>
        <translation> días después de la sesión</translation>
    </message>
    <message>
        <source>Days after the session</source>
        <translation>Días después de la sesión</translation>
    </message>
    <message>
        <source>Shred notes and follow-&amp;up plans</source>
        <translation>Destruir notas &amp;y planes de seguimiento</translation>
    </message>
    <message>
        <source>Shred a closed p&amp;eer&apos;s contact details</source>
        <translation>Destruir los datos de contacto de un colega con &amp;ficha cerrada</translation>
    </message>
    <message>
        <source>Shred the contact details of closed peers after a while</source>
        <translation>Destruir los datos de contacto de los colegas con ficha cerrada pasado un tiempo</translation>
    </message>
    <message>
        <source> days after closing</source>
        <translation> días después del cierre</translation>
    </message>
    <message>
        <source>Days after the peer was closed</source>
        <translation>Días después de cerrar la ficha del colega</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Aplicar…</translation>
    </message>
    <message>
        <source>Apply the retention settings</source>
        <translation>Aplicar los ajustes de conservación</translation>
    </message>
    <message>
        <source>Shredding also reaches the backups and the set-aside and rescued journals in PeerDesk&apos;s data folder; a set-aside journal that today&apos;s key cannot open is deleted once it is older than both periods (never while notes are kept for good). It cannot reach backups in another folder (your second backup folder, or one you chose) or copies you made yourself: they keep the text until you delete them.</source>
        <translation>La destrucción también alcanza a las copias de seguridad y a los diarios apartados y rescatados en la carpeta de datos de PeerDesk; un diario apartado que la clave actual no puede abrir se borra en cuanto es más antiguo que ambos plazos (nunca mientras las notas se conserven indefinidamente). No alcanza a las copias de otra carpeta (tu segunda carpeta de copias, o una que hayas elegido) ni a las copias que hayas hecho tú: conservan el texto hasta que las borres.</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Aún no aplicado.</translation>
    </message>
    <message>
        <source>Off: text stays until you shred a session or forget a peer. Suggested: notes after {notes} days, contact details {contacts} days after closing.</source>
        <translation>Desactivado: el texto se queda hasta que destruyas una sesión u olvides a un colega. Sugerencia: notas a los {notes} días, datos de contacto a los {contacts} días del cierre.</translation>
    </message>
    <message>
        <source>notes go {n} days after a session</source>
        <translation>las notas se van {n} días después de una sesión</translation>
    </message>
    <message>
        <source>contact details go {n} days after a peer is closed</source>
        <translation>los datos de contacto se van {n} días después de cerrar la ficha de un colega</translation>
    </message>
    <message>
        <source>On: {what}. Checked at unlock and every day.</source>
        <translation>Activado: {what}. Se comprueba al desbloquear y cada día.</translation>
    </message>
    <message>
        <source>Shred now, for good:</source>
        <translation>Destruir ahora, para siempre:</translation>
    </message>
    <message numerus="yes">
        <source>• the notes and follow-up plans of %Ln session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• las notas y planes de seguimiento de %Ln sesión celebrada el {day} o antes ({notes}, {plans})</numerusform>
            <numerusform>• las notas y planes de seguimiento de %Ln sesiones celebradas el {day} o antes ({notes}, {plans})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s) or reason(s)</source>
        <translation>
            <numerusform>%Ln plan o motivo</numerusform>
            <numerusform>%Ln planes o motivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the contact details of %Ln peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• los datos de contacto de %Ln colega con ficha cerrada hace {days} días o más</numerusform>
            <numerusform>• los datos de contacto de %Ln colegas con ficha cerrada hace {days} días o más</numerusform>
        </translation>
    </message>
    <message>
        <source>What stays: every session with its date, kind, mode, outcome, tags, checklist, referrals and duration; peers&apos; pseudonyms; follow-up dates. Your counts and reports stay the same.</source>
        <translation>Lo que se mantiene: cada sesión con su fecha, tipo, modalidad, resultado, etiquetas, lista de comprobación, derivaciones y duración; los seudónimos de los colegas; las fechas de seguimiento. Tus recuentos e informes no cambian.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Shredded {notes}, {plans} and {contacts}. {policy}</source>
        <translation>Destruido: {notes}, {plans} y {contacts}. {policy}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact detail(s)</source>
        <translation>
            <numerusform>%Ln dato de contacto</numerusform>
            <numerusform>%Ln datos de contacto</numerusform>
        </translation>
    </message>
    <message>
        <source>Shred for good?</source>
        <translation>¿Destruir para siempre?</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Destruir</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>What matched</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>{date} (draft)</source>
        <translation>{date} (borrador)</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
</context>
<context>
    <name>SecondFollowUpQuestion</name>
    <message>
        <source>A second follow-up</source>
        <translation>Un segundo seguimiento</translation>
    </message>
    <message>
        <source>{peer} already has a follow-up planned for {date}. Plan a second one?</source>
        <translation>{peer} ya tiene un seguimiento previsto para el {date}. ¿Planificar otro?</translation>
    </message>
    <message>
        <source>Usually one is enough: go back and untick the follow-up, or complete the planned one from the Follow-ups page.</source>
        <translation>Normalmente basta con uno: vuelve atrás y desmarca el seguimiento, o completa el previsto desde la página Seguimientos.</translation>
    </message>
    <message>
        <source>&amp;Plan a second one</source>
        <translation>&amp;Planificar otro</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver atrás</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Open the session that &amp;completed it</source>
        <translation>Abrir la sesión que lo &amp;completó</translation>
    </message>
    <message>
        <source>Open the session that completed this follow-up</source>
        <translation>Abrir la sesión que completó este seguimiento</translation>
    </message>
    <message>
        <source>Open the session that &amp;planned it</source>
        <translation>Abrir la sesión que lo &amp;planificó</translation>
    </message>
    <message>
        <source>Open the session that planned the follow-up this session completed</source>
        <translation>Abrir la sesión que planificó el seguimiento que completó esta sesión</translation>
    </message>
    <message>
        <source>Choose a session in the list to read it here.</source>
        <translation>Elige una sesión de la lista para leerla aquí.</translation>
    </message>
    <message>
        <source>This session is no longer in the journal.</source>
        <translation>Esta sesión ya no está en el diario.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Session of {date}</source>
        <translation>Sesión del {date}</translation>
    </message>
    <message>
        <source>Draft of {date}</source>
        <translation>Borrador del {date}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <source>{name} (new: added when the session is finished)</source>
        <translation>{name} (nuevo: se añade al terminar la sesión)</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivado por</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Ofrecimiento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Último cambio: {date}</translation>
    </message>
    <message>
        <source>Safety concern escalated</source>
        <translation>Problema de seguridad escalado</translation>
    </message>
    <message>
        <source>Helpful for them</source>
        <translation>Útil para esa persona</translation>
    </message>
    <message>
        <source>Their needs met</source>
        <translation>Necesidades cubiertas</translation>
    </message>
    <message>
        <source>How I am doing</source>
        <translation>Cómo estoy yo</translation>
    </message>
    <message>
        <source>Debrief wanted</source>
        <translation>Debriefing solicitado</translation>
    </message>
    <message>
        <source>(removed from the directory)</source>
        <translation>(eliminado del directorio)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>No follow-up planned.</source>
        <translation>No hay seguimiento previsto.</translation>
    </message>
    <message>
        <source>Done on {date}, in a follow-up session</source>
        <translation>Hecho el {date}, en una sesión de seguimiento</translation>
    </message>
    <message>
        <source>Done (the session that completed it is no longer kept)</source>
        <translation>Hecho (la sesión que lo completó ya no se conserva)</translation>
    </message>
    <message>
        <source>It was planned for</source>
        <translation>Estaba previsto para</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>This session completed the follow-up agreed on {date}.</source>
        <translation>Esta sesión completó el seguimiento acordado el {date}.</translation>
    </message>
    <message>
        <source>Finishing it completes the follow-up agreed on {date}.</source>
        <translation>Al terminarla se completa el seguimiento acordado el {date}.</translation>
    </message>
    <message>
        <source>This session followed up the session of {date}.</source>
        <translation>Esta sesión fue el seguimiento de la sesión del {date}.</translation>
    </message>
    <message>
        <source>This session was itself a planned follow-up.</source>
        <translation>Esta sesión fue a su vez un seguimiento previsto.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>&amp;Anything else (optional, for the whole session)</source>
        <translation>&amp;Algo más (opcional, para toda la sesión)</translation>
    </message>
    <message>
        <source>Only what the ticks can&apos;t say, in a few words. No names, diagnoses or clinical details.</source>
        <translation>Solo lo que las marcas no dicen, en pocas palabras. Sin nombres, diagnósticos ni datos clínicos.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Sesión de seguimiento</translation>
    </message>
    <message>
        <source>Session draft</source>
        <translation>Borrador de sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Pasos de la sesión</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Lea&amp;ve…</source>
        <translation>&amp;Salir…</translation>
    </message>
    <message>
        <source>Leave the session form</source>
        <translation>Salir del formulario de la sesión</translation>
    </message>
    <message>
        <source>Save draft and lea&amp;ve</source>
        <translation>Guardar borrador y &amp;salir</translation>
    </message>
    <message>
        <source>Save the draft and leave the form</source>
        <translation>Guardar el borrador y salir del formulario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>&amp;Finalizar y guardar</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Finalizar y guardar</translation>
    </message>
    <message>
        <source>{next} / {previous}: next or previous step · {finish}: finish · {leave}: leave</source>
        <translation>{next} / {previous}: paso siguiente o anterior · {finish}: terminar · {leave}: salir</translation>
    </message>
    <message>
        <source>{action} ({keys} or {other_keys})</source>
        <translation>{action} ({keys} o {other_keys})</translation>
    </message>
    <message>
        <source>Skipped: the outreach was declined or unanswered, so there was no conversation to record here.</source>
        <translation>Saltado: el ofrecimiento fue rechazado o no tuvo respuesta, así que aquí no hubo conversación que registrar.</translation>
    </message>
    <message>
        <source>Your ticks are the record: add a note only for what they can&apos;t say.</source>
        <translation>Tus marcas son el registro: añade una nota solo para lo que ellas no pueden decir.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>Phrases and habits to avoid</source>
        <translation>Frases y hábitos que conviene evitar</translation>
    </message>
    <message>
        <source>Guidance for {step}</source>
        <translation>Orientación para {step}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the journal file could not be written</source>
        <translation>no se ha podido escribir el archivo del diario</translation>
    </message>
    <message>
        <source>the journal is busy in another program</source>
        <translation>otro programa está usando el diario</translation>
    </message>
    <message>
        <source>the journal file failed a check</source>
        <translation>el archivo del diario no ha superado una comprobación</translation>
    </message>
    <message>
        <source>this session no longer exists</source>
        <translation>esta sesión ya no existe</translation>
    </message>
    <message>
        <source>Peer: choose who this session was with, or type a new pseudonym.</source>
        <translation>Colega: elige con quién fue esta sesión o escribe un seudónimo nuevo.</translation>
    </message>
    <message>
        <source>Peer: this pseudonym can&apos;t be used.</source>
        <translation>Colega: no se puede usar este seudónimo.</translation>
    </message>
    <message>
        <source>Kind of contact: choose what kind of contact this was.</source>
        <translation>Tipo de contacto: elige qué tipo de contacto fue.</translation>
    </message>
    <message>
        <source>Date: choose the date of the session.</source>
        <translation>Fecha: elige la fecha de la sesión.</translation>
    </message>
    <message>
        <source>Duration: between 0 and 1440 minutes.</source>
        <translation>Duración: entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Mode: choose one of the choices.</source>
        <translation>Modalidad: elige una de las opciones.</translation>
    </message>
    <message>
        <source>Referred by: choose again.</source>
        <translation>Derivado por: vuelve a elegir.</translation>
    </message>
    <message>
        <source>Outcome: choose again.</source>
        <translation>Resultado: vuelve a elegir.</translation>
    </message>
    <message>
        <source>Peer&apos;s role: choose again.</source>
        <translation>Función del colega: vuelve a elegir.</translation>
    </message>
    <message>
        <source>Events: one of them is unknown.</source>
        <translation>Eventos: uno de ellos es desconocido.</translation>
    </message>
    <message>
        <source>Stress drivers: one of them is unknown.</source>
        <translation>Factores de estrés: uno de ellos es desconocido.</translation>
    </message>
    <message>
        <source>Referrals: one of them is unknown.</source>
        <translation>Derivaciones: una de ellas es desconocida.</translation>
    </message>
    <message>
        <source>Resources offered: one of them is no longer in the directory.</source>
        <translation>Recursos ofrecidos: uno de ellos ya no está en el directorio.</translation>
    </message>
    <message>
        <source>The follow-up this session completes no longer exists.</source>
        <translation>El seguimiento que completa esta sesión ya no existe.</translation>
    </message>
    <message>
        <source>Follow-up plan: keep it to {max} characters.</source>
        <translation>Plan de seguimiento: como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>Helpful: choose again.</source>
        <translation>Útil: vuelve a elegir.</translation>
    </message>
    <message>
        <source>Needs met: choose again.</source>
        <translation>Necesidades cubiertas: vuelve a elegir.</translation>
    </message>
    <message>
        <source>Your check-in: choose 1 to 5.</source>
        <translation>Cómo estás tú: elige del 1 al 5.</translation>
    </message>
    <message>
        <source>Note under “{step}”: it is too long or holds characters that can&apos;t be stored.</source>
        <translation>Nota en «{step}»: es demasiado larga o tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>Anything else: the note is too long or holds characters that can&apos;t be stored.</source>
        <translation>Algo más: la nota es demasiado larga o tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>Revisa el formulario: {problem}</translation>
    </message>
    <message>
        <source>Changes not saved yet: this would plan a second open follow-up for the peer. Finish and save to decide.</source>
        <translation>Cambios aún sin guardar: esto planificaría un segundo seguimiento abierto para el colega. Finaliza y guarda para decidir.</translation>
    </message>
    <message>
        <source>Changes not saved yet. {problem}</source>
        <translation>Cambios aún sin guardar. {problem}</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the draft: {problem}. Your text is still here, and PeerDesk will try again in a moment.</source>
        <translation>No se ha podido guardar el borrador: {problem}. Tu texto sigue aquí y PeerDesk lo volverá a intentar en un momento.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>Changes saved at {time}</source>
        <translation>Cambios guardados a las {time}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Borrador guardado a las {time}</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de seguimiento</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the session: {problem}. Nothing was changed, and your text is still here; try again in a moment.</source>
        <translation>No se ha podido guardar la sesión: {problem}. No se ha cambiado nada y tu texto sigue aquí; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Couldn&apos;t discard the changes: {problem}.</source>
        <translation>No se han podido descartar los cambios: {problem}.</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <source>Save your changes to this session?</source>
        <translation>¿Guardar los cambios de esta sesión?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep this session as a draft to finish later?</source>
        <translation>¿Guardar esta sesión como borrador para terminarla más tarde?</translation>
    </message>
    <message>
        <source>Discarding shreds the draft and everything in it.</source>
        <translation>Al descartarlo se destruye el borrador con todo su contenido.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Ofrecimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Hecho el {date}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Planned for {date}</source>
        <translation>Previsto para el {date}</translation>
    </message>
    <message>
        <source>{planned}; cancelled</source>
        <translation>{planned}; cancelado</translation>
    </message>
    <message>
        <source>{planned}; done</source>
        <translation>{planned}; hecho</translation>
    </message>
    <message>
        <source>{planned}; done in the follow-up session of {date}</source>
        <translation>{planned}; hecho el {date} en la sesión de seguimiento</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Search pseudonyms and notes (Ctrl+F)</source>
        <translation>Buscar en seudónimos y notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search pseudonyms and notes</source>
        <translation>Buscar en seudónimos y notas</translation>
    </message>
    <message>
        <source>Words find the peers whose pseudonym holds them all (their sessions come first), then the notes that hold them all. Use &quot;quotes&quot; for a phrase and a minus sign to leave a word out.</source>
        <translation>Las palabras encuentran a los colegas cuyo seudónimo las contiene todas (sus sesiones salen primero) y luego las notas que las contienen todas. Usa &quot;comillas&quot; para una frase y un signo menos para excluir una palabra.</translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation>Orden de los resultados de búsqueda</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Más relevantes</translation>
    </message>
    <message>
        <source>Newest first: the sessions whose notes were written most recently, newest date first. Best match: the sessions whose notes match the words best.</source>
        <translation>Más recientes: las sesiones cuyas notas se escribieron más recientemente, empezando por la fecha más reciente. Más relevantes: las sesiones cuyas notas coinciden mejor con las palabras.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>Only sessions from a date</source>
        <translation>Solo sesiones a partir de una fecha</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only sessions up to a date</source>
        <translation>Solo sesiones hasta una fecha</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>Peer filter</source>
        <translation>Filtro de colega</translation>
    </message>
    <message>
        <source>Kind of contact filter</source>
        <translation>Filtro de tipo de contacto</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtro de evento</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Filtro de seguimiento</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ninguno previsto</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Sin &amp;filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation>Sesiones que coinciden</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation>Editar la sesión elegida</translation>
    </message>
    <message>
        <source>Shre&amp;d…</source>
        <translation>Dest&amp;ruir…</translation>
    </message>
    <message>
        <source>Shred the chosen session</source>
        <translation>Destruir la sesión elegida</translation>
    </message>
    <message>
        <source>Delete this session and its notes for good</source>
        <translation>Borrar esta sesión y sus notas para siempre</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Orden</translation>
    </message>
    <message>
        <source>&amp;Peer</source>
        <translation>&amp;Colega</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Todos los colegas</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (ficha cerrada)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retirado)</translation>
    </message>
    <message>
        <source>Shred the session of {date} with {peer}?</source>
        <translation>¿Destruir la sesión del {date} con {peer}?</translation>
    </message>
    <message>
        <source>Shred the session of {date}?</source>
        <translation>¿Destruir la sesión del {date}?</translation>
    </message>
    <message>
        <source>Its notes, ticks and follow-up plan are deleted for good. This cannot be undone.</source>
        <translation>Sus notas, marcas y plan de seguimiento se borran para siempre. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>The session could not be shredded: {reason}</source>
        <translation>No se ha podido destruir la sesión: {reason}</translation>
    </message>
    <message>
        <source>The session was shredded.</source>
        <translation>La sesión se ha destruido.</translation>
    </message>
    <message>
        <source>Shred session</source>
        <translation>Destruir la sesión</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>No se ha podido leer la lista: {reason}</translation>
    </message>
    <message>
        <source>Type a word to search pseudonyms and notes.</source>
        <translation>Escribe una palabra para buscar en seudónimos y notas.</translation>
    </message>
    <message>
        <source>{n} of the {m} best-matching sessions pass the filters; add words to narrow the search</source>
        <translation>Pasan los filtros {n} de las {m} sesiones que mejor coinciden; añade palabras para acotar la búsqueda</translation>
    </message>
    <message>
        <source>{n} of the {m} most recent matching sessions pass the filters; add words to narrow the search</source>
        <translation>Pasan los filtros {n} de las {m} sesiones coincidentes más recientes; añade palabras para acotar la búsqueda</translation>
    </message>
    <message>
        <source>No pseudonym or note matches. To find sessions by date, kind or event, use the filters below.</source>
        <translation>Ningún seudónimo ni nota coincide. Para buscar sesiones por fecha, tipo o evento, usa los filtros de abajo.</translation>
    </message>
    <message>
        <source>No pseudonym or note matches in the sessions the filters show. Clear filters to search them all.</source>
        <translation>Ningún seudónimo ni nota coincide en las sesiones que muestran los filtros. Quita los filtros para buscar en todas.</translation>
    </message>
    <message>
        <source>1 matching session</source>
        <translation>1 sesión coincide</translation>
    </message>
    <message>
        <source>The {n} best matching sessions</source>
        <translation>Las {n} sesiones que mejor coinciden</translation>
    </message>
    <message>
        <source>Showing the {n} most recent matches; add words to narrow it</source>
        <translation>Se muestran las {n} coincidencias más recientes; añade palabras para acotar</translation>
    </message>
    <message>
        <source>{n} matching sessions</source>
        <translation>{n} sesiones coinciden</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>(filtrado)</translation>
    </message>
    <message>
        <source>No sessions yet: finished sessions appear here.</source>
        <translation>Aún no hay sesiones: las sesiones terminadas aparecen aquí.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Minutos sin actividad antes de bloquear</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>New lock passphrase</source>
        <translation>Nueva contraseña de bloqueo</translation>
    </message>
    <message>
        <source>New lock passphrase again</source>
        <translation>Repite la nueva contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>The recovery code opens your journal on a new computer, when the keyring has lost its key, or when you forget your passphrase. A new code (like a new passphrase) gives the journal a new key: the old code then opens nothing you write afterwards. Backups made before keep the old key, so the old code still opens them until you re-encrypt or delete them.</source>
        <translation>El código de recuperación abre tu diario en un ordenador nuevo, cuando el llavero ha perdido su clave o cuando olvidas tu contraseña. Un código nuevo (como una contraseña nueva) da al diario una clave nueva: a partir de entonces el código anterior no abre nada de lo que escribas. Las copias de seguridad hechas antes conservan la clave anterior, así que el código anterior las sigue abriendo hasta que las vuelvas a cifrar o las borres.</translation>
    </message>
    <message>
        <source>Backups and storage</source>
        <translation>Copias de seguridad y almacenamiento</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Carpeta del diario</translation>
    </message>
    <message>
        <source>Key kept by</source>
        <translation>Clave guardada en</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language PeerDesk speaks</source>
        <translation>Idioma de PeerDesk</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Como en este ordenador</translation>
    </message>
    <message>
        <source>A new language shows the next time the journal opens: after you lock it, or when you start PeerDesk again. Dates and paper size follow the language and your computer&apos;s country.</source>
        <translation>El idioma nuevo se verá la próxima vez que se abra el diario: después de bloquearlo o cuando vuelvas a iniciar PeerDesk. Las fechas y el tamaño del papel siguen el idioma y el país de tu ordenador.</translation>
    </message>
    <message>
        <source>How PeerDesk opens</source>
        <translation>Cómo se abre PeerDesk</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Lock passphrase again</source>
        <translation>Repite la contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Switch how PeerDesk opens</source>
        <translation>Cambiar cómo se abre PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo. La clave no se guarda en ningún llavero. Solo así queda fuera alguien que use tu ordenador mientras tienes la sesión iniciada. Si olvidas la contraseña, tu código de recuperación sigue abriendo el diario.</translation>
    </message>
    <message>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk se abre sin escribir nada: la clave se guarda en el llavero del sistema. Al bloquear se cierra y se oculta el diario, pero cualquiera que use tu cuenta del ordenador con la sesión iniciada puede volver a abrirlo.</translation>
    </message>
    <message>
        <source>Your lock passphrase</source>
        <translation>Tu contraseña de bloqueo</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Open with your computer login? Anyone using this computer account will then be able to open the journal without a passphrase.</source>
        <translation>¿Abrir con tu inicio de sesión del ordenador? Entonces cualquiera que use esta cuenta del ordenador podrá abrir el diario sin contraseña.</translation>
    </message>
    <message>
        <source>Done: PeerDesk now asks for your passphrase every time.</source>
        <translation>Hecho: ahora PeerDesk te pide la contraseña cada vez.</translation>
    </message>
    <message>
        <source>Done: PeerDesk now opens with your computer login.</source>
        <translation>Hecho: ahora PeerDesk se abre con tu inicio de sesión del ordenador.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation>solo cuando lo pida</translation>
    </message>
    <message>
        <source>Back up automatically every this many hours</source>
        <translation>Horas entre copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que se guardan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Choose a second folder for backups</source>
        <translation>Elegir una segunda carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Stop copying there</source>
        <translation>Dejar de copiar allí</translation>
    </message>
    <message>
        <source>Stop copying backups to the second folder</source>
        <translation>Dejar de copiar las copias de seguridad en la segunda carpeta</translation>
    </message>
    <message>
        <source>Second folder (e.g. a USB drive)</source>
        <translation>Segunda carpeta (p. ej., una memoria USB)</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Segunda carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>A lock passphrase is set; PeerDesk asks for it every time.</source>
        <translation>Hay una contraseña de bloqueo; PeerDesk la pide cada vez.</translation>
    </message>
    <message>
        <source>A lock passphrase is set. It opens the journal when the keyring cannot, but while PeerDesk opens with your computer login it keeps nobody out.</source>
        <translation>Hay una contraseña de bloqueo. Abre el diario cuando el llavero no puede, pero mientras PeerDesk se abra con tu inicio de sesión del ordenador no deja fuera a nadie.</translation>
    </message>
    <message>
        <source>No lock passphrase is set.</source>
        <translation>No hay contraseña de bloqueo.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Bloquear tras inactividad de</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Pone&amp;r contraseña</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>Quitar &amp;la contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Co&amp;ntraseña</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery code…</source>
        <translation>Crear un código de recuperación nue&amp;vo…</translation>
    </message>
    <message>
        <source>Backups made with an ol&amp;d key…</source>
        <translation>Co&amp;pias de seguridad hechas con una clave anterior…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Open with my computer login</source>
        <translation>Abrir con mi inicio de &amp;sesión del ordenador</translation>
    </message>
    <message>
        <source>Ask for my passphrase every &amp;time</source>
        <translation>Pedir mi contraseña cada ve&amp;z</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <source>Choose a second &amp;folder…</source>
        <translation>&amp;Elegir una segunda carpeta…</translation>
    </message>
    <message>
        <source>Back up e&amp;very</source>
        <translation>Copia de se&amp;guridad cada</translation>
    </message>
    <message>
        <source>Backups to &amp;keep</source>
        <translation>Copias de seguridad &amp;que se guardan</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>Cambia&amp;r la contraseña…</translation>
    </message>
    <message>
        <source>A new passphrase gives the journal a new key: the old passphrase opens nothing written afterwards. Backups made before keep the old key.</source>
        <translation>Una contraseña nueva da al diario una clave nueva: la contraseña anterior no abre nada de lo que se escriba después. Las copias de seguridad hechas antes conservan la clave anterior.</translation>
    </message>
    <message>
        <source>none (passphrase only)</source>
        <translation>ninguno (solo contraseña)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay copia de seguridad.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>A new passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Una contraseña nueva da al diario una clave nueva, así que la contraseña anterior no abre nada de lo que escribas después. Para conservar tu código de recuperación, escríbelo aquí. Déjalo vacío para obtener un código nuevo (lo anotarás a continuación).</translation>
    </message>
    <message>
        <source>Remove the lock passphrase?</source>
        <translation>¿Quitar la contraseña de bloqueo?</translation>
    </message>
    <message>
        <source>Removing the passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Quitar la contraseña da al diario una clave nueva, así que la contraseña anterior no abre nada de lo que escribas después. Para conservar tu código de recuperación, escríbelo aquí. Déjalo vacío para obtener un código nuevo (lo anotarás a continuación).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Make a new recovery code? PeerDesk gives the journal a new key: the old code will open nothing you write afterwards. Backups made before keep the old key; you choose next whether to re-encrypt or delete them.</source>
        <translation>¿Crear un código de recuperación nuevo? PeerDesk da al diario una clave nueva: el código anterior no abrirá nada de lo que escribas después. Las copias de seguridad hechas antes conservan la clave anterior; a continuación eliges si volver a cifrarlas o borrarlas.</translation>
    </message>
    <message>
        <source>Type your current lock passphrase. It stays the same: PeerDesk needs it to lock the new key with it.</source>
        <translation>Escribe tu contraseña de bloqueo actual. No cambia: PeerDesk la necesita para proteger con ella la clave nueva.</translation>
    </message>
    <message>
        <source>Nothing was changed: the old code still works.</source>
        <translation>No se ha cambiado nada: el código anterior sigue funcionando.</translation>
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
        <translation>Te damos la bienvenida a PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Cancelar la configuración</translation>
    </message>
    <message>
        <source>PeerDesk keeps a private journal of your peer-support conversations, on this computer only. Before you start, here is what it protects and what it cannot.</source>
        <translation>PeerDesk guarda un diario privado de tus conversaciones de apoyo entre iguales, solo en este ordenador. Antes de empezar, esto es lo que protege y lo que no puede proteger.</translation>
    </message>
    <message>
        <source>This computer has no system keyring PeerDesk can use, so in the next step you choose a lock passphrase that opens the journal.</source>
        <translation>Este ordenador no tiene un llavero del sistema que PeerDesk pueda usar, así que en el paso siguiente eliges una contraseña de bloqueo que abre el diario.</translation>
    </message>
    <message>
        <source>In the next step you choose how it opens: with your computer login (its key kept in your system keyring, {keyring}), or with a passphrase every time.</source>
        <translation>En el paso siguiente eliges cómo se abre: con tu inicio de sesión del ordenador (su clave se guarda en el llavero del sistema, {keyring}) o con una contraseña cada vez.</translation>
    </message>
    <message>
        <source>What is protected</source>
        <translation>Qué está protegido</translation>
    </message>
    <message>
        <source>The journal is encrypted on this computer. Without its key the file cannot be read, for example on a lost or stolen laptop or from another user account.</source>
        <translation>El diario está cifrado en este ordenador. Sin su clave, el archivo no se puede leer, por ejemplo en un portátil perdido o robado o desde otra cuenta de usuario.</translation>
    </message>
    <message>
        <source>PeerDesk locks itself after a few minutes without use, and it never sends anything over the network.</source>
        <translation>PeerDesk se bloquea solo tras unos minutos sin uso y nunca envía nada por la red.</translation>
    </message>
    <message>
        <source>What is not protected</source>
        <translation>Qué no está protegido</translation>
    </message>
    <message>
        <source>Someone using your computer while you are logged in and PeerDesk is unlocked.</source>
        <translation>Alguien que use tu ordenador mientras tienes la sesión iniciada y PeerDesk está desbloqueado.</translation>
    </message>
    <message>
        <source>If PeerDesk opens with your computer login: someone using your logged-in computer account, even while PeerDesk is locked, because they can open it again. Only &quot;Ask for my passphrase every time&quot; keeps them out.</source>
        <translation>Si PeerDesk se abre con tu inicio de sesión del ordenador: alguien que use tu cuenta con la sesión iniciada, incluso con PeerDesk bloqueado, porque puede volver a abrirlo. Solo «Pedir mi contraseña cada vez» lo impide.</translation>
    </message>
    <message>
        <source>Anything you print or export: it leaves the journal as paper or as a plain file.</source>
        <translation>Todo lo que imprimas o exportes: sale del diario en papel o como archivo sin cifrar.</translation>
    </message>
    <message>
        <source>Malicious software running on your computer account.</source>
        <translation>Software malicioso que se ejecute en tu cuenta del ordenador.</translation>
    </message>
    <message>
        <source>Confidential is not anonymous</source>
        <translation>Confidencial no es anónimo</translation>
    </message>
    <message>
        <source>Write as if someone else might read it one day. Keep to the minimum: a pseudonym for each peer, no clinical details or diagnoses, and no names of patients or other people.</source>
        <translation>Escribe como si algún día pudiera leerlo otra persona. Limítate a lo mínimo: un seudónimo para cada colega, sin datos clínicos ni diagnósticos, y sin nombres de pacientes ni de otras personas.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Your resource directory starts with the crisis lines and support services listed for this country, and handouts print its emergency number. Check each entry before you print it. You can change the country and add another country&apos;s resources later in Settings.</source>
        <translation>Tu directorio de recursos empieza con las líneas de crisis y los servicios de apoyo de este país, y las hojas informativas imprimen su número de emergencias. Comprueba cada entrada antes de imprimirla. Puedes cambiar el país y añadir los recursos de otro país más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>How should PeerDesk open?</source>
        <translation>¿Cómo debe abrirse PeerDesk?</translation>
    </message>
    <message>
        <source>This computer has no system keyring PeerDesk can use, so the journal&apos;s key cannot be kept there. A lock passphrase is needed instead: you type it each time you open PeerDesk. If you forget it, your recovery code still opens the journal.</source>
        <translation>Este ordenador no tiene un llavero del sistema que PeerDesk pueda usar, así que la clave del diario no se puede guardar ahí. En su lugar hace falta una contraseña de bloqueo: la escribes cada vez que abres PeerDesk. Si la olvidas, tu código de recuperación sigue abriendo el diario.</translation>
    </message>
    <message>
        <source>PeerDesk locks when you step away or after some minutes without use. Choose what it takes to open it again. You can change this later in Settings.</source>
        <translation>PeerDesk se bloquea cuando te alejas o tras unos minutos sin uso. Elige qué hace falta para volver a abrirlo. Puedes cambiarlo más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>Open with my computer &amp;login</source>
        <translation>Abrir con mi &amp;inicio de sesión del ordenador</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Abrir con mi inicio de sesión del ordenador</translation>
    </message>
    <message>
        <source>Ask for my passphrase &amp;every time</source>
        <translation>Pedir mi contraseña &amp;cada vez</translation>
    </message>
    <message>
        <source>Ask for my passphrase every time</source>
        <translation>Pedir mi contraseña cada vez</translation>
    </message>
    <message>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk se abre sin escribir nada: la clave se guarda en el llavero del sistema. Al bloquear se cierra y se oculta el diario, pero cualquiera que use tu cuenta del ordenador con la sesión iniciada puede volver a abrirlo.</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock; the key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo; la clave no se guarda en ningún llavero. Solo así queda fuera alguien que use tu ordenador mientras tienes la sesión iniciada. Si olvidas la contraseña, tu código de recuperación sigue abriendo el diario.</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Lock passphrase, again</source>
        <translation>Contraseña de bloqueo, otra vez</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Repítela</translation>
    </message>
    <message>
        <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos {n} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>This code opens your journal if the key in the keyring is ever lost, for example on a new computer. It is shown only this once: write it down or print it now.</source>
        <translation>Este código abre tu diario si alguna vez se pierde la clave del llavero, por ejemplo en un ordenador nuevo. Solo se muestra esta vez: anótalo o imprímelo ahora.</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Comprueba tu copia</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Tu diario está listo</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>Mostrar &amp;el código otra vez</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>Crear &amp;mi diario</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Ya lo he &amp;anotado</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;omprobar</translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation>Abrir mi &amp;diario</translation>
    </message>
    <message>
        <source>A lock passphrase needs at least {n} characters.</source>
        <translation>Una contraseña de bloqueo necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos contraseñas no coinciden. Vuelve a escribirlas, por favor.</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase, and your backups on any computer. It is shown only this once: write it down or print it now.</source>
        <translation>Este código abre tu diario si olvidas tu contraseña, y tus copias de seguridad en cualquier ordenador. Solo se muestra esta vez: anótalo o imprímelo ahora.</translation>
    </message>
    <message>
        <source>This computer has no keyring PeerDesk can use, so PeerDesk asks for your lock passphrase each time it starts and after every lock.</source>
        <translation>Este ordenador no tiene un llavero que PeerDesk pueda usar, así que PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo.</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring, so someone using this computer account cannot open the journal without the passphrase or your recovery code.</source>
        <translation>PeerDesk te pide la contraseña de bloqueo cada vez que se inicia y después de cada bloqueo. La clave no se guarda en ningún llavero, así que alguien que use esta cuenta del ordenador no puede abrir el diario sin la contraseña o tu código de recuperación.</translation>
    </message>
    <message>
        <source>PeerDesk opens your journal from the keyring when it starts, without typing. Locking closes and hides it, but anyone using your logged-in computer account can open it again. To keep them out, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>PeerDesk abre tu diario desde el llavero al iniciarse, sin escribir nada. Al bloquear se cierra y se oculta, pero cualquiera que use tu cuenta del ordenador con la sesión iniciada puede volver a abrirlo. Para impedirlo, elige «Pedir mi contraseña cada vez» en Ajustes.</translation>
    </message>
    <message>
        <source>Lock it any time with Ctrl+L; it also locks after some minutes without use.</source>
        <translation>Bloquéalo cuando quieras con Ctrl+L; también se bloquea tras unos minutos sin uso.</translation>
    </message>
    <message>
        <source>PeerDesk makes an encrypted backup every day, in its own folder on this computer, and keeps the last {keep}. So that a lost or broken laptop does not take them too, choose a second folder for them (a USB stick, say) in Settings ▸ Backups and storage.</source>
        <translation>PeerDesk hace cada día una copia de seguridad cifrada en su propia carpeta de este ordenador y conserva las últimas {keep}. Para que un portátil perdido o averiado no se las lleve también, elige una segunda carpeta para ellas (una memoria USB, por ejemplo) en Ajustes ▸ Copias de seguridad y almacenamiento.</translation>
    </message>
    <message>
        <source>Remember: write the minimum, and no names or clinical details of others.</source>
        <translation>Recuerda: escribe lo mínimo, y sin nombres ni datos clínicos de otras personas.</translation>
    </message>
</context>
<context>
    <name>StepNote</name>
    <message>
        <source>Add a &amp;note to this step</source>
        <translation>Añadir una &amp;nota a este paso</translation>
    </message>
    <message>
        <source>Add a note to {step}</source>
        <translation>Añadir una nota a {step}</translation>
    </message>
    <message>
        <source>Only for what the ticks can&apos;t say (Alt+N)</source>
        <translation>Solo para lo que las marcas no pueden decir (Alt+N)</translation>
    </message>
    <message>
        <source>Optional, a few words. No names, diagnoses or clinical details.</source>
        <translation>Opcional, unas pocas palabras. Sin nombres, diagnósticos ni datos clínicos.</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation>Nota: {step}</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Highlighted text looks like an identifier or clinical detail. Do you need to keep it?</source>
        <translation>El texto resaltado parece un identificador o un dato clínico. ¿Necesitas conservarlo?</translation>
    </message>
    <message>
        <source>A note holds at most {max} characters; the rest was cut off.</source>
        <translation>Una nota admite como máximo {max} caracteres; el resto se ha cortado.</translation>
    </message>
    <message>
        <source>Highlighted, check before saving: {kinds}</source>
        <translation>Resaltado, revísalo antes de guardar: {kinds}</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln finished session(s)</source>
        <translation>
            <numerusform>%Ln sesión terminada</numerusform>
            <numerusform>%Ln sesiones terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln borrador</numerusform>
            <numerusform>%Ln borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer(s)</source>
        <translation>
            <numerusform>%Ln colega</numerusform>
            <numerusform>%Ln colegas</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions}, {drafts} and {peers}</source>
        <translation>{sessions}, {drafts} y {peers}</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}.</source>
        <translation>Sesiones del {first} al {last}.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Borradores sin terminar</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empieza aquí</translation>
    </message>
    <message>
        <source>Write your first session (Ctrl+N)</source>
        <translation>Escribe tu primera sesión (Ctrl+N)</translation>
    </message>
    <message>
        <source>A session is written step by step; a draft is kept as you type.</source>
        <translation>Una sesión se escribe paso a paso; se guarda un borrador mientras escribes.</translation>
    </message>
    <message>
        <source>Fill in your local resources (Ctrl+5)</source>
        <translation>Completa tus recursos locales (Ctrl+5)</translation>
    </message>
    <message>
        <source>The services you refer peers to, with their phone numbers and hours.</source>
        <translation>Los servicios a los que derivas a tus colegas, con sus teléfonos y horarios.</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s name (Resources)</source>
        <translation>Pon el nombre de tu organización (Recursos)</translation>
    </message>
    <message>
        <source>Asked when you print a handout from Resources; printed at its top.</source>
        <translation>Se pide al imprimir una hoja informativa desde Recursos; se imprime en la parte superior.</translation>
    </message>
    <message>
        <source>See where backups go (Ctrl+7)</source>
        <translation>Mira dónde van las copias de seguridad (Ctrl+7)</translation>
    </message>
    <message>
        <source>Settings, under Backups and storage: a daily backup and a second folder.</source>
        <translation>En Ajustes, en Copias de seguridad y almacenamiento: una copia diaria y una segunda carpeta.</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>no peer chosen yet</source>
        <translation>aún sin colega elegido</translation>
    </message>
    <message>
        <source>Draft from {date} — {peer}</source>
        <translation>Borrador del {date} — {peer}</translation>
    </message>
    <message>
        <source>Unfinished drafts: {n}</source>
        <translation>Borradores sin terminar: {n}</translation>
    </message>
    <message>
        <source>No unfinished drafts.</source>
        <translation>No hay borradores sin terminar.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>vencido desde el {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>para hoy</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>{when}, session started (a draft)</source>
        <translation>{when}, sesión empezada (un borrador)</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(colega olvidado)</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}. The {shown} longest waiting are here; the Follow-ups page has them all. Press Enter on one to start its session.</source>
        <translation>Seguimientos pendientes: {n}. Aquí están los {shown} que llevan más tiempo esperando; la página Seguimientos los tiene todos. Pulsa Intro en uno para empezar su sesión.</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}. Press Enter on one to start its session.</source>
        <translation>Seguimientos pendientes: {n}. Pulsa Intro en uno para empezar su sesión.</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>No hay seguimientos pendientes esta semana.</translation>
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
        <translation>PeerDesk está bloqueado</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Abre tu diario</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with the lock passphrase</source>
        <translation>Desbloquear con la contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Lock &amp;passphrase</source>
        <translation>Contra&amp;seña de bloqueo</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Open with recovery code</source>
        <translation>&amp;Abrir con el código de recuperación</translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation>Abrir con el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Recovery code (from your recovery sheet)</source>
        <translation>&amp;Código de recuperación (de tu hoja de recuperación)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Desbloquear el diario</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation>Usar el código de recu&amp;peración</translation>
    </message>
    <message>
        <source>Use the lock &amp;passphrase instead</source>
        <translation>Usar la contraseña de &amp;bloqueo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>Salir de PeerDesk</translation>
    </message>
    <message>
        <source>Type your lock passphrase to go on.</source>
        <translation>Escribe tu contraseña de bloqueo para continuar.</translation>
    </message>
    <message>
        <source>Type your lock passphrase to open the journal.</source>
        <translation>Escribe tu contraseña de bloqueo para abrir el diario.</translation>
    </message>
    <message>
        <source>This journal asks for your passphrase every time: its key is in no keyring, so someone using this computer account cannot open it without the passphrase or your recovery code.</source>
        <translation>Este diario te pide la contraseña cada vez: su clave no está en ningún llavero, así que alguien que use esta cuenta del ordenador no puede abrirlo sin la contraseña o tu código de recuperación.</translation>
    </message>
    <message>
        <source>PeerDesk closed and hid your journal.</source>
        <translation>PeerDesk ha cerrado y ocultado tu diario.</translation>
    </message>
    <message>
        <source>It opens with your computer login, so anyone using this computer account can open it again with Unlock: your computer&apos;s own login is the only barrier.</source>
        <translation>Se abre con tu inicio de sesión del ordenador, así que cualquiera que use esta cuenta puede volver a abrirlo con Desbloquear: el inicio de sesión de tu ordenador es la única barrera.</translation>
    </message>
    <message>
        <source>To keep out someone at this computer, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>Para impedir el acceso a alguien en este ordenador, elige «Pedir mi contraseña cada vez» en Ajustes.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>You locked it.</source>
        <translation>Lo has bloqueado tú.</translation>
    </message>
    <message numerus="yes">
        <source>It locked after %Ln minute(s) without use.</source>
        <translation>
            <numerusform>Se bloqueó tras %Ln minuto sin uso.</numerusform>
            <numerusform>Se bloqueó tras %Ln minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>It locked because the screen locked or the computer went to sleep.</source>
        <translation>Se bloqueó porque se bloqueó la pantalla o el ordenador entró en suspensión.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal.</source>
        <translation>Escribe tu código de recuperación para abrir el diario.</translation>
    </message>
    <message>
        <source>It is on your recovery sheet: eight groups of four letters and digits. Capitals, spaces and dashes do not matter.</source>
        <translation>Está en tu hoja de recuperación: ocho grupos de cuatro letras y cifras. Las mayúsculas, los espacios y los guiones dan igual.</translation>
    </message>
    <message>
        <source>The key in your keyring does not open this journal</source>
        <translation>La clave de tu llavero no abre este diario</translation>
    </message>
    <message>
        <source>The keyring gave a key, but it belongs to something else. Your journal file has not been changed.</source>
        <translation>El llavero dio una clave, pero pertenece a otra cosa. El archivo de tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Type your recovery code; PeerDesk then puts the right key back in the keyring.</source>
        <translation>Escribe tu código de recuperación; después PeerDesk vuelve a poner la clave correcta en el llavero.</translation>
    </message>
    <message>
        <source>Type your lock passphrase first.</source>
        <translation>Primero escribe tu contraseña de bloqueo.</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Primero escribe tu código de recuperación.</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>partly ticked</source>
        <translation>marcado en parte</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>no such follow-up</source>
        <translation>ese seguimiento no existe</translation>
    </message>
    <message>
        <source>this follow-up is no longer open</source>
        <translation>este seguimiento ya no está abierto</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>{field} &apos;{text}&apos; no es un mes (AAAA-MM)</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>el periodo termina antes de empezar</translation>
    </message>
    <message>
        <source>a period is at most {most} months long</source>
        <translation>un periodo dura como máximo {most} meses</translation>
    </message>
    <message>
        <source>another peer already has this pseudonym</source>
        <translation>otro colega ya tiene este seudónimo</translation>
    </message>
    <message>
        <source>no such peer</source>
        <translation>ese colega no existe</translation>
    </message>
    <message>
        <source>choose a whole number from {low} to {high}</source>
        <translation>elige un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>elige una de estas opciones: {choices}</translation>
    </message>
    <message>
        <source>choose yes or no</source>
        <translation>elige sí o no</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>elige una carpeta</translation>
    </message>
    <message>
        <source>choose a whole folder path</source>
        <translation>elige la ruta completa de una carpeta</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>nombre de la organización</translation>
    </message>
    <message>
        <source>the recovery code is far too long</source>
        <translation>el código de recuperación es demasiado largo</translation>
    </message>
    <message>
        <source>the recovery code cannot contain {shown}</source>
        <translation>el código de recuperación no puede contener {shown}</translation>
    </message>
    <message>
        <source>a recovery code has {length} letters and digits; this one has {found}</source>
        <translation>un código de recuperación tiene {length} letras y cifras; este tiene {found}</translation>
    </message>
    <message>
        <source>the recovery code has a typo: please check each group</source>
        <translation>el código de recuperación tiene una errata: revisa cada grupo</translation>
    </message>
    <message>
        <source>counts are suppressed below a threshold from {low} to {high}</source>
        <translation>los recuentos se ocultan por debajo de un umbral de {low} a {high}</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <translation>línea {line}, {field}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>&apos;{text}&apos; no es un mes (AAAA-MM)</translation>
    </message>
    <message>
        <source>{month} is outside the report&apos;s period</source>
        <translation>{month} queda fuera del periodo del informe</translation>
    </message>
    <message>
        <source>{section} is never held back</source>
        <translation>{section} nunca se retiene</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the report&apos;s threshold of {threshold}</source>
        <translation>&apos;{text}&apos; no coincide con el umbral del informe, {threshold}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a count or {written}</source>
        <translation>&apos;{text}&apos; no es un número ni {written}</translation>
    </message>
    <message>
        <source>the count {count} is below the threshold of {threshold} but was not suppressed</source>
        <translation>el recuento {count} está por debajo del umbral {threshold} pero no se ocultó</translation>
    </message>
    <message>
        <source>expected the {section} line ({section},,{item},,…)</source>
        <translation>se esperaba la línea {section} ({section},,{item},,…)</translation>
    </message>
    <message>
        <source>this is not well-formed CSV ({why})</source>
        <translation>esto no es un CSV bien formado ({why})</translation>
    </message>
    <message>
        <source>this is not a PeerDesk report (the first line should be {header})</source>
        <translation>esto no es un informe de PeerDesk (la primera línea debería ser {header})</translation>
    </message>
    <message>
        <source>expected {expected} fields, found {found}</source>
        <translation>se esperaban {expected} campos y hay {found}</translation>
    </message>
    <message>
        <source>a field is too long or holds control characters</source>
        <translation>un campo es demasiado largo o contiene caracteres de control</translation>
    </message>
    <message>
        <source>the report ends before its period and threshold</source>
        <translation>el informe termina antes de su periodo y su umbral</translation>
    </message>
    <message>
        <source>&apos;{version}&apos; is not a format version</source>
        <translation>&apos;{version}&apos; no es una versión de formato</translation>
    </message>
    <message>
        <source>the report is in format version {version}; this PeerDesk reads versions {first} to {last}</source>
        <translation>el informe está en la versión de formato {version}; este PeerDesk lee de la versión {first} a la {last}</translation>
    </message>
    <message>
        <source>unknown section &apos;{section}&apos;</source>
        <translation>sección desconocida &apos;{section}&apos;</translation>
    </message>
    <message>
        <source>a {section} line has the item &apos;all&apos;</source>
        <translation>una línea {section} lleva el elemento &apos;all&apos;</translation>
    </message>
    <message>
        <source>a {section} line has no month</source>
        <translation>una línea {section} no lleva mes</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an item here</source>
        <translation>&apos;{item}&apos; no es un elemento válido aquí</translation>
    </message>
    <message>
        <source>this figure appears twice</source>
        <translation>esta cifra aparece dos veces</translation>
    </message>
    <message>
        <source>the {section} figure for {month} is missing</source>
        <translation>falta la cifra de {section} de {month}</translation>
    </message>
    <message>
        <source>the figures do not add up (the parts of a total disagree with it)</source>
        <translation>las cifras no cuadran (las partes de un total no coinciden con él)</translation>
    </message>
    <message>
        <source>the file is {size}; a PeerDesk report is at most {most}</source>
        <translation>el archivo ocupa {size}; un informe de PeerDesk ocupa como máximo {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>choose at least one report</source>
        <translation>elige al menos un informe</translation>
    </message>
    <message>
        <source>{file}: choose a file ending in .json or .csv (the ending picks the format)</source>
        <translation>{file}: elige un archivo que termine en .json o .csv (la terminación indica el formato)</translation>
    </message>
    <message>
        <source>the file is {size}; a resource directory is at most {most}</source>
        <translation>el archivo ocupa {size}; un directorio de recursos ocupa como máximo {most}</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 and try again</source>
        <translation>el archivo es texto UTF-16; guárdalo como UTF-8 y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>line {line}: the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>línea {line}: el archivo no es texto UTF-8; guárdalo como UTF-8 y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>line {line}: the file holds a null character; is it really a text file?</source>
        <translation>línea {line}: el archivo contiene un carácter nulo; ¿seguro que es un archivo de texto?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>{where}: category &apos;{value}&apos; is not one of {categories}</source>
        <translation>{where}: la categoría &apos;{value}&apos; no es ninguna de estas: {categories}</translation>
    </message>
    <message>
        <source>{where}: last_verified_on must be a date written like 2026-01-31, or empty</source>
        <translation>{where}: last_verified_on debe ser una fecha escrita como 2026-01-31, o quedar vacío</translation>
    </message>
    <message>
        <source>{where}: last_verified_on &apos;{value}&apos; is not a real date</source>
        <translation>{where}: last_verified_on &apos;{value}&apos; no es una fecha real</translation>
    </message>
    <message>
        <source>{where}: last_verified_on {day} is in the future</source>
        <translation>{where}: last_verified_on {day} está en el futuro</translation>
    </message>
    <message>
        <source>{where}: {name} must be text, not {kind}</source>
        <translation>{where}: {name} debe ser texto, no {kind}</translation>
    </message>
    <message>
        <source>{where}: name is empty</source>
        <translation>{where}: name está vacío</translation>
    </message>
    <message>
        <source>{where}: category is empty</source>
        <translation>{where}: category está vacío</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>the file holds no resources</source>
        <translation>el archivo no contiene recursos</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is listed twice (also at {other})</source>
        <translation>{where}: &apos;{name}&apos; aparece dos veces (también en {other})</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>la clave &apos;{key}&apos; aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>{name} is not a value a resource directory can hold</source>
        <translation>{name} no es un valor que pueda contener un directorio de recursos</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>a comma was expected</source>
        <translation>se esperaba una coma</translation>
    </message>
    <message>
        <source>a colon was expected</source>
        <translation>se esperaban dos puntos</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected</source>
        <translation>se esperaba un nombre de campo entre comillas dobles</translation>
    </message>
    <message>
        <source>a text is not closed with its quotation mark</source>
        <translation>un texto no se cierra con sus comillas</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>hay algo después del final del documento</translation>
    </message>
    <message>
        <source>a text holds a control character</source>
        <translation>un texto contiene un carácter de control</translation>
    </message>
    <message>
        <source>a backslash starts an unknown escape</source>
        <translation>una barra invertida inicia un escape desconocido</translation>
    </message>
    <message>
        <source>a comma stands before the closing bracket</source>
        <translation>hay una coma antes del corchete o la llave de cierre</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>the file holds {count} resources; a directory holds at most {most}</source>
        <translation>el archivo contiene {count} recursos; un directorio admite como máximo {most}</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>la versión del formato debe ser un número entero</translation>
    </message>
    <message>
        <source>the file has format version {found}, from a newer PeerDesk; this one reads version {supported}</source>
        <translation>el archivo tiene la versión de formato {found}, de un PeerDesk más reciente; este lee la versión {supported}</translation>
    </message>
    <message>
        <source>format version {found} does not exist</source>
        <translation>la versión de formato {found} no existe</translation>
    </message>
    <message>
        <source>line {line}, column {column}: this is not valid JSON ({why})</source>
        <translation>línea {line}, columna {column}: esto no es JSON válido ({why})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>el JSON tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>the JSON holds a value that cannot be read</source>
        <translation>el JSON contiene un valor que no se puede leer</translation>
    </message>
    <message>
        <source>this is not a PeerDesk resource directory (it needs &quot;format&quot;: &quot;{name}&quot;)</source>
        <translation>esto no es un directorio de recursos de PeerDesk (necesita &quot;format&quot;: &quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; at the top</source>
        <translation>campo desconocido &apos;{name}&apos; en el nivel superior</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>falta la versión del formato</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} debe ser texto</translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be a list of resources</source>
        <translation>&quot;resources&quot; debe ser una lista de recursos</translation>
    </message>
    <message>
        <source>resource {number}</source>
        <translation>recurso {number}</translation>
    </message>
    <message>
        <source>{where}: must be an object with named fields</source>
        <translation>{where}: debe ser un objeto con campos con nombre</translation>
    </message>
    <message>
        <source>{where}: unknown field &apos;{name}&apos;</source>
        <translation>{where}: campo desconocido &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{where}: {name} is missing</source>
        <translation>{where}: falta {name}</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells, but the header has {header}</source>
        <translation>línea {line}: {cells} celdas, pero el encabezado tiene {header}</translation>
    </message>
    <message>
        <source>line {line}: a directory holds at most {most} resources</source>
        <translation>línea {line}: un directorio admite como máximo {most} recursos</translation>
    </message>
    <message>
        <source>line {line}: this is not valid CSV ({why})</source>
        <translation>línea {line}: esto no es CSV válido ({why})</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>el archivo no tiene fila de encabezado</translation>
    </message>
    <message>
        <source>line 1: the first line may only be &apos;# peerdesk-resources version 1&apos;</source>
        <translation>línea 1: la primera línea solo puede ser &apos;# peerdesk-resources version 1&apos;</translation>
    </message>
    <message>
        <source>line 1: the format version must be a whole number</source>
        <translation>línea 1: la versión del formato debe ser un número entero</translation>
    </message>
    <message>
        <source>(an empty column name)</source>
        <translation>(un nombre de columna vacío)</translation>
    </message>
    <message>
        <source>line {line}: unknown column &apos;{name}&apos;; the columns are {columns}</source>
        <translation>línea {line}: columna desconocida &apos;{name}&apos;; las columnas son {columns}</translation>
    </message>
    <message>
        <source>line {line}: the column &apos;{name}&apos; appears twice</source>
        <translation>línea {line}: la columna &apos;{name}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>line {line}: the column &apos;{name}&apos; is missing</source>
        <translation>línea {line}: falta la columna &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{file}: there is no such file</source>
        <translation>{file}: ese archivo no existe</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>la lectura de {file}</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>unknown tag kind &apos;{kind}&apos;</source>
        <translation>tipo de etiqueta desconocido &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>this tag exists already</source>
        <translation>esta etiqueta ya existe</translation>
    </message>
    <message>
        <source>another tag has this name already</source>
        <translation>otra etiqueta ya tiene este nombre</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>esa etiqueta no existe</translation>
    </message>
    <message>
        <source>a lock passphrase has at least {least} characters</source>
        <translation>una contraseña de bloqueo tiene al menos {least} caracteres</translation>
    </message>
    <message>
        <source>this passphrase is one of the most common ones, which anyone guessing tries first; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>esta contraseña es una de las más comunes, las primeras que prueba quien intenta adivinarla; elige unas palabras que solo para ti vayan juntas, como una frase corta</translation>
    </message>
    <message>
        <source>this passphrase repeats one or two characters, which is guessed at once; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>esta contraseña repite uno o dos caracteres, y se adivina enseguida; elige unas palabras que solo para ti vayan juntas, como una frase corta</translation>
    </message>
    <message>
        <source>this passphrase is a plain run of keys, like 12345678 or abcdefgh, which is guessed at once; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>esta contraseña es una simple serie de teclas, como 12345678 o abcdefgh, y se adivina enseguida; elige unas palabras que solo para ti vayan juntas, como una frase corta</translation>
    </message>
    <message>
        <source>the lock passphrase is too long</source>
        <translation>la contraseña de bloqueo es demasiado larga</translation>
    </message>
    <message>
        <source>the passphrase has characters that cannot be used</source>
        <translation>la contraseña tiene caracteres que no se pueden usar</translation>
    </message>
    <message>
        <source>a journal already exists in {folder}</source>
        <translation>ya existe un diario en {folder}</translation>
    </message>
    <message>
        <source>this lock mode needs a lock passphrase</source>
        <translation>este modo de bloqueo necesita una contraseña de bloqueo</translation>
    </message>
    <message>
        <source>creating the data folder</source>
        <translation>la creación de la carpeta de datos</translation>
    </message>
    <message>
        <source>creating the journal</source>
        <translation>la creación del diario</translation>
    </message>
    <message>
        <source>the journal file is missing from {folder}, but its key file is there</source>
        <translation>falta el archivo del diario en {folder}, pero su archivo de claves está</translation>
    </message>
    <message>
        <source>there is no journal in {folder}</source>
        <translation>no hay ningún diario en {folder}</translation>
    </message>
    <message>
        <source>no lock passphrase is set for this journal</source>
        <translation>este diario no tiene contraseña de bloqueo</translation>
    </message>
    <message>
        <source>the journal asks for this passphrase every time; switch to opening with the computer login first</source>
        <translation>el diario pide esta contraseña cada vez; cambia primero a abrir con el inicio de sesión del ordenador</translation>
    </message>
    <message>
        <source>without a working keyring the passphrase is the only everyday key</source>
        <translation>sin un llavero que funcione, la contraseña es la única forma de abrir el diario cada día</translation>
    </message>
    <message>
        <source>the current lock passphrase is needed to keep it</source>
        <translation>hace falta la contraseña de bloqueo actual para conservarla</translation>
    </message>
    <message>
        <source>the recovery code does not open this journal</source>
        <translation>el código de recuperación no abre este diario</translation>
    </message>
    <message>
        <source>the new key was chosen but could not be put in place; the next start finishes it, and the new recovery code opens the journal</source>
        <translation>la nueva clave se eligió pero no se pudo colocar; el próximo inicio lo termina, y el nuevo código de recuperación abre el diario</translation>
    </message>
    <message>
        <source>re-keying the journal</source>
        <translation>el cambio de clave del diario</translation>
    </message>
    <message>
        <source>this journal asks for its passphrase: use the recovery code</source>
        <translation>este diario pide su contraseña: usa el código de recuperación</translation>
    </message>
    <message>
        <source>the keyring has no key for this backup</source>
        <translation>el llavero no tiene ninguna clave para esta copia de seguridad</translation>
    </message>
    <message>
        <source>this journal&apos;s key does not open the backup</source>
        <translation>la clave de este diario no abre la copia de seguridad</translation>
    </message>
    <message>
        <source>there is no file at {path}</source>
        <translation>no hay ningún archivo en {path}</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>la restauración de la copia de seguridad</translation>
    </message>
    <message>
        <source>the backup was made under a key retired since: today&apos;s lock passphrase is needed to bring it back under today&apos;s key</source>
        <translation>la copia de seguridad se hizo con una clave ya retirada: hace falta tu contraseña de bloqueo de hoy para devolverla con la clave de hoy</translation>
    </message>
    <message>
        <source>this peer already has an open follow-up</source>
        <translation>este colega ya tiene un seguimiento abierto</translation>
    </message>
    <message>
        <source>the key was kept by {recorded}, but the keyring in use is {current}</source>
        <translation>la clave la guardaba {recorded}, pero el llavero en uso es {current}</translation>
    </message>
    <message>
        <source>journal schema version {found} is newer than this PeerDesk supports ({supported})</source>
        <translation>la versión de esquema del diario, {found}, es más reciente de lo que admite este PeerDesk ({supported})</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in the folder {folder}: make it writable (check that its drive is not read-only and that the folder belongs to you), or choose another folder with --data-dir</source>
        <translation>PeerDesk no puede escribir en la carpeta {folder}: haz que se pueda escribir en ella (comprueba que su unidad no sea de solo lectura y que la carpeta sea tuya), o elige otra carpeta con --data-dir</translation>
    </message>
    <message>
        <source>the recovery sheet could not be drawn on the chosen printer</source>
        <translation>no se pudo dibujar la hoja de recuperación en la impresora elegida</translation>
    </message>
    <message>
        <source>saving the recovery sheet</source>
        <translation>el guardado de la hoja de recuperación</translation>
    </message>
    <message>
        <source>the PDF could not be written to {folder}</source>
        <translation>no se pudo escribir el PDF en {folder}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>la escritura de {file}</translation>
    </message>
    <message>
        <source>creating the backup folder</source>
        <translation>la creación de la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>the journal file changed to another journal during the backup</source>
        <translation>el archivo del diario pasó a ser otro diario durante la copia de seguridad</translation>
    </message>
    <message>
        <source>the backup folder {folder} is not there (is the drive connected?)</source>
        <translation>la carpeta de copias de seguridad {folder} no está (¿está conectada la unidad?)</translation>
    </message>
    <message>
        <source>copying the backup to the other folder</source>
        <translation>la copia de la copia de seguridad a la otra carpeta</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>la escritura de la copia de seguridad</translation>
    </message>
    <message>
        <source>the file is not a PeerDesk backup: it is empty or cut short</source>
        <translation>el archivo no es una copia de seguridad de PeerDesk: está vacío o cortado</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>la lectura de la copia de seguridad</translation>
    </message>
    <message>
        <source>the file is an unencrypted database, not a PeerDesk backup</source>
        <translation>el archivo es una base de datos sin cifrar, no una copia de seguridad de PeerDesk</translation>
    </message>
    <message>
        <source>the backup cannot be read with this journal&apos;s key</source>
        <translation>la copia de seguridad no se puede leer con la clave de este diario</translation>
    </message>
    <message>
        <source>the file is not a PeerDesk backup</source>
        <translation>el archivo no es una copia de seguridad de PeerDesk</translation>
    </message>
    <message>
        <source>the backup failed its integrity check ({count} problems)</source>
        <translation>la copia de seguridad no pasó su comprobación de integridad ({count} problemas)</translation>
    </message>
    <message>
        <source>the backup belongs to another journal</source>
        <translation>la copia de seguridad pertenece a otro diario</translation>
    </message>
    <message>
        <source>line {line}: unknown section [{kind}]</source>
        <translation>línea {line}: sección desconocida [{kind}]</translation>
    </message>
    <message>
        <source>line {line}: a term before any section</source>
        <translation>línea {line}: un término antes de cualquier sección</translation>
    </message>
    <message>
        <source>line {line}: no word in this term</source>
        <translation>línea {line}: este término no tiene ninguna palabra</translation>
    </message>
    <message>
        <source>the journal file failed a check ({name})</source>
        <translation>el archivo del diario no pasó una comprobación ({name})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the journal is busy in another program</source>
        <translation>otro programa está usando el diario</translation>
    </message>
    <message>
        <source>the journal file could not be read or written ({name})</source>
        <translation>no se pudo leer ni escribir el archivo del diario ({name})</translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation>no hay ningún diario en {path}</translation>
    </message>
    <message>
        <source>the journal could not be opened</source>
        <translation>no se pudo abrir el diario</translation>
    </message>
    <message>
        <source>the SQLite library in use cannot encrypt</source>
        <translation>la biblioteca SQLite en uso no puede cifrar</translation>
    </message>
    <message>
        <source>the journal file could not be read ({why})</source>
        <translation>no se pudo leer el archivo del diario ({why})</translation>
    </message>
    <message>
        <source>the journal file is empty</source>
        <translation>el archivo del diario está vacío</translation>
    </message>
    <message>
        <source>the journal file is only {size} bytes, shorter than one page</source>
        <translation>el archivo del diario tiene solo {size} bytes, menos que una página</translation>
    </message>
    <message>
        <source>the disk is full while {what}</source>
        <translation>el disco se llenó durante {what}</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>{what} falló: {why}</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} MB ({bytes} bytes)</translation>
    </message>
    <message>
        <source>{kilobytes} KB ({bytes} bytes)</source>
        <translation>{kilobytes} KB ({bytes} bytes)</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} bytes</translation>
    </message>
    <message>
        <source>opening the lock file</source>
        <translation>la apertura del archivo de bloqueo</translation>
    </message>
    <message>
        <source>another PeerDesk is using this journal</source>
        <translation>otro PeerDesk está usando este diario</translation>
    </message>
    <message>
        <source>the {name} does not open this journal</source>
        <translation>{name} no abre este diario</translation>
    </message>
    <message>
        <source>a key slot holds a key that does not match the journal</source>
        <translation>un espacio de claves guarda una clave que no corresponde al diario</translation>
    </message>
    <message>
        <source>the passphrase does not open this journal</source>
        <translation>la contraseña no abre este diario</translation>
    </message>
    <message>
        <source>the key-slot file is damaged: {why}</source>
        <translation>el archivo de claves está dañado: {why}</translation>
    </message>
    <message>
        <source>the key-slot file is damaged: it is {size}; a key-slot file is at most {most}</source>
        <translation>el archivo de claves está dañado: ocupa {size}; un archivo de claves ocupa como máximo {most}</translation>
    </message>
    <message>
        <source>the key-slot file is missing</source>
        <translation>falta el archivo de claves</translation>
    </message>
    <message>
        <source>the key-slot file cannot be read: {why}</source>
        <translation>no se puede leer el archivo de claves: {why}</translation>
    </message>
    <message>
        <source>no usable keyring (found {found})</source>
        <translation>ningún llavero utilizable (encontrado: {found})</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>el llavero está bloqueado</translation>
    </message>
    <message>
        <source>the keyring refused the key: {why}</source>
        <translation>el llavero rechazó la clave: {why}</translation>
    </message>
    <message>
        <source>the keyring did not give back the key it was given</source>
        <translation>el llavero no devolvió la clave que recibió</translation>
    </message>
    <message>
        <source>the keyring that holds the key is locked</source>
        <translation>el llavero que guarda la clave está bloqueado</translation>
    </message>
    <message>
        <source>the keyring still holds the key after deleting it</source>
        <translation>el llavero sigue guardando la clave después de borrarla</translation>
    </message>
    <message>
        <source>the keyring refused to delete the key: {why}</source>
        <translation>el llavero se negó a borrar la clave: {why}</translation>
    </message>
    <message>
        <source>the keyring is not available: {why}</source>
        <translation>el llavero no está disponible: {why}</translation>
    </message>
    <message>
        <source>the keyring failed: {why}</source>
        <translation>el llavero falló: {why}</translation>
    </message>
    <message>
        <source>the old key does not open this backup</source>
        <translation>la clave antigua no abre esta copia de seguridad</translation>
    </message>
    <message>
        <source>the backup cannot be read with its key</source>
        <translation>la copia de seguridad no se puede leer con su clave</translation>
    </message>
    <message>
        <source>re-encrypting a backup</source>
        <translation>el recifrado de una copia de seguridad</translation>
    </message>
    <message>
        <source>deleting a backup</source>
        <translation>el borrado de una copia de seguridad</translation>
    </message>
    <message>
        <source>the old key is no longer known: only deleting is possible</source>
        <translation>la clave antigua ya no se conoce: solo se puede borrar</translation>
    </message>
    <message>
        <source>unknown category &apos;{category}&apos;</source>
        <translation>categoría desconocida &apos;{category}&apos;</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>no such resource</source>
        <translation>ese recurso no existe</translation>
    </message>
    <message>
        <source>this journal asks for its lock passphrase every time</source>
        <translation>este diario pide su contraseña de bloqueo cada vez</translation>
    </message>
    <message>
        <source>the keyring holds no key for this journal</source>
        <translation>el llavero no guarda ninguna clave para este diario</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this journal</source>
        <translation>la clave del llavero no abre este diario</translation>
    </message>
    <message>
        <source>copying the damaged journal</source>
        <translation>la copia del diario dañado</translation>
    </message>
    <message>
        <source>the rescued journal failed a check ({count})</source>
        <translation>el diario rescatado no pasó una comprobación ({count})</translation>
    </message>
    <message>
        <source>writing the rescued journal</source>
        <translation>la escritura del diario rescatado</translation>
    </message>
    <message>
        <source>moving the damaged journal aside</source>
        <translation>el traslado del diario dañado a un lado</translation>
    </message>
    <message>
        <source>unknown search order &apos;{order}&apos;</source>
        <translation>orden de búsqueda desconocido &apos;{order}&apos;</translation>
    </message>
    <message>
        <source>unknown follow-up filter &apos;{name}&apos;</source>
        <translation>filtro de seguimiento desconocido &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{name} &apos;{value}&apos; is not one of the choices</source>
        <translation>{name} &apos;{value}&apos; no es ninguna de las opciones</translation>
    </message>
    <message>
        <source>the marks are not a mapping</source>
        <translation>las marcas no son una correspondencia</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a resource id</source>
        <translation>&apos;{value}&apos; no es un id de recurso</translation>
    </message>
    <message>
        <source>unknown kind of help: &apos;{value}&apos;</source>
        <translation>tipo de ayuda desconocido: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown mark: &apos;{value}&apos;</source>
        <translation>marca desconocida: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>the session has no date</source>
        <translation>la sesión no tiene fecha</translation>
    </message>
    <message>
        <source>unknown session status</source>
        <translation>estado de sesión desconocido</translation>
    </message>
    <message>
        <source>the duration must be between 0 and 1440 minutes</source>
        <translation>la duración debe estar entre 0 y 1440 minutos</translation>
    </message>
    <message>
        <source>self-care is rated from 1 to 5</source>
        <translation>el autocuidado se valora de 1 a 5</translation>
    </message>
    <message>
        <source>unknown step &apos;{value}&apos;</source>
        <translation>paso desconocido &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown checklist item: &apos;{value}&apos;</source>
        <translation>elemento de la lista desconocido: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>step &apos;{value}&apos; has no notes</source>
        <translation>el paso &apos;{value}&apos; no tiene notas</translation>
    </message>
    <message>
        <source>the note ({step})</source>
        <translation>la nota ({step})</translation>
    </message>
    <message>
        <source>unknown event: &apos;{value}&apos;</source>
        <translation>evento desconocido: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown stress driver: &apos;{value}&apos;</source>
        <translation>factor de estrés desconocido: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>follow-up plan</source>
        <translation>plan de seguimiento</translation>
    </message>
    <message>
        <source>choose the peer this session was with</source>
        <translation>elige el colega con quien fue esta sesión</translation>
    </message>
    <message>
        <source>choose the kind of contact</source>
        <translation>elige el tipo de contacto</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>esa sesión no existe</translation>
    </message>
    <message>
        <source>this peer no longer exists</source>
        <translation>este colega ya no existe</translation>
    </message>
    <message>
        <source>this follow-up no longer exists</source>
        <translation>este seguimiento ya no existe</translation>
    </message>
    <message>
        <source>a resource marked no longer exists</source>
        <translation>un recurso marcado ya no existe</translation>
    </message>
    <message>
        <source>this follow-up is for another peer</source>
        <translation>este seguimiento es de otro colega</translation>
    </message>
    <message>
        <source>bad setting name &apos;{key}&apos;</source>
        <translation>nombre de ajuste no válido &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>setting {key} cannot hold this value</source>
        <translation>el ajuste {key} no admite este valor</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>seudónimo</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>datos de contacto</translation>
    </message>
    <message>
        <source>{name} contains a null character</source>
        <translation>{name} contiene un carácter nulo</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be stored</source>
        <translation>{name} contiene caracteres que no se pueden guardar</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>el campo {name} está vacío</translation>
    </message>
    <message>
        <source>{name} is {length} characters long; at most {most} fit</source>
        <translation>{name} tiene {length} caracteres; caben como máximo {most}</translation>
    </message>
    <message>
        <source>{field} is not a date (YYYY-MM-DD)</source>
        <translation>{field} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the journal file holds no journal</source>
        <translation>el archivo del diario no contiene ningún diario</translation>
    </message>
    <message>
        <source>the journal file has no journal id</source>
        <translation>el archivo del diario no tiene id de diario</translation>
    </message>
    <message>
        <source>the journal file belongs to another journal than its key file</source>
        <translation>el archivo del diario pertenece a otro diario que su archivo de claves</translation>
    </message>
    <message>
        <source>the journal is closed</source>
        <translation>el diario está cerrado</translation>
    </message>
    <message>
        <source>the read was interrupted</source>
        <translation>la lectura se interrumpió</translation>
    </message>
    <message>
        <source>the journal file failed its checks</source>
        <translation>el archivo del diario no pasó sus comprobaciones</translation>
    </message>
    <message>
        <source>the recovery code has a typo</source>
        <translation>el código de recuperación tiene una errata</translation>
    </message>
    <message>
        <source>the handout could not be drawn on the chosen printer or file</source>
        <translation>no se pudo dibujar la hoja informativa en la impresora o el archivo elegidos</translation>
    </message>
    <message>
        <source>making the demo&apos;s temporary folder</source>
        <translation>la creación de la carpeta temporal de la demostración</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>GNOME Keyring / KWallet (Secret Service)</source>
        <translation>GNOME Keyring / KWallet (Secret Service)</translation>
    </message>
    <message>
        <source>GNOME Keyring / KWallet (Secret Service, libsecret)</source>
        <translation>GNOME Keyring / KWallet (Secret Service, libsecret)</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>PeerDesk&apos;s temporary in-memory keyring</source>
        <translation>Llavero temporal en memoria de PeerDesk</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>ningún llavero</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <source>Physician health</source>
        <translation>Salud del médico</translation>
    </message>
    <message>
        <source>Counselling and EAP</source>
        <translation>Atención psicológica y PAE</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Apoyo entre iguales</translation>
    </message>
    <message>
        <source>Legal and litigation support</source>
        <translation>Apoyo jurídico y ante litigios</translation>
    </message>
    <message>
        <source>Self-care and well-being</source>
        <translation>Autocuidado y bienestar</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Otros apoyos</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>PeerDesk could not finish what you asked.</source>
        <translation>PeerDesk no ha podido terminar lo que pediste.</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, restart PeerDesk.</source>
        <translation>Vuelve a intentarlo. Si sigue pasando, reinicia PeerDesk.</translation>
    </message>
    <message>
        <source>Something on this computer got in the way</source>
        <translation>Algo en este ordenador lo ha impedido</translation>
    </message>
    <message>
        <source>PeerDesk was stopped by something outside it (a file, a folder or the keyring).</source>
        <translation>Algo ajeno a PeerDesk lo ha detenido (un archivo, una carpeta o el llavero).</translation>
    </message>
    <message>
        <source>Nothing in your journal was changed. Please try again in a moment.</source>
        <translation>No ha cambiado nada en tu diario. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Este valor no se puede usar.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation>Revisa lo que has escrito</translation>
    </message>
    <message>
        <source>Correct it and try again; nothing was saved yet.</source>
        <translation>Corrígelo y vuelve a intentarlo; aún no se ha guardado nada.</translation>
    </message>
    <message>
        <source>That recovery code does not look right</source>
        <translation>Ese código de recuperación no parece correcto</translation>
    </message>
    <message>
        <source>The recovery code has a typo.</source>
        <translation>El código de recuperación tiene una errata.</translation>
    </message>
    <message>
        <source>Compare it group by group with your recovery sheet. Capitals, spaces and dashes do not matter.</source>
        <translation>Compáralo grupo a grupo con tu hoja de recuperación. Las mayúsculas, los espacios y los guiones dan igual.</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>No hay ningún llavero del sistema disponible</translation>
    </message>
    <message>
        <source>This computer has no keyring PeerDesk can safely keep the journal&apos;s key in, so it cannot open the journal on its own.</source>
        <translation>Este ordenador no tiene un llavero en el que PeerDesk pueda guardar con seguridad la clave del diario, así que no puede abrir el diario por sí solo.</translation>
    </message>
    <message>
        <source>Type your lock passphrase, or your recovery code, to open the journal.</source>
        <translation>Escribe tu contraseña de bloqueo, o tu código de recuperación, para abrir el diario.</translation>
    </message>
    <message>
        <source>Your keyring is locked</source>
        <translation>Tu llavero está bloqueado</translation>
    </message>
    <message>
        <source>Your system keyring is locked, so PeerDesk cannot read the journal&apos;s key.</source>
        <translation>El llavero del sistema está bloqueado, así que PeerDesk no puede leer la clave del diario.</translation>
    </message>
    <message>
        <source>Unlock it (usually by logging in again) and choose Try again.</source>
        <translation>Desbloquéalo (normalmente volviendo a iniciar sesión) y elige Volver a intentarlo.</translation>
    </message>
    <message>
        <source>The key was kept in another keyring</source>
        <translation>La clave estaba en otro llavero</translation>
    </message>
    <message>
        <source>The journal&apos;s key was kept in {recorded}, but PeerDesk is now using {current}, which does not have it.</source>
        <translation>La clave del diario estaba en {recorded}, pero PeerDesk usa ahora {current}, que no la tiene.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal; PeerDesk then keeps the key in the keyring in use now.</source>
        <translation>Escribe tu código de recuperación para abrir el diario; después PeerDesk guarda la clave en el llavero que se usa ahora.</translation>
    </message>
    <message>
        <source>The keyring no longer has the key</source>
        <translation>El llavero ya no tiene la clave</translation>
    </message>
    <message>
        <source>Your system keyring has no key for this journal. This happens on a new computer, after a reinstall, or when the keyring was reset.</source>
        <translation>El llavero del sistema no tiene ninguna clave para este diario. Pasa en un ordenador nuevo, después de una reinstalación o cuando se ha restablecido el llavero.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal; PeerDesk then puts the key back in the keyring.</source>
        <translation>Escribe tu código de recuperación para abrir el diario; después PeerDesk vuelve a poner la clave en el llavero.</translation>
    </message>
    <message>
        <source>The keyring did not keep the key</source>
        <translation>El llavero no ha guardado la clave</translation>
    </message>
    <message>
        <source>PeerDesk gave the journal&apos;s key to your system keyring, but could not read it back.</source>
        <translation>PeerDesk dio la clave del diario al llavero del sistema, pero no ha podido volver a leerla.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, choose &quot;Ask for my passphrase every time&quot; in Settings: the journal then opens with the passphrase and needs no keyring.</source>
        <translation>Vuelve a intentarlo. Si sigue fallando, elige «Pedir mi contraseña cada vez» en Ajustes: así el diario se abre con la contraseña y no necesita llavero.</translation>
    </message>
    <message>
        <source>The keyring still holds the journal&apos;s key</source>
        <translation>El llavero todavía tiene la clave del diario</translation>
    </message>
    <message>
        <source>PeerDesk no longer opens the journal from the keyring, but the keyring did not delete the key, so someone using this computer account could still read it there.</source>
        <translation>PeerDesk ya no abre el diario desde el llavero, pero el llavero no ha borrado la clave, así que alguien que use esta cuenta del ordenador aún podría leerla ahí.</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the &quot;PeerDesk&quot; entry in your keyring app. PeerDesk tries again every time the journal is unlocked.</source>
        <translation>Desbloquea tu llavero y vuelve a intentarlo, o borra la entrada «PeerDesk» en la aplicación del llavero. PeerDesk lo vuelve a intentar cada vez que se desbloquea el diario.</translation>
    </message>
    <message>
        <source>Type your lock passphrase to open the journal</source>
        <translation>Escribe tu contraseña de bloqueo para abrir el diario</translation>
    </message>
    <message>
        <source>This journal asks for your passphrase every time. Its key is in no keyring, so nobody can open it without the passphrase or the recovery code.</source>
        <translation>Este diario te pide la contraseña cada vez. Su clave no está en ningún llavero, así que nadie puede abrirlo sin la contraseña o el código de recuperación.</translation>
    </message>
    <message>
        <source>If you have forgotten the passphrase, use your recovery code.</source>
        <translation>Si has olvidado la contraseña, usa tu código de recuperación.</translation>
    </message>
    <message>
        <source>That does not open this journal</source>
        <translation>Eso no abre este diario</translation>
    </message>
    <message>
        <source>What was given does not open this journal. It may be mistyped, or it may belong to another journal or to a recovery code that was replaced.</source>
        <translation>Lo que has escrito no abre este diario. Puede que tenga una errata, o que sea de otro diario o de un código de recuperación que se sustituyó.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type it again carefully.</source>
        <translation>Comprueba el Bloq Mayús y vuelve a escribirlo con cuidado.</translation>
    </message>
    <message>
        <source>No lock passphrase is set</source>
        <translation>No hay contraseña de bloqueo</translation>
    </message>
    <message>
        <source>This journal has no lock passphrase, so one cannot be used to open it.</source>
        <translation>Este diario no tiene contraseña de bloqueo, así que no se puede abrir con una.</translation>
    </message>
    <message>
        <source>Use your recovery code instead. You can set a passphrase later in Settings.</source>
        <translation>Usa tu código de recuperación. Puedes poner una contraseña más adelante en Ajustes.</translation>
    </message>
    <message>
        <source>The journal file is not there</source>
        <translation>El archivo del diario no está</translation>
    </message>
    <message>
        <source>PeerDesk cannot find the journal file in its data folder.</source>
        <translation>PeerDesk no encuentra el archivo del diario en su carpeta de datos.</translation>
    </message>
    <message>
        <source>If the folder is on a drive that is not connected, connect it and try again. Otherwise, restore the journal from a backup.</source>
        <translation>Si la carpeta está en una unidad que no está conectada, conéctala y vuelve a intentarlo. Si no, restaura el diario desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A journal already exists here</source>
        <translation>Ya hay un diario aquí</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. PeerDesk never replaces a journal.</source>
        <translation>Ya hay un diario en esta carpeta. PeerDesk nunca sustituye un diario.</translation>
    </message>
    <message>
        <source>Open the existing journal instead, or choose another data folder.</source>
        <translation>Abre el diario que ya existe, o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The journal file is missing from PeerDesk&apos;s data folder, but its key file (journal.keys) is still there: the journal was moved, deleted or lost. PeerDesk will not start a new, empty journal in its place.</source>
        <translation>Falta el archivo del diario en la carpeta de datos de PeerDesk, pero su archivo de claves (journal.keys) sigue ahí: el diario se movió, se borró o se perdió. PeerDesk no va a empezar un diario nuevo y vacío en su lugar.</translation>
    </message>
    <message>
        <source>The journal file is empty, cut short, or does not hold this journal, for example after a disk problem or a copy that did not finish. PeerDesk has not changed the file and will not start a new, empty journal in its place.</source>
        <translation>El archivo del diario está vacío, cortado o no contiene este diario, por ejemplo tras un problema de disco o una copia que no terminó. PeerDesk no ha cambiado el archivo y no va a empezar un diario nuevo y vacío en su lugar.</translation>
    </message>
    <message>
        <source>The key is right, but the journal file fails its checks: part of it was changed or lost, for example by a disk problem or a copy that did not finish. PeerDesk has not changed the file.</source>
        <translation>La clave es correcta, pero el archivo del diario no supera sus comprobaciones: una parte se cambió o se perdió, por ejemplo por un problema de disco o una copia que no terminó. PeerDesk no ha cambiado el archivo.</translation>
    </message>
    <message>
        <source>Restore from a backup. If you moved the journal yourself, put journal.db back beside journal.keys and start PeerDesk again.</source>
        <translation>Restaura desde una copia de seguridad. Si moviste tú el diario, vuelve a poner journal.db junto a journal.keys e inicia PeerDesk de nuevo.</translation>
    </message>
    <message>
        <source>Restore from a backup. The file is moved aside when you restore, not deleted.</source>
        <translation>Restaura desde una copia de seguridad. Al restaurar, el archivo se aparta, no se borra.</translation>
    </message>
    <message>
        <source>Restore from a backup first. The damaged file is kept aside in case someone can recover more from it later (with shredding of notes on, until it is older than both periods).</source>
        <translation>Restaura primero desde una copia de seguridad. El archivo dañado se guarda aparte por si alguien puede recuperar más de él más adelante (con la destrucción de notas activada, hasta que sea más antiguo que ambos plazos).</translation>
    </message>
    <message>
        <source>The journal file is damaged</source>
        <translation>El archivo del diario está dañado</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is missing or damaged</source>
        <translation>Falta el archivo de claves del diario o está dañado</translation>
    </message>
    <message>
        <source>The small key file kept beside the journal (journal.keys) is missing or damaged, so the journal cannot be unlocked. The journal itself has not been changed.</source>
        <translation>El pequeño archivo de claves que se guarda junto al diario (journal.keys) falta o está dañado, así que no se puede desbloquear el diario. El diario en sí no ha cambiado.</translation>
    </message>
    <message>
        <source>It is {size}, far larger than a key file.</source>
        <translation>Ocupa {size}, mucho más que un archivo de claves.</translation>
    </message>
    <message>
        <source>Restore from a backup: each backup carries its own key file. If you moved files by hand, put journal.keys back beside journal.db.</source>
        <translation>Restaura desde una copia de seguridad: cada copia lleva su propio archivo de claves. Si moviste archivos a mano, vuelve a poner journal.keys junto a journal.db.</translation>
    </message>
    <message>
        <source>This journal needs a newer PeerDesk</source>
        <translation>Este diario necesita un PeerDesk más reciente</translation>
    </message>
    <message>
        <source>The journal was last opened by a newer version of PeerDesk (journal format {found}; this version understands up to {supported}). To keep it safe, this version will not open or change it.</source>
        <translation>El diario lo abrió por última vez una versión más reciente de PeerDesk (formato de diario {found}; esta versión entiende hasta el {supported}). Para protegerlo, esta versión no lo abrirá ni lo cambiará.</translation>
    </message>
    <message>
        <source>Update PeerDesk to the latest version, then open the journal again.</source>
        <translation>Actualiza PeerDesk a la última versión y vuelve a abrir el diario.</translation>
    </message>
    <message>
        <source>PeerDesk is installed without encryption</source>
        <translation>PeerDesk está instalado sin cifrado</translation>
    </message>
    <message>
        <source>The database library PeerDesk found cannot encrypt, so it will not open or create a journal with it.</source>
        <translation>La biblioteca de base de datos que ha encontrado PeerDesk no puede cifrar, así que no abrirá ni creará un diario con ella.</translation>
    </message>
    <message>
        <source>Reinstall PeerDesk from its official package, or ask whoever installed it.</source>
        <translation>Reinstala PeerDesk desde su paquete oficial, o pregunta a quien lo instaló.</translation>
    </message>
    <message>
        <source>The journal is already open</source>
        <translation>El diario ya está abierto</translation>
    </message>
    <message>
        <source>Another PeerDesk window has this journal open, and only one may use it at a time.</source>
        <translation>Otra ventana de PeerDesk tiene abierto este diario, y solo una puede usarlo a la vez.</translation>
    </message>
    <message>
        <source>Switch to the other PeerDesk window (or close it), then choose Try again here. If none is open, wait a moment and try again.</source>
        <translation>Cambia a la otra ventana de PeerDesk (o ciérrala) y elige Volver a intentarlo aquí. Si no hay ninguna abierta, espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>There is no room left on the disk. Nothing was lost: the last save is kept.</source>
        <translation>No queda espacio en el disco. No se ha perdido nada: se conserva lo último que se guardó.</translation>
    </message>
    <message>
        <source>Free some space (empty the trash, remove large files) and try again.</source>
        <translation>Libera algo de espacio (vacía la papelera, quita archivos grandes) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>No se ha podido leer o escribir un archivo</translation>
    </message>
    <message>
        <source>The computer refused to read or write one of PeerDesk&apos;s files. The folder may be read-only, on a drive that went away, or its permissions may have changed.</source>
        <translation>El ordenador no ha dejado leer o escribir uno de los archivos de PeerDesk. Puede que la carpeta sea de solo lectura, que esté en una unidad que se ha desconectado o que hayan cambiado sus permisos.</translation>
    </message>
    <message>
        <source>Check the drive and folder, then try again. Your journal was not changed.</source>
        <translation>Comprueba la unidad y la carpeta y vuelve a intentarlo. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>The new key is chosen but not yet in place</source>
        <translation>La clave nueva está elegida pero aún no está en su sitio</translation>
    </message>
    <message>
        <source>PeerDesk had finished the journal under its new key, but could not put it in place (the disk may have turned read-only). The next start finishes it: from then on the NEW recovery code and the new passphrase open the journal, and the old ones do not.</source>
        <translation>PeerDesk había terminado el diario con su clave nueva, pero no ha podido ponerlo en su sitio (puede que el disco se haya vuelto de solo lectura). El próximo inicio lo termina: a partir de entonces el NUEVO código de recuperación y la contraseña nueva abren el diario, y los anteriores no.</translation>
    </message>
    <message>
        <source>Keep the new recovery code. Make the folder writable again, then unlock with the new recovery code (or the new passphrase).</source>
        <translation>Conserva el código de recuperación nuevo. Vuelve a permitir la escritura en la carpeta y desbloquea con el código de recuperación nuevo (o la contraseña nueva).</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in its folder</source>
        <translation>PeerDesk no puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in the folder {folder}: it is read-only, or it does not belong to you. Your journal was not changed.</source>
        <translation>PeerDesk no puede escribir en la carpeta {folder}: es de solo lectura o no te pertenece. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Make the folder writable (check that its drive is not mounted read-only and that the folder belongs to you), then try again.</source>
        <translation>Permite la escritura en la carpeta (comprueba que su unidad no está montada como de solo lectura y que la carpeta te pertenece) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This is not a usable backup</source>
        <translation>Esta copia de seguridad no sirve</translation>
    </message>
    <message>
        <source>The chosen file is not a PeerDesk backup, or it is damaged.</source>
        <translation>El archivo elegido no es una copia de seguridad de PeerDesk, o está dañado.</translation>
    </message>
    <message>
        <source>Choose another backup file; backups are kept in the backups folder by default.</source>
        <translation>Elige otro archivo de copia de seguridad; por defecto, las copias se guardan en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>It is no longer there</source>
        <translation>Ya no está ahí</translation>
    </message>
    <message>
        <source>What you chose no longer exists; it may have been removed a moment ago.</source>
        <translation>Lo que elegiste ya no existe; puede que se haya quitado hace un momento.</translation>
    </message>
    <message>
        <source>Refresh the list and choose again.</source>
        <translation>Actualiza la lista y vuelve a elegir.</translation>
    </message>
    <message>
        <source>This peer already has a follow-up planned</source>
        <translation>Este colega ya tiene un seguimiento previsto</translation>
    </message>
    <message>
        <source>A second open follow-up for the same peer is planned only when you say so.</source>
        <translation>Un segundo seguimiento abierto para el mismo colega solo se planifica si tú lo dices.</translation>
    </message>
    <message>
        <source>Complete or cancel the open one on the Follow-ups page, or save again and choose to plan a second one.</source>
        <translation>Completa o cancela el que está abierto en la página Seguimientos, o vuelve a guardar y elige planificar otro.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Whole period</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Qué se cuenta</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Horas de apoyo</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Seguimientos completados</translation>
    </message>
    <message>
        <source>PeerDesk program totals</source>
        <translation>Totales del programa de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk report</source>
        <translation>Informe de PeerDesk</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>De {first} a {last}</translation>
    </message>
    <message>
        <source>De-identified: counts only, by month at most. It holds no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Desidentificado: solo recuentos, como mucho por mes. No contiene nombres, seudónimos, notas, datos de contacto ni fechas.</translation>
    </message>
    <message>
        <source>The reports cover different periods.</source>
        <translation>Los informes cubren periodos distintos.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Conversaciones con derivación</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Tasa de derivación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>not shown (a count behind it is held back)</source>
        <translation>no se muestra (un recuento del que depende está oculto)</translation>
    </message>
    <message>
        <source>x marks a count held back: a count from 1 to {below}, or one that adds up with such a count, so that none can be worked out from the totals.</source>
        <translation>Una x marca un recuento oculto: un recuento de 1 a {below}, o uno que suma con un recuento así, para que ninguno pueda deducirse de los totales.</translation>
    </message>
    <message>
        <source>Reports combined: {count}. Where a report held back a count, the total is held back too; totals below {t} are held back again.</source>
        <translation>Informes combinados: {count}. Cuando un informe ocultó un recuento, el total también se oculta; los totales por debajo de {t} se vuelven a ocultar.</translation>
    </message>
    <message>
        <source>PeerDesk de-identified report</source>
        <translation>Informe desidentificado de PeerDesk</translation>
    </message>
    <message>
        <source>Supporter minutes</source>
        <translation>Minutos de apoyo</translation>
    </message>
    <message>
        <source>Conversations with help mentioned</source>
        <translation>Conversaciones con ayuda mencionada</translation>
    </message>
    <message>
        <source>Conversations with a handout</source>
        <translation>Conversaciones con hoja informativa</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Contactos por tipo</translation>
    </message>
    <message>
        <source>Contacts by mode</source>
        <translation>Contactos por modalidad</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Resultado del ofrecimiento</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>Categorías de evento</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Factores de estrés</translation>
    </message>
    <message>
        <source>Referrals by type</source>
        <translation>Derivaciones por tipo</translation>
    </message>
</context>
</TS>
