<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="44"/>
        <location filename="../../ui/dialogs/about_dialog.py" line="45"/>
        <source>About PeerDesk</source>
        <translation>À propos de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="50"/>
        <source>PeerDesk icon</source>
        <translation>Icône de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="53"/>
        <source>PeerDesk {version}</source>
        <translation>PeerDesk {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="57"/>
        <source>An offline, encrypted journal for peer supporters in health care.</source>
        <translation>Un journal hors ligne et chiffré pour les pairs soutenants en santé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="72"/>
        <source>PeerDesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later ({licence}). It comes with no warranty. Built with Qt {qt} (PySide6 {pyside}), SQLCipher, keyring and cryptography.</source>
        <translation>PeerDesk est un logiciel libre&#xa0;: vous pouvez l’utiliser, le partager et le modifier selon les termes de la licence publique générale GNU, version 3 ou ultérieure ({licence}). Il est fourni sans aucune garantie. Construit avec Qt {qt} (PySide6 {pyside}), SQLCipher, keyring et cryptography.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="79"/>
        <source>Journal folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="80"/>
        <source>&amp;Copy folder path</source>
        <translation>&amp;Copier le chemin du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="81"/>
        <source>Copy the journal folder&apos;s path</source>
        <translation>Copier le chemin du dossier du journal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="85"/>
        <source>Everything you write stays on this computer, in one file encrypted with a random 256-bit key (SQLCipher). When PeerDesk opens with your computer login, the system keyring keeps that key; when it asks for your passphrase every time, no keyring does. Your recovery code (and your lock passphrase, if you set one) can also open the journal and its backups. PeerDesk never connects to the internet. This protects your notes if the laptop is lost or stolen and from other accounts on this computer. Only &quot;Ask for my passphrase every time&quot; also keeps out someone using your logged-in account while PeerDesk is locked; with your computer login, anyone using your account can open it again. It cannot protect against harmful software running as you, or against what you print or export yourself, so write only what you need.</source>
        <translation>Tout ce que vous écrivez reste sur cet ordinateur, dans un seul fichier chiffré avec une clé aléatoire de 256 bits (SQLCipher). Quand PeerDesk s’ouvre avec votre session d’ordinateur, le trousseau du système garde cette clé&#xa0;; quand il vous demande votre phrase secrète à chaque fois, aucun trousseau ne la garde. Votre code de récupération (et votre phrase secrète de verrouillage, si vous en avez choisi une) peut aussi ouvrir le journal et ses sauvegardes. PeerDesk ne se connecte jamais à Internet. Vos notes sont ainsi protégées si l’ordinateur portable est perdu ou volé, et vis-à-vis des autres comptes de cet ordinateur. Seul le mode «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» tient aussi à l’écart quelqu’un qui utilise votre compte ouvert pendant que PeerDesk est verrouillé&#xa0;; avec votre session d’ordinateur, toute personne qui utilise votre compte peut le rouvrir. PeerDesk ne peut rien contre un logiciel malveillant qui s’exécute sous votre compte, ni contre ce que vous imprimez ou exportez vous-même&#xa0;: n’écrivez donc que le nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="101"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="111"/>
        <source>How your journal is protected</source>
        <translation>Comment votre journal est protégé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="113"/>
        <source>Where your journal and its backups are kept</source>
        <translation>Où sont gardés votre journal et ses sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="115"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="148"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/lifecycle.py" line="294"/>
        <source>%n follow-up(s) overdue</source>
        <translation>Suivis en retard&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="298"/>
        <source>%n unfinished draft(s) on Today</source>
        <translation>Brouillons inachevés dans Aujourd’hui&#xa0;: %n</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="471"/>
        <source>Giving your journal a new key…</source>
        <translation>Nouvelle clé pour votre journal…</translation>
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
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="252"/>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="270"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="271"/>
        <source>Copying to your backup folder…</source>
        <translation>Copie vers votre dossier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="275"/>
        <source>{n} percent</source>
        <translation>{n} pour cent</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="321"/>
        <source>{title}: the numbers</source>
        <translation>{title}&#xa0;: les chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="327"/>
        <source>{title}, chart</source>
        <translation>{title}, graphique</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="332"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="333"/>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="334"/>
        <source>The same figures as a table</source>
        <translation>Les mêmes chiffres sous forme de tableau</translation>
    </message>
</context>
<context>
    <name>ClosingStep</name>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="43"/>
        <source>No conversation this time, and that is still worth a record. Agree when to try again below.</source>
        <translation>Pas de conversation cette fois, et cela mérite quand même d’être noté. Convenez ci-dessous du moment où réessayer.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="54"/>
        <location filename="../../ui/session/steps/closing_step.py" line="55"/>
        <source>Agree a follow-up</source>
        <translation>Convenir d’un suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="67"/>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="73"/>
        <source>e.g. a short call after their next shift</source>
        <translation>p. ex. un court appel après sa prochaine garde</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="74"/>
        <source>Follow-up plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="76"/>
        <source>Follow-up &amp;on:</source>
        <translation>&amp;Suivi le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="77"/>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="83"/>
        <source>Was it helpful, in your view?</source>
        <translation>Cet échange a-t-il aidé, selon vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="84"/>
        <source>Were their needs met?</source>
        <translation>Ses besoins ont-ils été satisfaits&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="85"/>
        <source>&amp;Helpful, in your view:</source>
        <translation>&amp;Utile, selon vous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="86"/>
        <source>Their needs &amp;met:</source>
        <translation>Ses &amp;besoins satisfaits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="91"/>
        <source>How are you doing yourself?</source>
        <translation>Et vous, comment allez-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="94"/>
        <source>How are &amp;you doing:</source>
        <translation>Comment allez-&amp;vous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="95"/>
        <source>I&apos;d like a debrief about this one</source>
        <translation>J’aimerais un débriefing sur cet entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="96"/>
        <source>Debrief wanted</source>
        <translation>Débriefing souhaité</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/closing_step.py" line="100"/>
        <source>&lt;b&gt;Your view, and your own check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre avis, et votre point sur vous-même&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodeGroups</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="84"/>
        <source>group {n}</source>
        <translation>groupe {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="98"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimer la feuille de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="99"/>
        <source>Print recovery sheet</source>
        <translation>Imprimer la feuille de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="113"/>
        <source>Keep it somewhere safe and away from the laptop, for example with your important papers at home, not in the laptop bag. Anyone who has this code and your journal file can read the journal.</source>
        <translation>Gardez-la en lieu sûr et loin de l’ordinateur portable, par exemple avec vos papiers importants à la maison, pas dans la sacoche de l’ordinateur. Toute personne qui a ce code et votre fichier de journal peut lire le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="125"/>
        <source>Recovery code, group {n}</source>
        <translation>Code de récupération, groupe {n}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="149"/>
        <source>The sheet was printed to the file {file}. Print that file on paper, then delete it: anyone with it and your journal file can read the journal.</source>
        <translation>La feuille a été imprimée dans le fichier {file}. Imprimez ce fichier sur papier, puis supprimez-le&#xa0;: toute personne qui l’a, avec votre fichier de journal, peut lire le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="153"/>
        <source>The sheet went to the printer {printer}. Fetch it from the tray now.</source>
        <translation>La feuille est partie vers l’imprimante {printer}. Allez la chercher dans le bac dès maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="154"/>
        <source>(the default printer)</source>
        <translation>(l’imprimante par défaut)</translation>
    </message>
</context>
<context>
    <name>CompleteOffer</name>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="31"/>
        <source>This peer</source>
        <translation>Ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="33"/>
        <source>Planned follow-up</source>
        <translation>Suivi prévu</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="36"/>
        <source>{peer} has a follow-up planned for {date}: complete it with this session?</source>
        <translation>Un suivi est prévu avec {peer} le {date}&#xa0;: le réaliser avec cet entretien&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="40"/>
        <source>The plan: {plan}</source>
        <translation>Le plan&#xa0;: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="42"/>
        <source>&amp;Yes, complete it</source>
        <translation>&amp;Oui, le réaliser</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="45"/>
        <source>&amp;No, a separate session</source>
        <translation>&amp;Non, un entretien à part</translation>
    </message>
</context>
<context>
    <name>ContextStep</name>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="60"/>
        <source>Peer (pseudonym)</source>
        <translation>Pair (pseudonyme)</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="61"/>
        <source>Choose a peer, or type a new pseudonym</source>
        <translation>Choisissez un pair ou tapez un nouveau pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="65"/>
        <source>Choose or type a pseudonym</source>
        <translation>Choisissez ou tapez un pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="87"/>
        <source>&amp;Peer:</source>
        <translation>&amp;Pair&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="92"/>
        <source>Date of the session</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="97"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="100"/>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="101"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="106"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="111"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="115"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="116"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="117"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="118"/>
        <source>&amp;Kind of contact:</source>
        <translation>&amp;Type de contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="119"/>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="120"/>
        <source>&amp;Referred by:</source>
        <translation>&amp;Orienté par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="121"/>
        <source>Outreach outcome</source>
        <translation>Issue de la prise de contact</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="122"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="123"/>
        <source>Peer&apos;s role</source>
        <translation>Fonction du pair</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="124"/>
        <source>Peer&apos;s ro&amp;le:</source>
        <translation>&amp;Fonction du pair&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="129"/>
        <source>No conversation this time? That still counts: an unanswered or declined outreach is worth recording. The conversation steps are skipped; plan when to try again under Closing and follow-up.</source>
        <translation>Pas de conversation cette fois&#xa0;? Cela compte quand même&#xa0;: une prise de contact sans réponse ou déclinée mérite d’être notée. Les étapes de la conversation sont passées&#xa0;; prévoyez quand réessayer dans Clôture et suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="136"/>
        <source>Plan a follow-up</source>
        <translation>Prévoir un suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="136"/>
        <source>Go to follow-up planning</source>
        <translation>Aller à la planification du suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="146"/>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="147"/>
        <source>&amp;Stress drivers</source>
        <translation>Facteurs de &amp;stress</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="148"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="149"/>
        <source>Stress drivers</source>
        <translation>Facteurs de stress</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="177"/>
        <source>Use the arrow keys and Space to tick</source>
        <translation>Flèches et Espace pour cocher</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="285"/>
        <source>New peer: “{name}” will be added when you finish.</source>
        <translation>Nouveau pair&#xa0;: «&#xa0;{name}&#xa0;» sera ajouté quand vous terminerez.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/context_step.py" line="288"/>
        <source>A pseudonym only: never a real name.</source>
        <translation>Un pseudonyme seulement&#xa0;: jamais un vrai nom.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/system/crash.py" line="185"/>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="189"/>
        <source>Something unexpected went wrong inside PeerDesk, and it needs to close. What is already saved in your journal stays safe.</source>
        <translation>Une erreur inattendue s’est produite dans PeerDesk, qui doit se fermer. Ce qui est déjà enregistré dans votre journal ne risque rien.</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="195"/>
        <source>The report below only says where in PeerDesk&apos;s code the problem happened: it holds no journal text, no names and no keys. To help fix it, copy it and send it to whoever looks after PeerDesk for your program.</source>
        <translation>Le rapport ci-dessous indique seulement où, dans le code de PeerDesk, le problème s’est produit&#xa0;: il ne contient aucun texte du journal, aucun nom et aucune clé. Pour aider à le corriger, copiez-le et envoyez-le à la personne qui s’occupe de PeerDesk dans votre programme.</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="200"/>
        <source>A copy is kept in {path}.</source>
        <translation>Une copie est gardée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="209"/>
        <source>Crash report</source>
        <translation>Rapport d’incident</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="210"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="211"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="214"/>
        <source>Quit PeerDesk</source>
        <translation>Quitter PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/system/crash.py" line="230"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="103"/>
        <location filename="../../ui/gates/damage_dialog.py" line="107"/>
        <source>Your journal file is damaged</source>
        <translation>Votre fichier de journal est endommagé</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="115"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="116"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="122"/>
        <source>R&amp;escue what can still be read</source>
        <translation>&amp;Sauver ce qui peut encore être lu</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="123"/>
        <source>Rescue what can still be read</source>
        <translation>Sauver ce qui peut encore être lu</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="127"/>
        <source>No backup, or one that is too old? PeerDesk can copy everything it can still read into a new journal, encrypted like the old one. The damaged file is only read, never changed.</source>
        <translation>Pas de sauvegarde, ou une trop ancienne&#xa0;? PeerDesk peut copier tout ce qu’il peut encore lire dans un nouveau journal, chiffré comme l’ancien. Le fichier endommagé est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="133"/>
        <source>Recovery code or lock passphrase</source>
        <translation>Code de récupération ou phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="137"/>
        <source>Recovery code or lock &amp;passphrase:</source>
        <translation>Code de récupération ou &amp;phrase secrète de verrouillage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="144"/>
        <source>Rescuing</source>
        <translation>Sauvetage en cours</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="149"/>
        <source>&amp;Open the rescued journal</source>
        <translation>&amp;Ouvrir le journal sauvé</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="150"/>
        <source>Open the rescued journal</source>
        <translation>Ouvrir le journal sauvé</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="155"/>
        <source>More choices ▸</source>
        <translation>Plus de choix ▸</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="157"/>
        <source>Show more choices</source>
        <translation>Afficher plus de choix</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="162"/>
        <location filename="../../ui/gates/damage_dialog.py" line="178"/>
        <source>Start over with an empty journal</source>
        <translation>Repartir d’un journal vide</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="166"/>
        <source>Only if no backup works and nothing could be rescued. Your damaged journal is moved to {folder} and kept there (with shredding of notes on, until it is older than both periods). PeerDesk then sets up a new, empty journal with a new recovery code.</source>
        <translation>Seulement si aucune sauvegarde ne fonctionne et que rien n’a pu être sauvé. Votre journal endommagé est déplacé dans {folder} et y est gardé (avec la destruction des notes activée, jusqu’à ce qu’il soit plus ancien que les deux délais). PeerDesk crée ensuite un nouveau journal vide, avec un nouveau code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="174"/>
        <source>I understand that my sessions will not be in the new journal</source>
        <translation>Je comprends que mes entretiens ne seront pas dans le nouveau journal</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="177"/>
        <location filename="../../ui/gates/damage_dialog.py" line="499"/>
        <source>Start over</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="189"/>
        <source>Quit PeerDesk without changing anything</source>
        <translation>Quitter PeerDesk sans rien changer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="196"/>
        <source>1. Go back to a backup (best)</source>
        <translation>1. Revenir à une sauvegarde (le mieux)</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="200"/>
        <source>2. Rescue what can still be read</source>
        <translation>2. Sauver ce qui peut encore être lu</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="226"/>
        <source>Rescuing needs the journal&apos;s key file (journal.keys), which is missing or damaged too. Restore from a backup: each one carries its own key file.</source>
        <translation>Le sauvetage a besoin du fichier de clés du journal (journal.keys), qui est absent ou endommagé lui aussi. Restaurez une sauvegarde&#xa0;: chacune a son propre fichier de clés.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="239"/>
        <source>The journal file is empty, cut short or missing, so there is nothing in it to rescue. Restore from a backup.</source>
        <translation>Le fichier du journal est vide, tronqué ou absent&#xa0;: il n’y a rien à sauver. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="255"/>
        <source>PeerDesk found no backup in its data folder. If you keep backups elsewhere (an external drive), choose the file there.</source>
        <translation>PeerDesk n’a trouvé aucune sauvegarde dans son dossier de données. Si vous gardez des sauvegardes ailleurs (un disque externe), choisissez le fichier à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="259"/>
        <source>Your most recent backup is from {when}. Sessions written since then are not in it.</source>
        <translation>Votre sauvegarde la plus récente date du {when}. Les entretiens écrits depuis n’y sont pas.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="286"/>
        <source>Type your lock passphrase (or your recovery code) and choose Rescue.</source>
        <translation>Tapez votre phrase secrète de verrouillage (ou votre code de récupération) et choisissez Sauver.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="292"/>
        <source>The keyring cannot give PeerDesk the journal&apos;s key. Type your recovery code (or your lock passphrase) and choose Rescue again.</source>
        <translation>Le trousseau ne peut pas donner à PeerDesk la clé du journal. Tapez votre code de récupération (ou votre phrase secrète de verrouillage) et choisissez de nouveau Sauver.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="387"/>
        <source>Nothing could be read: the part of the file that holds the journal&apos;s layout is damaged. Restore from a backup if you can.</source>
        <translation>Rien n’a pu être lu&#xa0;: la partie du fichier qui contient la structure du journal est endommagée. Restaurez une sauvegarde si vous le pouvez.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="391"/>
        <source>PeerDesk saved {what}</source>
        <translation>PeerDesk a sauvé {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gates/damage_dialog.py" line="397"/>
        <source>%n session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%n entretien est revenu avec seulement sa date, son pair et son statut, ou comme brouillon qui contient ses notes.</numerusform>
            <numerusform>%n entretiens sont revenus avec seulement leur date, leur pair et leur statut, ou comme brouillons qui contiennent leurs notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="404"/>
        <source>session details</source>
        <translation>les détails des entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="405"/>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="406"/>
        <source>peers</source>
        <translation>les pairs</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="407"/>
        <source>follow-ups</source>
        <translation>les suivis</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="408"/>
        <source>events and stress drivers of sessions</source>
        <translation>les événements et facteurs de stress des entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="409"/>
        <source>your event and stress-driver lists</source>
        <translation>vos listes d’événements et de facteurs de stress</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="410"/>
        <source>the resource directory</source>
        <translation>l’annuaire des ressources</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="411"/>
        <source>resources marked in sessions</source>
        <translation>les ressources cochées dans les entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="412"/>
        <source>settings</source>
        <translation>les réglages</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="418"/>
        <source>Parts of the file could not be read ({parts}); what only those parts held is lost.</source>
        <translation>Certaines parties du fichier n’ont pas pu être lues ({parts})&#xa0;; ce que seules ces parties contenaient est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="423"/>
        <source>Everything could be read.</source>
        <translation>Tout a pu être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="426"/>
        <source>The rescued journal is in {folder}. Opening it puts it in place of the damaged one, which is kept in {aside}.</source>
        <translation>Le journal sauvé est dans {folder}. L’ouvrir le met à la place du journal endommagé, qui est gardé dans {aside}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="456"/>
        <source>To open the rescued journal PeerDesk needs your recovery code. Choose Restore from a backup…, pick the rescued file ({name}) and use your recovery code.</source>
        <translation>Pour ouvrir le journal sauvé, PeerDesk a besoin de votre code de récupération. Choisissez Restaurer une sauvegarde…, prenez le fichier sauvé ({name}) et utilisez votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/damage_dialog.py" line="479"/>
        <source>Move the damaged journal aside and start a new, empty one? The damaged files are kept in the set-aside folder.</source>
        <translation>Mettre le journal endommagé à l’écart et en commencer un nouveau, vide&#xa0;? Les fichiers endommagés sont gardés dans le dossier de mise à l’écart.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/models/followups_model.py" line="34"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="34"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="34"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="36"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="37"/>
        <source>Due today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="38"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="39"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="90"/>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="115"/>
        <source>since yesterday ({date})</source>
        <translation>depuis hier ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="117"/>
        <source>{n} days late ({date})</source>
        <translation>{n} jours de retard ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="119"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="121"/>
        <source>tomorrow ({date})</source>
        <translation>demain ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="83"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="91"/>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="96"/>
        <source>Open follow-ups</source>
        <translation>Suivis en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="98"/>
        <source>Press Enter on a follow-up to start the follow-up session</source>
        <translation>Appuyez sur Entrée sur un suivi pour commencer l’entretien de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="131"/>
        <location filename="../../ui/pages/followups_page.py" line="320"/>
        <source>&amp;Complete: start the follow-up session</source>
        <translation>&amp;Réaliser&#xa0;: commencer l’entretien de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="133"/>
        <source>Complete this follow-up by starting the follow-up session</source>
        <translation>Réaliser ce suivi en commençant l’entretien de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="137"/>
        <source>&amp;Snooze</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="138"/>
        <source>Snooze this follow-up</source>
        <translation>Reporter ce suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="145"/>
        <source>Pick a date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="150"/>
        <source>Ca&amp;ncel follow-up…</source>
        <translation>A&amp;nnuler le suivi…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="151"/>
        <source>Cancel this follow-up, with a reason</source>
        <translation>Annuler ce suivi, avec une raison</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="153"/>
        <source>Open the session it came &amp;from</source>
        <translation>Ouvrir l’entretien d’&amp;origine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="154"/>
        <source>Open the session this follow-up came from</source>
        <translation>Ouvrir l’entretien dont vient ce suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="159"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="170"/>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="171"/>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="172"/>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="173"/>
        <source>Agreed in:</source>
        <translation>Convenu lors de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="244"/>
        <source>{n} due: {overdue} overdue · {today} today · {week} later this week</source>
        <translation>{n} à faire&#xa0;: {overdue} en retard · {today} aujourd’hui · {week} plus tard cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="250"/>
        <source>Nothing due this week.</source>
        <translation>Rien à faire cette semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="252"/>
        <source>Tomorrow ({date})</source>
        <translation>Demain ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="255"/>
        <source>Next week ({date})</source>
        <translation>La semaine prochaine ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="274"/>
        <location filename="../../ui/pages/followups_page.py" line="316"/>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="276"/>
        <source>Done: {peer}&apos;s follow-up, completed by the session of {date}.</source>
        <translation>Fait&#xa0;: le suivi de {peer}, réalisé par l’entretien du {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="279"/>
        <source>Done: {peer}&apos;s follow-up.</source>
        <translation>Fait&#xa0;: le suivi de {peer}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="305"/>
        <source>Choose a follow-up to see its plan. Press Enter on one to start the follow-up session.</source>
        <translation>Choisissez un suivi pour voir son plan. Appuyez sur Entrée sur l’un d’eux pour commencer l’entretien de suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="312"/>
        <source>No open follow-ups. When you agree one in a session, it shows up here.</source>
        <translation>Aucun suivi en cours. Quand vous en convenez un lors d’un entretien, il apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="318"/>
        <source>&amp;Complete: go on with the follow-up session (a draft)</source>
        <translation>&amp;Réaliser&#xa0;: reprendre l’entretien de suivi (un brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="323"/>
        <source>No plan written down.</source>
        <translation>Aucun plan noté.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="328"/>
        <source>None kept</source>
        <translation>Aucune gardée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="333"/>
        <source>the session of {date}</source>
        <translation>l’entretien du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="334"/>
        <source>a session that is no longer kept</source>
        <translation>un entretien qui n’est plus gardé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="341"/>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="343"/>
        <source>since yesterday</source>
        <translation>depuis hier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="345"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="347"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="348"/>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="379"/>
        <location filename="../../ui/pages/followups_page.py" line="419"/>
        <location filename="../../ui/pages/followups_page.py" line="423"/>
        <source>That follow-up is no longer open.</source>
        <translation>Ce suivi n’est plus en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="382"/>
        <source>It could not be snoozed: {reason}</source>
        <translation>Il n’a pas pu être reporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="387"/>
        <source>Snoozed until {date}.</source>
        <translation>Reporté au {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="413"/>
        <source>Keep the reason to {n} characters; nothing was changed.</source>
        <translation>Limitez la raison à {n} caractères&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="426"/>
        <source>It could not be cancelled: {reason}</source>
        <translation>Il n’a pas pu être annulé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="429"/>
        <source>Follow-up cancelled.</source>
        <translation>Suivi annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="442"/>
        <source>Snooze until</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="444"/>
        <source>Snooze until this date</source>
        <translation>Reporter à cette date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="465"/>
        <source>They are doing well and need no more check-ins</source>
        <translation>La personne va bien et n’a plus besoin d’être recontactée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="466"/>
        <source>They asked not to be contacted again</source>
        <translation>La personne a demandé à ne plus être contactée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="467"/>
        <source>Someone else is following up</source>
        <translation>Quelqu’un d’autre assure le suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="468"/>
        <source>I could not reach them</source>
        <translation>Je n’ai pas réussi à joindre la personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="472"/>
        <source>Cancel follow-up</source>
        <translation>Annuler le suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_page.py" line="473"/>
        <source>Why is this follow-up no longer needed? (No names or details.)</source>
        <translation>Pourquoi ce suivi n’est-il plus nécessaire&#xa0;? (Ni noms ni détails.)</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="192"/>
        <source>To be sure your copy is right, type group {n} of your recovery code from what you wrote down or printed (not from the screen).</source>
        <translation>Pour vérifier que votre copie est juste, tapez le groupe {n} de votre code de récupération à partir de ce que vous avez noté ou imprimé (pas depuis l’écran).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="196"/>
        <source>&amp;Group {n}:</source>
        <translation>&amp;Groupe {n}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="197"/>
        <source>Group {n} of the recovery code</source>
        <translation>Groupe {n} du code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="206"/>
        <source>Type group {n} to go on.</source>
        <translation>Tapez le groupe {n} pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="208"/>
        <source>A group is {size} letters and digits. Please check it.</source>
        <translation>Un groupe compte {size} lettres et chiffres. Vérifiez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="213"/>
        <source>That is not group {n}. Compare your copy with the code: choose Show the code again and correct your copy if it differs.</source>
        <translation>Ce n’est pas le groupe {n}. Comparez votre copie avec le code&#xa0;: choisissez Afficher le code à nouveau et corrigez votre copie si elle diffère.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="96"/>
        <source>Make a handout</source>
        <translation>Préparer une fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="111"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="111"/>
        <source>Check before printing</source>
        <translation>À vérifier avant d’imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="112"/>
        <source>Resources on the handout</source>
        <translation>Ressources sur la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="114"/>
        <source>Tick a category for all of its entries; Space ticks the current row</source>
        <translation>Cochez une catégorie pour toutes ses entrées&#xa0;; Espace coche la ligne en cours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="121"/>
        <source>&amp;Resources (tick a category to take all of it)</source>
        <translation>&amp;Ressources (cochez une catégorie pour la prendre en entier)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="125"/>
        <source>Personal note (optional)</source>
        <translation>Note personnelle (facultative)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="126"/>
        <source>e.g. Thank you for talking with me today.</source>
        <translation>p. ex. Merci d’avoir pris le temps d’échanger avec moi aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="132"/>
        <source>Printed exactly as you type it on a page you give away: leave out names and anything about your conversation.</source>
        <translation>Imprimée exactement comme vous la tapez, sur une page que vous remettez&#xa0;: n’y mettez ni noms ni rien de votre conversation.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="142"/>
        <source>Organisation name on the handout</source>
        <translation>Nom de l’organisation sur la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="143"/>
        <source>Optional, e.g. your hospital&apos;s name</source>
        <translation>Facultatif, p. ex. le nom de votre hôpital</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="149"/>
        <source>Date on the handout</source>
        <translation>Date sur la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="156"/>
        <source>Things to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="166"/>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="179"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="180"/>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="180"/>
        <source>Show a print preview</source>
        <translation>Afficher un aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="181"/>
        <source>Print the handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="182"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="182"/>
        <source>Save the handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="183"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="183"/>
        <source>Close without printing</source>
        <translation>Fermer sans imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="196"/>
        <source>Personal &amp;note:</source>
        <translation>&amp;Note personnelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="199"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="202"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="265"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="278"/>
        <source>no phone, text or web address yet</source>
        <translation>pas encore de téléphone, de SMS ni d’adresse web</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="280"/>
        <source>not verified yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="282"/>
        <source>verified over a year ago</source>
        <translation>vérifiée il y a plus d’un an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="340"/>
        <source>A note holds at most {n} characters; the rest was cut off.</source>
        <translation>Une note contient au plus {n} caractères&#xa0;; la suite a été coupée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="370"/>
        <source>“{name}” was not verified in the last 12 months: check its numbers and hours before you hand this out.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été vérifiée au cours des 12 derniers mois&#xa0;: vérifiez ses numéros et horaires avant de remettre cette fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="377"/>
        <source>{n} of the chosen entries were not verified in the last 12 months: check their numbers and hours before you hand this out.</source>
        <translation>{n} des entrées choisies n’ont pas été vérifiées au cours des 12 derniers mois&#xa0;: vérifiez leurs numéros et horaires avant de remettre cette fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="383"/>
        <source>No phone, text line or web address yet for: {names}.</source>
        <translation>Pas encore de téléphone, de ligne SMS ni d’adresse web pour&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="398"/>
        <source>Tick at least one resource.</source>
        <translation>Cochez au moins une ressource.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="407"/>
        <source>Fits on one page.</source>
        <translation>Tient sur une page.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="410"/>
        <source>Takes {n} pages: untick a few entries to fit one page.</source>
        <translation>Occupe {n} pages&#xa0;: décochez quelques entrées pour tenir sur une page.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="423"/>
        <source>The note can&apos;t be printed: {reason}.</source>
        <translation>La note ne peut pas être imprimée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="428"/>
        <source>The organisation name can&apos;t be printed: {reason}.</source>
        <translation>Le nom de l’organisation ne peut pas être imprimé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="434"/>
        <source>Tick at least one resource first.</source>
        <translation>Cochez d’abord au moins une ressource.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="465"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/handout_dialog.py" line="469"/>
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>{name} enregistré (%n page).</numerusform>
            <numerusform>{name} enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="481"/>
        <source>The handout could not be printed: {reason}</source>
        <translation>La fiche n’a pas pu être imprimée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="487"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="506"/>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handout_dialog.py" line="506"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuard</name>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="88"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="89"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="90"/>
        <source>Record or ID number</source>
        <translation>Numéro de dossier ou d’identification</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="91"/>
        <source>Date (of birth?)</source>
        <translation>Date (de naissance&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="92"/>
        <source>Clinical detail (a diagnosis?)</source>
        <translation>Détail clinique (un diagnostic&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="93"/>
        <source>Clinical detail (a procedure?)</source>
        <translation>Détail clinique (un acte&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="94"/>
        <source>Clinical detail (a medication?)</source>
        <translation>Détail clinique (un médicament&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuardDialog</name>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="133"/>
        <source>Before you save</source>
        <translation>Avant d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="139"/>
        <source>Some of what you wrote looks like it could identify someone. A peer-support note keeps the minimum: a pseudonym and a few words about how things went. Contact details belong on the peer card; record numbers, birth dates and other people&apos;s details don&apos;t belong here at all.</source>
        <translation>Une partie de ce que vous avez écrit semble pouvoir identifier quelqu’un. Une note de soutien par les pairs se limite au minimum&#xa0;: un pseudonyme et quelques mots sur la façon dont les choses se sont passées. Les coordonnées ont leur place sur la fiche du pair&#xa0;; les numéros de dossier, les dates de naissance et les informations sur d’autres personnes n’ont pas leur place ici.</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="148"/>
        <source>Some words look like clinical detail: a diagnosis, a procedure or a medication, the peer&apos;s or a patient&apos;s. Clinical detail belongs in the record of care; a peer-support note can say how things went without it. If it is needed, keep it.</source>
        <translation>Certains mots ressemblent à un détail clinique&#xa0;: un diagnostic, un acte ou un médicament, du pair ou d’un patient. Le détail clinique a sa place dans le dossier de soins&#xa0;; une note de soutien par les pairs peut dire comment les choses se sont passées sans lui. Si c’est nécessaire, gardez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="174"/>
        <source>What to check before saving</source>
        <translation>À vérifier avant d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="176"/>
        <source>Go back and edit</source>
        <translation>Revenir et modifier</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="177"/>
        <source>Go back and edit the note</source>
        <translation>Revenir et modifier la note</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="178"/>
        <source>Keep it and save</source>
        <translation>Garder et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="179"/>
        <source>Keep the text as it is and save</source>
        <translation>Garder le texte tel quel et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/identifier_guard.py" line="198"/>
        <source>in “{where}”</source>
        <translation>dans «&#xa0;{where}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="409"/>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="412"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="415"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="416"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="417"/>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="418"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="419"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="420"/>
        <source>Chosen months</source>
        <translation>Mois choisis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="425"/>
        <source>From month</source>
        <translation>Du mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="425"/>
        <source>To month</source>
        <translation>Au mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="431"/>
        <source>&amp;Report for the program…</source>
        <translation>&amp;Rapport pour le programme…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="432"/>
        <source>Make a de-identified report</source>
        <translation>Préparer un rapport anonymisé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="434"/>
        <source>Counts only, for your program: preview it, then save it as CSV or PDF</source>
        <translation>Des comptages seulement, pour votre programme&#xa0;: prévisualisez-le, puis enregistrez-le en CSV ou en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="437"/>
        <source>Program &amp;totals…</source>
        <translation>&amp;Totaux du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="438"/>
        <source>Combine several supporters&apos; reports</source>
        <translation>Combiner les rapports de plusieurs pairs soutenants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="447"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="451"/>
        <source>fro&amp;m</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="453"/>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="464"/>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <location filename="../../ui/pages/insights_page.py" line="496"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="465"/>
        <location filename="../../ui/pages/insights_page.py" line="661"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="466"/>
        <source>Supporter hours</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="467"/>
        <source>Referral rate</source>
        <translation>Taux d’orientation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="469"/>
        <source>Follow-ups completed</source>
        <translation>Suivis réalisés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="472"/>
        <source>Median days to follow-up</source>
        <translation>Délai médian avant le suivi (jours)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <location filename="../../ui/pages/insights_page.py" line="493"/>
        <location filename="../../ui/pages/insights_page.py" line="504"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <source>Talks</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="483"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="488"/>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="493"/>
        <location filename="../../ui/pages/insights_page.py" line="691"/>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="493"/>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="494"/>
        <source>Follow-ups due and completed</source>
        <translation>Suivis à faire et réalisés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="496"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="504"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="504"/>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="610"/>
        <source>Choose a period of at most {n} months that ends after it starts.</source>
        <translation>Choisissez une période de {n} mois au plus, qui finit après son début.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="632"/>
        <source>{n} of {total} conversations; not counted: help mentioned in {m}, a handout in {h}</source>
        <translation>{n} conversations sur {total}&#xa0;; non comptées&#xa0;: aide mentionnée dans {m}, fiche dans {h}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="641"/>
        <source>{done} of {due}</source>
        <translation>{done} sur {due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="644"/>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="651"/>
        <source>no follow-up sessions yet</source>
        <translation>pas encore d’entretien de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="663"/>
        <source>Other attempts</source>
        <translation>Autres tentatives</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="678"/>
        <source>Contacts per month, {total} in all; the busiest month was {month} with {n}.</source>
        <translation>Contacts par mois, {total} en tout&#xa0;; le mois le plus chargé a été {month}, avec {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="683"/>
        <source>Contacts per month: none in this period.</source>
        <translation>Contacts par mois&#xa0;: aucun sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="693"/>
        <source>Completed</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="702"/>
        <source>Follow-ups: {done} of {due} completed, {late} overdue.</source>
        <translation>Suivis&#xa0;: {done} sur {due} réalisés, {late} en retard.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="740"/>
        <source>Your self-care ratings, month by month, from 1 (struggling) to 5 (doing well).</source>
        <translation>Vos évaluations de la façon dont vous allez, mois par mois, de 1 (en difficulté) à 5 (ça va bien).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="744"/>
        <source>Latest: {month}, {value:.1f}.</source>
        <translation>Dernière&#xa0;: {month}, {value:.1f}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="755"/>
        <source>Rate how you are doing at the end of each session to see a trend here.</source>
        <translation>Évaluez comment vous allez à la fin de chaque entretien pour voir une tendance ici.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="759"/>
        <source>Your ratings have been low lately. Supporters need support too: a debrief with a fellow supporter or your program lead can help.</source>
        <translation>Vos évaluations sont basses ces derniers temps. Les pairs soutenants ont eux aussi besoin de soutien&#xa0;: un débriefing avec un autre pair soutenant ou le responsable de votre programme peut aider.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/insights_page.py" line="762"/>
        <source>Only you see this. It is never part of a report.</source>
        <translation>Personne d’autre que vous ne voit ceci. Cela ne fait jamais partie d’un rapport.</translation>
    </message>
</context>
<context>
    <name>LastSessionSummary</name>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="29"/>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="38"/>
        <source>Last session with this peer</source>
        <translation>Dernier entretien avec ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="75"/>
        <source>Last time with {peer}</source>
        <translation>La dernière fois avec {peer}</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="100"/>
        <source>Date: </source>
        <translation>Date&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="103"/>
        <source>Outreach: </source>
        <translation>Prise de contact&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="105"/>
        <source>Nothing was ticked.</source>
        <translation>Rien n’a été coché.</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="116"/>
        <source>Follow-up agreed for: </source>
        <translation>Suivi convenu pour le&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="118"/>
        <source>Plan: </source>
        <translation>Plan&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="120"/>
        <source>No follow-up was agreed.</source>
        <translation>Aucun suivi n’a été convenu.</translation>
    </message>
    <message>
        <location filename="../../ui/session/last_session_summary.py" line="122"/>
        <source>Anything else: </source>
        <translation>Autre chose&#xa0;: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Demo journal</source>
        <translation>Journal de démonstration</translation>
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
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Demo journal: every session here is fictional, and the whole journal is deleted when PeerDesk closes.</source>
        <translation>Journal de démonstration&#xa0;: chaque entretien ici est fictif, et tout le journal est supprimé à la fermeture de PeerDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;New session</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Re&amp;port for the program…</source>
        <translation>Rapport pour le pro&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Program &amp;totals…</source>
        <translation>T&amp;otaux du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>How PeerDesk protects your journal</source>
        <translation>Comment PeerDesk protège votre journal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;About PeerDesk</source>
        <translation>À &amp;propos de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>{overdue} overdue, {today} due today, {week} later this week</source>
        <translation>{overdue} en retard, {today} aujourd’hui, {week} plus tard cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Session saved.</source>
        <translation>Entretien enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>No backup yet. Journal ▸ Back up now makes an encrypted copy.</source>
        <translation>Pas encore de sauvegarde. Journal ▸ Sauvegarder maintenant crée une copie chiffrée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>The last backup is from {date}, more than a week ago.</source>
        <translation>La dernière sauvegarde date du {date}, il y a plus d’une semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>A backup is being written already.</source>
        <translation>Une sauvegarde est déjà en cours d’écriture.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Backup written and checked: {name}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>The journal keeps its old key</source>
        <translation>Le journal garde son ancienne clé</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>{title}. Nothing was changed: the old code and passphrase still work.</source>
        <translation>{title}. Rien n’a été modifié&#xa0;: l’ancien code et l’ancienne phrase secrète fonctionnent toujours.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>The journal has a new key. The old recovery code opens nothing written now.</source>
        <translation>Le journal a une nouvelle clé. L’ancien code de récupération n’ouvre plus rien de ce qui est écrit désormais.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>What PeerDesk protects, and what it does not</source>
        <translation>Ce que PeerDesk protège, et ce qu’il ne protège pas</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="250"/>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="253"/>
        <source>Write this new code down or print it now: it is shown only this once. When you have checked your copy, PeerDesk gives the journal a new key, and the old code will open nothing you write from then on. Until then nothing has changed.</source>
        <translation>Notez ce nouveau code ou imprimez-le maintenant&#xa0;: il n’est affiché que cette fois. Une fois votre copie vérifiée, PeerDesk donne une nouvelle clé au journal, et l’ancien code n’ouvrira plus rien de ce que vous écrirez ensuite. D’ici là, rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="267"/>
        <source>Show the code again</source>
        <translation>Afficher le code à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="272"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="273"/>
        <source>Cancel: keep the old code and key</source>
        <translation>Annuler&#xa0;: garder l’ancien code et l’ancienne clé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="297"/>
        <source>I have &amp;written it down</source>
        <translation>Je l’ai &amp;noté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/recovery_code_view.py" line="297"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <location filename="../../ui/session/offer_list.py" line="105"/>
        <source>Only “Referred” counts as a referral: you made the contact or set it up for them. Mentioned and handout given are counted apart.</source>
        <translation>Seul «&#xa0;Orienté&#xa0;» compte comme une orientation&#xa0;: vous avez pris contact ou organisé le contact pour la personne. «&#xa0;Mentionné&#xa0;» et «&#xa0;Fiche remise&#xa0;» sont comptés à part.</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="111"/>
        <source>Kind of help or resource</source>
        <translation>Type d’aide ou ressource</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="111"/>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="115"/>
        <source>Help offered</source>
        <translation>Aide proposée</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="134"/>
        <source>1 mentioned, 2 handout given, 3 referred, Space for the next mark, 0 or Delete to clear</source>
        <translation>1 mentionné, 2 fiche remise, 3 orienté, Espace pour la marque suivante, 0 ou Suppr pour effacer</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="148"/>
        <source>Kinds of help</source>
        <translation>Types d’aide</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="158"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="276"/>
        <source>{name}: {mark}</source>
        <translation>{name}&#xa0;: {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/session/offer_list.py" line="277"/>
        <source>not marked</source>
        <translation>non marqué</translation>
    </message>
</context>
<context>
    <name>OldBackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="55"/>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="59"/>
        <source>Backups made with the old key</source>
        <translation>Sauvegardes faites avec l’ancienne clé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="63"/>
        <source>&amp;Re-encrypt them with the new key</source>
        <translation>&amp;Rechiffrer avec la nouvelle clé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="65"/>
        <source>&amp;Delete them</source>
        <translation>Les &amp;supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="67"/>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="120"/>
        <source>&amp;Keep them for now</source>
        <translation>Les &amp;garder pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="96"/>
        <source>No backup made with an old key is left in the backup folders.</source>
        <translation>Il ne reste dans les dossiers de sauvegarde aucune sauvegarde faite avec une ancienne clé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="101"/>
        <source>The journal now has a new key, but these {n} backups were made before and keep the old one: the old recovery code still opens them. Re-encrypt them with the new key (the new code then opens them, the old one no longer), or delete them. Copies you made elsewhere yourself are not listed.</source>
        <translation>Le journal a maintenant une nouvelle clé, mais ces {n} sauvegardes ont été faites avant et gardent l’ancienne&#xa0;: l’ancien code de récupération les ouvre toujours. Rechiffrez-les avec la nouvelle clé (le nouveau code les ouvre alors, l’ancien non), ou supprimez-les. Les copies que vous avez faites ailleurs vous-même ne sont pas listées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="110"/>
        <source>These {n} backups were made with an older key: the old recovery code still opens them. PeerDesk no longer holds that key, so it cannot re-encrypt them; delete them, or keep them and the old code (a restore asks for it).</source>
        <translation>Ces {n} sauvegardes ont été faites avec une clé plus ancienne&#xa0;: l’ancien code de récupération les ouvre toujours. PeerDesk n’a plus cette clé et ne peut donc pas les rechiffrer&#xa0;; supprimez-les, ou gardez-les avec l’ancien code (une restauration le demandera).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="120"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="132"/>
        <source>Delete these {n} backups and their key files? The journal itself and the backups made with the new key are kept.</source>
        <translation>Supprimer ces {n} sauvegardes et leurs fichiers de clés&#xa0;? Le journal lui-même et les sauvegardes faites avec la nouvelle clé sont gardés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="152"/>
        <source>Re-encrypting…</source>
        <translation>Rechiffrement…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="152"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="180"/>
        <source>{n} backups dealt with.</source>
        <translation>{n} sauvegardes traitées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/old_backups_dialog.py" line="183"/>
        <source>{name}: {why}</source>
        <translation>{name}&#xa0;: {why}</translation>
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
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="88"/>
        <source>The pages, as they will be printed</source>
        <translation>Les pages, telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/page_preview.py" line="92"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../../ui/models/peers_model.py" line="34"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="35"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="36"/>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="37"/>
        <source>Last session</source>
        <translation>Dernier entretien</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="100"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../ui/models/peers_model.py" line="100"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="72"/>
        <source>Sho&amp;w closed peers</source>
        <translation>Affic&amp;her les pairs clos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="73"/>
        <source>Show closed peers</source>
        <translation>Afficher les pairs clos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="78"/>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="92"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="93"/>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="94"/>
        <source>Last session</source>
        <translation>Dernier entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="102"/>
        <source>Pseudonym of the new peer</source>
        <translation>Pseudonyme du nouveau pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="103"/>
        <source>A name only you can link to them</source>
        <translation>Un nom que personne d’autre que vous ne peut relier à cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="107"/>
        <source>Contact details of the new peer (optional)</source>
        <translation>Coordonnées du nouveau pair (facultatives)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="108"/>
        <source>Optional, for follow-ups</source>
        <translation>Facultatives, pour les suivis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="111"/>
        <source>&amp;Add peer</source>
        <translation>&amp;Ajouter le pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="112"/>
        <source>Add the new peer</source>
        <translation>Ajouter le nouveau pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="129"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="133"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="134"/>
        <source>None kept</source>
        <translation>Aucune gardée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="137"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="138"/>
        <source>Save the pseudonym and contact details</source>
        <translation>Enregistrer le pseudonyme et les coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="145"/>
        <source>Sessions with this peer</source>
        <translation>Entretiens avec ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="148"/>
        <source>&amp;New session with this peer</source>
        <translation>&amp;Nouvel entretien avec ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="149"/>
        <source>Start a new session with this peer</source>
        <translation>Commencer un nouvel entretien avec ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="153"/>
        <source>&amp;Forget now…</source>
        <translation>&amp;Oublier maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="154"/>
        <source>Forget this peer now</source>
        <translation>Oublier ce pair maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="156"/>
        <source>Remove this peer and their notes for good; the counts stay</source>
        <translation>Retirer définitivement ce pair et ses notes&#xa0;; les comptages restent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="169"/>
        <source>Add a peer</source>
        <translation>Ajouter un pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="171"/>
        <source>Pseu&amp;donym</source>
        <translation>Pse&amp;udonyme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="173"/>
        <source>Con&amp;tact</source>
        <translation>Coordonnée&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="189"/>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="191"/>
        <source>&amp;Contact details</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="212"/>
        <source>Choose a peer on the left to see their sessions, or add a new one.</source>
        <translation>Choisissez un pair à gauche pour voir ses entretiens, ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="303"/>
        <source>Closed. Their contact details were removed on {date}.</source>
        <translation>Clos. Ses coordonnées ont été retirées le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="308"/>
        <source>Closed on {date}. Contact details are removed once the retention period ends.</source>
        <translation>Clos le {date}. Les coordonnées sont retirées à la fin de la durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="311"/>
        <source>Open: you are still in touch.</source>
        <translation>Ouvert&#xa0;: vous êtes encore en contact.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="313"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="313"/>
        <source>C&amp;lose peer</source>
        <translation>C&amp;lore le pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="315"/>
        <source>Reopen this peer</source>
        <translation>Rouvrir ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="315"/>
        <source>Close this peer</source>
        <translation>Clore ce pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="326"/>
        <source>follow-up done {date}</source>
        <translation>suivi fait le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="328"/>
        <source>follow-up done</source>
        <translation>suivi fait</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="331"/>
        <source>follow-up {date}</source>
        <translation>suivi le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="336"/>
        <source>No sessions with this peer yet.</source>
        <translation>Pas encore d’entretien avec ce pair.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="338"/>
        <source>1 session (press Enter to open it)</source>
        <translation>1 entretien (appuyez sur Entrée pour l’ouvrir)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="341"/>
        <source>{n} sessions, newest first (press Enter to open one)</source>
        <translation>{n} entretiens, du plus récent au plus ancien (appuyez sur Entrée pour en ouvrir un)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="352"/>
        <source>Give the peer a pseudonym.</source>
        <translation>Donnez un pseudonyme au pair.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="354"/>
        <source>A pseudonym fits at most {n} characters.</source>
        <translation>Un pseudonyme compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="358"/>
        <source>Another peer already has this pseudonym. Add a letter or a number to tell them apart.</source>
        <translation>Un autre pair a déjà ce pseudonyme. Ajoutez une lettre ou un chiffre pour les distinguer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="365"/>
        <source>Contact details fit at most {n} characters.</source>
        <translation>Les coordonnées comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="381"/>
        <source>This could not be saved: {reason}.</source>
        <translation>Cela n’a pas pu être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="409"/>
        <source>{name} was added.</source>
        <translation>Le pair {name} a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="438"/>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="448"/>
        <source>{name} is open again.</source>
        <translation>Le pair {name} est de nouveau ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="451"/>
        <source>{name} is closed.</source>
        <translation>Le pair {name} est clos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="453"/>
        <source>Tick &quot;Show closed peers&quot; to see them again.</source>
        <translation>Cochez «&#xa0;Afficher les pairs clos&#xa0;» pour les revoir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="472"/>
        <source>Removed for good: the pseudonym, any contact details, open follow-ups and the notes of their sessions.</source>
        <translation>Retirés définitivement&#xa0;: le pseudonyme, les éventuelles coordonnées, les suivis en cours et les notes de ses entretiens.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="477"/>
        <source>Kept, linked to nobody: the {n} session records&apos; dates, kinds, outcomes and tags, so your de-identified counts still add up.</source>
        <translation>Gardés, reliés à personne&#xa0;: les dates, types, issues et étiquettes des {n} entretiens, pour que vos comptages anonymisés restent justes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="481"/>
        <source>There are no sessions with this peer, so nothing else changes.</source>
        <translation>Il n’y a aucun entretien avec ce pair, donc rien d’autre ne change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="484"/>
        <source>Forget {name} now?</source>
        <translation>Oublier {name} maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="487"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="498"/>
        <source>The peer could not be forgotten: {reason}</source>
        <translation>Le pair n’a pas pu être oublié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="504"/>
        <source>The peer was forgotten.</source>
        <translation>Le pair a été oublié.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="519"/>
        <source>Forget peer</source>
        <translation>Oublier le pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/peers_page.py" line="525"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="63"/>
        <source>Program totals</source>
        <translation>Totaux du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="68"/>
        <source>Add the de-identified reports (CSV) your supporters sent you. PeerDesk adds them up and holds back small totals again. Nothing here is saved in your journal.</source>
        <translation>Ajoutez les rapports anonymisés (CSV) que vos pairs soutenants vous ont envoyés. PeerDesk les additionne et masque de nouveau les petits totaux. Rien ici n’est enregistré dans votre journal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="73"/>
        <source>&amp;Add reports…</source>
        <translation>&amp;Ajouter des rapports…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="74"/>
        <source>Add report files</source>
        <translation>Ajouter des fichiers de rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="76"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="77"/>
        <source>Remove the chosen report</source>
        <translation>Retirer le rapport choisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="80"/>
        <source>Reports added</source>
        <translation>Rapports ajoutés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="86"/>
        <source>Hide totals below</source>
        <translation>Masquer les totaux inférieurs à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="88"/>
        <source>&amp;Hide totals below</source>
        <translation>&amp;Masquer les totaux inférieurs à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="99"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="99"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="99"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="101"/>
        <source>Combined figures by month</source>
        <translation>Chiffres combinés par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="103"/>
        <source>Combined figures by category</source>
        <translation>Chiffres combinés par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="112"/>
        <source>By &amp;month</source>
        <translation>Par m&amp;ois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="113"/>
        <source>By &amp;category</source>
        <translation>Par &amp;catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="115"/>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="116"/>
        <source>Save the program totals as PDF</source>
        <translation>Enregistrer les totaux du programme en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="145"/>
        <source>Add reports</source>
        <translation>Ajouter des rapports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="145"/>
        <source>PeerDesk reports (*.csv);;All files (*)</source>
        <translation>Rapports PeerDesk (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="151"/>
        <source>Save the program totals</source>
        <translation>Enregistrer les totaux du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="151"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="164"/>
        <source>{name}: added already</source>
        <translation>{name}&#xa0;: déjà ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="170"/>
        <source>{name} was not added: {reason}</source>
        <translation>{name} n’a pas été ajouté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="195"/>
        <source>{name} — {first} to {last}, counts below {t} held back</source>
        <translation>{name} — de {first} à {last}, comptages inférieurs à {t} masqués</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="206"/>
        <source>No reports added yet.</source>
        <translation>Aucun rapport ajouté pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="216"/>
        <source>%n report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%n rapport, de {first} à {last}.</numerusform>
            <numerusform>%n rapports, de {first} à {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="221"/>
        <source>Totals that could be below {t} are shown as &lt;{t} or ≤N; where a report held back a small count, the total is a range; x marks a total held back so that none of those can be worked out from the others.</source>
        <translation>Les totaux qui pourraient être inférieurs à {t} sont affichés comme &lt;{t} ou ≤N&#xa0;; là où un rapport a masqué un petit comptage, le total est une fourchette&#xa0;; x marque un total masqué pour qu’aucun d’eux ne puisse être déduit des autres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="225"/>
        <source>Referral rate: {rate}.</source>
        <translation>Taux d’orientation&#xa0;: {rate}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="228"/>
        <source>A report asked for {t}, so {t} is used.</source>
        <translation>Un rapport demandait {t}, donc {t} est utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="232"/>
        <source>The reports cover different periods: months outside a report add nothing from it.</source>
        <translation>Les rapports couvrent des périodes différentes&#xa0;: les mois en dehors d’un rapport n’en ajoutent rien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="240"/>
        <source>Conversations with a referral</source>
        <translation>Conversations avec une orientation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_totals_dialog.py" line="276"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="65"/>
        <source>Report for the program</source>
        <translation>Rapport pour le programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="71"/>
        <source>From month</source>
        <translation>Du mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="71"/>
        <source>To month</source>
        <translation>Au mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="79"/>
        <source>Hide counts below</source>
        <translation>Masquer les comptages inférieurs à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="81"/>
        <source>Counts from 1 up to this number are shown as &apos;&lt;N&apos;, never as the number.</source>
        <translation>Les comptages de 1 jusqu’à ce nombre sont affichés comme «&#xa0;&lt;N&#xa0;», jamais comme le nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="85"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="85"/>
        <source>Printable (PDF)</source>
        <translation>Imprimable (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="86"/>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="93"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="97"/>
        <source>&amp;Months</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="98"/>
        <source>&amp;Hide counts below</source>
        <translation>&amp;Masquer les comptages inférieurs à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="99"/>
        <source>&amp;File type</source>
        <translation>&amp;Type de fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="111"/>
        <source>The CSV file, exactly as it will be written</source>
        <translation>Le fichier CSV, exactement tel qu’il sera écrit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="113"/>
        <source>The PDF pages, as they will be written</source>
        <translation>Les pages PDF, telles qu’elles seront écrites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="124"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="125"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="132"/>
        <source>What will be &amp;written</source>
        <translation>Ce qui sera é&amp;crit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="159"/>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Enregistrer le CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="159"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="161"/>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="161"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="182"/>
        <source>Counts only, by month: no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Des comptages seulement, par mois&#xa0;: ni noms, ni pseudonymes, ni notes, ni coordonnées, ni dates.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="187"/>
        <source>Your self-care ratings are never included. Below is exactly what will be written.</source>
        <translation>Vos auto-évaluations n’y figurent jamais. Voici exactement ce qui sera écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="205"/>
        <source>Counts from 1 to {below} are shown as &lt;{t}, so that no peer can be picked out.</source>
        <translation>Les comptages de 1 à {below} sont affichés comme &lt;{t}, pour qu’aucun pair ne puisse être reconnu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/report_dialog.py" line="208"/>
        <source>Counts from 1 to {below} are shown as &lt;{t}, so that no peer can be picked out, and %n other count(s) are shown as x, so that none of those small counts can be worked out by subtracting the other counts from a total.</source>
        <translation>
            <numerusform>Les comptages de 1 à {below} sont affichés comme &lt;{t}, pour qu’aucun pair ne puisse être reconnu, et %n autre comptage est affiché comme x, pour qu’aucun de ces petits comptages ne puisse être retrouvé en soustrayant les autres comptages d’un total.</numerusform>
            <numerusform>Les comptages de 1 à {below} sont affichés comme &lt;{t}, pour qu’aucun pair ne puisse être reconnu, et %n autres comptages sont affichés comme x, pour qu’aucun de ces petits comptages ne puisse être retrouvé en soustrayant les autres comptages d’un total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="222"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="224"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.py" line="247"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <location filename="../../ui/models/resources_model.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="37"/>
        <source>Phone, text or web</source>
        <translation>Téléphone, SMS ou web</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="37"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="98"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="131"/>
        <source>to fill in</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="135"/>
        <source>text {line}</source>
        <translation>SMS {line}</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="140"/>
        <source>not yet: check it</source>
        <translation>pas encore&#xa0;: à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/models/resources_model.py" line="143"/>
        <source>{date}: over a year ago</source>
        <translation>{date}&#xa0;: il y a plus d’un an</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="101"/>
        <source>Resource directory</source>
        <translation>Annuaire des ressources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="116"/>
        <source>Show arc&amp;hived</source>
        <translation>Afficher &amp;les archivées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="117"/>
        <source>Show archived resources</source>
        <translation>Afficher les ressources archivées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="119"/>
        <source>&amp;Add resource</source>
        <translation>&amp;Ajouter une ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="119"/>
        <source>Add a resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="121"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="121"/>
        <source>Import resources from a file</source>
        <translation>Importer des ressources depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="123"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="123"/>
        <source>Export the directory to a file</source>
        <translation>Exporter l’annuaire dans un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="126"/>
        <source>Make a hand&amp;out…</source>
        <translation>Préparer une &amp;fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="126"/>
        <source>Make a handout from the directory</source>
        <translation>Préparer une fiche à partir de l’annuaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="141"/>
        <source>Verification warning</source>
        <translation>Avertissement de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="146"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="151"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="152"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="153"/>
        <source>Text line</source>
        <translation>Ligne SMS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="154"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="155"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="156"/>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="159"/>
        <source>e.g. Staff counselling service</source>
        <translation>p. ex. Service de soutien psychologique du personnel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="160"/>
        <source>as it should be dialled, e.g. 1-800-555-0100</source>
        <translation>tel qu’il doit être composé, p. ex. 01 99 00 12 34</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="161"/>
        <source>e.g. HOME to 741741</source>
        <translation>p. ex. BONJOUR au 12345</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="162"/>
        <source>e.g. example.org/help</source>
        <translation>p. ex. example.org/aide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="163"/>
        <source>e.g. 24 hours, every day</source>
        <translation>p. ex. 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="164"/>
        <source>e.g. All staff and their families</source>
        <translation>p. ex. Tout le personnel et leurs familles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="176"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="178"/>
        <source>What they offer, in a sentence or two (printed on handouts)</source>
        <translation>Ce qu’ils proposent, en une ou deux phrases (imprimé sur les fiches)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="185"/>
        <source>&amp;Verified on</source>
        <translation>&amp;Vérifiée le</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="186"/>
        <source>Details verified</source>
        <translation>Informations vérifiées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="192"/>
        <source>Date the details were verified</source>
        <translation>Date de vérification des informations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="196"/>
        <source>Verified &amp;today</source>
        <translation>Vérifiée au&amp;jourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="196"/>
        <source>Mark as verified today and save</source>
        <translation>Marquer comme vérifiée aujourd’hui et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="199"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="199"/>
        <source>Save this resource</source>
        <translation>Enregistrer cette ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="201"/>
        <source>&amp;Undo changes</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="201"/>
        <source>Undo unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="208"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="214"/>
        <location filename="../../ui/pages/resources_page.py" line="769"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="244"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="245"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="246"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="247"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="248"/>
        <source>Te&amp;xt line:</source>
        <translation>Ligne &amp;SMS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="249"/>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="250"/>
        <source>Hou&amp;rs:</source>
        <translation>H&amp;oraires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="251"/>
        <source>For &amp;whom:</source>
        <translation>&amp;Pour qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="260"/>
        <source>Checked:</source>
        <translation>Vérifiée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="399"/>
        <source>the new resource</source>
        <translation>la nouvelle ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="400"/>
        <source>Discard your unsaved changes to “{name}”?</source>
        <translation>Abandonner vos modifications non enregistrées de «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="432"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="434"/>
        <location filename="../../ui/pages/resources_page.py" line="508"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="438"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="438"/>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="441"/>
        <source>Restore this resource</source>
        <translation>Restaurer cette ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="443"/>
        <source>Archive this resource</source>
        <translation>Archiver cette ressource</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="455"/>
        <source>This is a placeholder for a local service: add its phone number, text line or web address before you print it.</source>
        <translation>Cette entrée est à compléter pour un service local&#xa0;: ajoutez son numéro de téléphone, sa ligne SMS ou son adresse web avant de l’imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="460"/>
        <source>Not verified yet: check the number and hours, then press “Verified today”.</source>
        <translation>Pas encore vérifiée&#xa0;: contrôlez le numéro et les horaires, puis appuyez sur «&#xa0;Vérifiée aujourd’hui&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="464"/>
        <source>Last verified on {date}, more than 12 months ago: numbers and hours change, so check them before you print this.</source>
        <translation>Vérifiée pour la dernière fois le {date}, il y a plus de 12 mois&#xa0;: les numéros et les horaires changent, contrôlez-les avant d’imprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="501"/>
        <source>Give the resource a name.</source>
        <translation>Donnez un nom à la ressource.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="507"/>
        <source>Another entry is already called this{archived}. Use a different name.</source>
        <translation>Une autre entrée porte déjà ce nom{archived}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="513"/>
        <location filename="../../ui/pages/resources_page.py" line="516"/>
        <source>Keep this to {n} characters.</source>
        <translation>Limitez ceci à {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="518"/>
        <source>A verification date can&apos;t be in the future.</source>
        <translation>Une date de vérification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="556"/>
        <source>This can&apos;t be saved: {reason}.</source>
        <translation>Ceci ne peut pas être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="563"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="567"/>
        <source>The resource could not be saved: {reason}</source>
        <translation>La ressource n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="575"/>
        <source>Added.</source>
        <translation>Ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="575"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="618"/>
        <source>That did not work: {reason}</source>
        <translation>Cela n’a pas fonctionné&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="626"/>
        <source>“{name}” is archived. Tick “Show archived” to see or restore it.</source>
        <translation>«&#xa0;{name}&#xa0;» est archivée. Cochez «&#xa0;Afficher les archivées&#xa0;» pour la voir ou la restaurer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="633"/>
        <source>Archived.</source>
        <translation>Archivée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="633"/>
        <source>Restored to the directory.</source>
        <translation>Remise dans l’annuaire.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="655"/>
        <source>“{name}” was not imported, and nothing was changed. {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été importé, et rien n’a été modifié. {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="663"/>
        <source>“{name}” could not be read: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="669"/>
        <source>Import {total} resources from “{name}”?

{added} new, {updated} updated (their details are replaced by the file&apos;s), {same} already the same. Nothing is deleted.</source>
        <translation>Importer {total} ressources depuis «&#xa0;{name}&#xa0;»&#xa0;?

{added} nouvelles, {updated} mises à jour (leurs informations sont remplacées par celles du fichier), {same} déjà identiques. Rien n’est supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="684"/>
        <source>The import did not happen, and nothing was changed: {reason}</source>
        <translation>L’importation n’a pas eu lieu, et rien n’a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="694"/>
        <source>Imported: {added} added, {updated} updated, {same} already up to date.</source>
        <translation>Importées&#xa0;: {added} ajoutées, {updated} mises à jour, {same} déjà à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="709"/>
        <source>The directory could not be exported: {reason}</source>
        <translation>L’annuaire n’a pas pu être exporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="714"/>
        <source>Exported {n} resources to “{name}” (archived entries are left out).</source>
        <translation>{n} ressources exportées dans «&#xa0;{name}&#xa0;» (les entrées archivées sont laissées de côté).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="749"/>
        <source>Import resources</source>
        <translation>Importer des ressources</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="751"/>
        <source>Resource directory (*.json *.csv)</source>
        <translation>Annuaire de ressources (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="756"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="757"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/resources_page.py" line="759"/>
        <source>Export resources</source>
        <translation>Exporter les ressources</translation>
    </message>
</context>
<context>
    <name>ResourcesStep</name>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="39"/>
        <source>Only that an escalation happened is kept, never what was said.</source>
        <translation>Seul le fait qu’un signalement a eu lieu est gardé, jamais ce qui a été dit.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="42"/>
        <source>For a safety concern the journal keeps only yes or no, never the details.</source>
        <translation>Pour une inquiétude sur la sécurité, le journal ne garde que oui ou non, jamais les détails.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="48"/>
        <source>He&amp;lp offered</source>
        <translation>&amp;Aide proposée</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="65"/>
        <source>Print &amp;handout…</source>
        <translation>Imprimer une &amp;fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="65"/>
        <source>Print a handout of resources for the peer</source>
        <translation>Imprimer une fiche de ressources pour le pair</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/resources_step.py" line="69"/>
        <source>A page to give the peer: the resources marked handout given start ticked, and what you print comes back marked handout given; nothing about them or you</source>
        <translation>Une page à remettre au pair&#xa0;: les ressources marquées «&#xa0;fiche remise&#xa0;» sont cochées d’avance, et ce que vous imprimez revient marqué «&#xa0;fiche remise&#xa0;»&#xa0;; rien sur la personne ni sur vous</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="123"/>
        <location filename="../../ui/gates/restore_dialog.py" line="127"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="134"/>
        <source>Go back to a backup, or bring your journal to this computer. A backup is a file named peerdesk-backup-….db with a .keys file of the same name beside it; copy both. Nothing changes until you have checked the backup and chosen Restore.</source>
        <translation>Revenir à une sauvegarde, ou apporter votre journal sur cet ordinateur. Une sauvegarde est un fichier nommé peerdesk-backup-….db accompagné d’un fichier .keys du même nom&#xa0;; copiez les deux. Rien ne change tant que vous n’avez pas vérifié la sauvegarde et choisi Restaurer.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="142"/>
        <source>Backups in your data folder</source>
        <translation>Sauvegardes dans votre dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="145"/>
        <source>&amp;Backups in your data folder:</source>
        <translation>&amp;Sauvegardes dans votre dossier de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="148"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="149"/>
        <source>Choose a backup file…</source>
        <translation>Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="151"/>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="152"/>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="155"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="162"/>
        <source>With this computer&apos;s &amp;keyring</source>
        <translation>Avec le &amp;trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="163"/>
        <source>Open the backup with this computer&apos;s keyring</source>
        <translation>Ouvrir la sauvegarde avec le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="164"/>
        <source>With my recovery &amp;code</source>
        <translation>Avec mon &amp;code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="165"/>
        <source>Open the backup with the recovery code</source>
        <translation>Ouvrir la sauvegarde avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="170"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="180"/>
        <source>Chec&amp;k this backup</source>
        <translation>&amp;Vérifier cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="181"/>
        <source>Check this backup</source>
        <translation>Vérifier cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="185"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="196"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="197"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="201"/>
        <source>Cancel without changing anything</source>
        <translation>Annuler sans rien changer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="219"/>
        <source>Open it:</source>
        <translation>Ouvrir avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="254"/>
        <source>{when} — {size} KB</source>
        <translation>{when} — {size} Ko</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="272"/>
        <source>Choose a PeerDesk backup</source>
        <translation>Choisir une sauvegarde PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="274"/>
        <source>PeerDesk backups (*.db);;All files (*)</source>
        <translation>Sauvegardes PeerDesk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="367"/>
        <source>Choose a backup file first.</source>
        <translation>Choisissez d’abord un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="373"/>
        <source>There is no file there. Check the name, or choose the file again.</source>
        <translation>Il n’y a pas de fichier à cet endroit. Vérifiez le nom, ou choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="378"/>
        <source>Type your recovery code.</source>
        <translation>Tapez votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="393"/>
        <source>This backup was made on {when}.</source>
        <translation>Cette sauvegarde a été faite le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="395"/>
        <source>This backup passed its check.</source>
        <translation>Cette sauvegarde a passé sa vérification.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="404"/>
        <source>Restoring puts this backup in place of your current journal. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>Restaurer met cette sauvegarde à la place de votre journal actuel. Le journal actuel n’est pas supprimé&#xa0;: il est gardé dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="426"/>
        <source>This computer&apos;s keyring cannot open this backup (it does not have its key). Type the recovery code from your recovery sheet.</source>
        <translation>Le trousseau de cet ordinateur ne peut pas ouvrir cette sauvegarde (il n’a pas sa clé). Tapez le code de récupération qui figure sur votre feuille de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="435"/>
        <source>The key file that belongs beside this backup is missing or damaged. Copy the .keys file of the same name next to the backup file, then check again.</source>
        <translation>La clé qui accompagne cette sauvegarde est absente ou endommagée. Copiez le fichier .keys du même nom à côté du fichier de sauvegarde, puis vérifiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="60"/>
        <source>Keeping and shredding</source>
        <translation>Conservation et destruction</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="66"/>
        <source>Write as little as you need, and keep it no longer than you need. Shredding removes text for good; dates, kinds, tags, checklists, referrals and durations stay, so your counts and reports do not change.</source>
        <translation>Écrivez le moins possible, et ne gardez rien plus longtemps que nécessaire. La destruction efface le texte définitivement&#xa0;; les dates, types, étiquettes, listes cochées, orientations et durées restent, donc vos comptages et rapports ne changent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="74"/>
        <source>Shred notes and follow-up plans</source>
        <translation>Détruire les notes et les plans de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="75"/>
        <source>Shred notes and follow-up plans after a while</source>
        <translation>Détruire les notes et les plans de suivi au bout d’un certain temps</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="78"/>
        <source> days after the session</source>
        <translation> jours après l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="79"/>
        <source>Days after the session</source>
        <translation>Jours après l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="80"/>
        <source>Shred a closed peer&apos;s contact details</source>
        <translation>Détruire les coordonnées d’un pair clos</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="82"/>
        <source>Shred the contact details of closed peers after a while</source>
        <translation>Détruire les coordonnées des pairs clos au bout d’un certain temps</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="86"/>
        <source> days after closing</source>
        <translation> jours après la clôture</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="87"/>
        <source>Days after the peer was closed</source>
        <translation>Jours après la clôture du pair</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="88"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="89"/>
        <source>Apply the retention settings</source>
        <translation>Appliquer les réglages de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="121"/>
        <source>Shredding also reaches the backups and the set-aside and rescued journals in PeerDesk&apos;s data folder; a set-aside journal that today&apos;s key cannot open is deleted once it is older than both periods (never while notes are kept for good). It cannot reach backups in another folder (your second backup folder, or one you chose) or copies you made yourself: they keep the text until you delete them.</source>
        <translation>La destruction atteint aussi les sauvegardes et les journaux mis à l’écart ou sauvés dans le dossier de données de PeerDesk&#xa0;; un journal mis à l’écart que la clé actuelle ne peut pas ouvrir est supprimé dès qu’il est plus ancien que les deux délais (jamais tant que les notes sont gardées sans limite). Elle ne peut pas atteindre les sauvegardes d’un autre dossier (votre second dossier de sauvegarde, ou un dossier que vous avez choisi) ni les copies que vous avez faites vous-même&#xa0;: elles gardent le texte jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="163"/>
        <source>Not applied yet.</source>
        <translation>Pas encore appliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="168"/>
        <source>Off: text stays until you shred a session or forget a peer. Suggested: notes after {notes} days, contact details {contacts} days after closing.</source>
        <translation>Désactivé&#xa0;: le texte reste jusqu’à ce que vous détruisiez un entretien ou oubliiez un pair. Suggestion&#xa0;: les notes après {notes} jours, les coordonnées {contacts} jours après la clôture.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="175"/>
        <source>notes go {n} days after a session</source>
        <translation>les notes partent {n} jours après un entretien</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="178"/>
        <source>contact details go {n} days after a peer is closed</source>
        <translation>les coordonnées partent {n} jours après la clôture d’un pair</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="182"/>
        <source>On: {what}. Checked at unlock and every day.</source>
        <translation>Activé&#xa0;: {what}. Vérifié au déverrouillage et chaque jour.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="188"/>
        <source>Shred now, for good:</source>
        <translation>Détruire maintenant, définitivement&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="192"/>
        <source>• the notes and follow-up plans of %n session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• les notes et plans de suivi de %n entretien tenu le {day} ou avant ({notes}, {plans})</numerusform>
            <numerusform>• les notes et plans de suivi de %n entretiens tenus le {day} ou avant ({notes}, {plans})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="198"/>
        <location filename="../../ui/background/retention_settings.py" line="239"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="199"/>
        <source>%n plan(s) or reason(s)</source>
        <translation>
            <numerusform>%n plan ou raison</numerusform>
            <numerusform>%n plans ou raisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="205"/>
        <source>• the contact details of %n peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• les coordonnées de %n pair clos depuis {days} jours ou plus</numerusform>
            <numerusform>• les coordonnées de %n pairs clos depuis {days} jours ou plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="213"/>
        <source>What stays: every session with its date, kind, mode, outcome, tags, checklist, referrals and duration; peers&apos; pseudonyms; follow-up dates. Your counts and reports stay the same.</source>
        <translation>Ce qui reste&#xa0;: chaque entretien avec sa date, son type, son mode, son issue, ses étiquettes, sa liste cochée, ses orientations et sa durée&#xa0;; les pseudonymes des pairs&#xa0;; les dates de suivi. Vos comptages et rapports restent les mêmes.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="218"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="227"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="238"/>
        <source>Shredded {notes}, {plans} and {contacts}. {policy}</source>
        <translation>Détruits&#xa0;: {notes}, {plans} et {contacts}. {policy}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="240"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/background/retention_settings.py" line="241"/>
        <source>%n contact detail(s)</source>
        <translation>
            <numerusform>%n coordonnée</numerusform>
            <numerusform>%n coordonnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="250"/>
        <source>Shred for good?</source>
        <translation>Détruire définitivement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/background/retention_settings.py" line="252"/>
        <source>Shred</source>
        <translation>Détruire</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="247"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="248"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="249"/>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="250"/>
        <source>What matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="367"/>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="389"/>
        <source>{date} (draft)</source>
        <translation>{date} (brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="391"/>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="394"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
</context>
<context>
    <name>SecondFollowUpQuestion</name>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="57"/>
        <source>A second follow-up</source>
        <translation>Un deuxième suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="59"/>
        <source>{peer} already has a follow-up planned for {date}. Plan a second one?</source>
        <translation>Un suivi est déjà prévu avec {peer} le {date}. En prévoir un deuxième&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="65"/>
        <source>Usually one is enough: go back and untick the follow-up, or complete the planned one from the Follow-ups page.</source>
        <translation>En général, un seul suffit&#xa0;: revenez en arrière et décochez le suivi, ou réalisez celui qui est prévu depuis la page Suivis.</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="70"/>
        <source>&amp;Plan a second one</source>
        <translation>&amp;Prévoir un deuxième suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/followup_offer.py" line="73"/>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../../ui/session/session_detail.py" line="40"/>
        <source>Session details</source>
        <translation>Détails de l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="42"/>
        <source>Open the session that &amp;completed it</source>
        <translation>Ouvrir l’entretien qui l’a &amp;réalisé</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="44"/>
        <source>Open the session that completed this follow-up</source>
        <translation>Ouvrir l’entretien qui a réalisé ce suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="48"/>
        <source>Open the session that &amp;planned it</source>
        <translation>Ouvrir l’entretien qui l’a &amp;prévu</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="50"/>
        <source>Open the session that planned the follow-up this session completed</source>
        <translation>Ouvrir l’entretien qui a prévu le suivi réalisé par cet entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="92"/>
        <source>Choose a session in the list to read it here.</source>
        <translation>Choisissez un entretien dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="99"/>
        <source>This session is no longer in the journal.</source>
        <translation>Cet entretien n’est plus dans le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="145"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="150"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="150"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="153"/>
        <location filename="../../ui/session/session_detail.py" line="180"/>
        <location filename="../../ui/session/session_detail.py" line="223"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="157"/>
        <location filename="../../ui/session/session_detail.py" line="215"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="160"/>
        <source>Session of {date}</source>
        <translation>Entretien du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="162"/>
        <source>Draft of {date}</source>
        <translation>Brouillon du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="164"/>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="169"/>
        <location filename="../../ui/session/session_detail.py" line="171"/>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="173"/>
        <source>{name} (new: added when the session is finished)</source>
        <translation>{name} (nouveau&#xa0;: ajouté quand l’entretien sera terminé)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="176"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="178"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="182"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="183"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="184"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="185"/>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="186"/>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="187"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="188"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="189"/>
        <source>Stress drivers</source>
        <translation>Facteurs de stress</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="194"/>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="198"/>
        <source>Last changed {date}</source>
        <translation>Dernière modification le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="216"/>
        <source>Safety concern escalated</source>
        <translation>Inquiétude pour la sécurité signalée</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="218"/>
        <source>Helpful for them</source>
        <translation>Utile pour la personne</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="219"/>
        <source>Their needs met</source>
        <translation>Ses besoins satisfaits</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="225"/>
        <source>How I am doing</source>
        <translation>Comment je vais</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="226"/>
        <source>Debrief wanted</source>
        <translation>Débriefing souhaité</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="252"/>
        <source>(removed from the directory)</source>
        <translation>(retirée de l’annuaire)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="256"/>
        <location filename="../../ui/session/session_detail.py" line="269"/>
        <location filename="../../ui/session/session_detail.py" line="272"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="260"/>
        <source>No follow-up planned.</source>
        <translation>Aucun suivi prévu.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="264"/>
        <source>Done on {date}, in a follow-up session</source>
        <translation>Fait le {date}, lors d’un entretien de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="268"/>
        <source>Done (the session that completed it is no longer kept)</source>
        <translation>Fait (l’entretien qui l’a réalisé n’est plus gardé)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="270"/>
        <location filename="../../ui/session/session_detail.py" line="273"/>
        <source>It was planned for</source>
        <translation>Il était prévu pour le</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="272"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="275"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="277"/>
        <source>Planned for</source>
        <translation>Prévu pour le</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="279"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="290"/>
        <source>This session completed the follow-up agreed on {date}.</source>
        <translation>Cet entretien a réalisé le suivi convenu le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="292"/>
        <source>Finishing it completes the follow-up agreed on {date}.</source>
        <translation>Le terminer réalise le suivi convenu le {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="294"/>
        <source>This session followed up the session of {date}.</source>
        <translation>Cet entretien faisait suite à l’entretien du {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_detail.py" line="297"/>
        <source>This session was itself a planned follow-up.</source>
        <translation>Cet entretien était lui-même un suivi prévu.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../ui/session/session_form.py" line="171"/>
        <location filename="../../ui/session/session_form.py" line="739"/>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="173"/>
        <source>&amp;Anything else (optional, for the whole session)</source>
        <translation>&amp;Autre chose (facultatif, pour tout l’entretien)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="175"/>
        <source>Only what the ticks can&apos;t say, in a few words. No names, diagnoses or clinical details.</source>
        <translation>Seulement ce que les cases cochées ne disent pas, en quelques mots. Ni noms, ni diagnostics, ni détails cliniques.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="229"/>
        <source>Edit session</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="231"/>
        <source>Follow-up session</source>
        <translation>Entretien de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="233"/>
        <source>Session draft</source>
        <translation>Brouillon d’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="235"/>
        <source>New session</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="242"/>
        <source>Steps of the session</source>
        <translation>Étapes de l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="245"/>
        <source>S&amp;teps</source>
        <translation>Étap&amp;es</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="256"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="260"/>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="263"/>
        <source>Ctrl+PgDn / Ctrl+PgUp: next or previous step · Ctrl+S: finish · Esc: leave</source>
        <translation>Ctrl+PgDn / Ctrl+PgUp&#xa0;: étape suivante ou précédente · Ctrl+S&#xa0;: terminer · Échap&#xa0;: quitter</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="269"/>
        <source>Lea&amp;ve…</source>
        <translation>&amp;Quitter…</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="269"/>
        <source>Leave the session form</source>
        <translation>Quitter le formulaire d’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="272"/>
        <source>Save draft and lea&amp;ve</source>
        <translation>Enregistrer le brouillon et &amp;quitter</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="272"/>
        <source>Save the draft and leave the form</source>
        <translation>Enregistrer le brouillon et quitter le formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="274"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="274"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="275"/>
        <source>Ne&amp;xt</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="275"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="276"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Terminer et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="276"/>
        <source>Finish and save</source>
        <translation>Terminer et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="277"/>
        <source>Previous step (Ctrl+PgUp or Alt+Left)</source>
        <translation>Étape précédente (Ctrl+PgUp ou Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="278"/>
        <source>Next step (Ctrl+PgDown or Alt+Right)</source>
        <translation>Étape suivante (Ctrl+PgDown ou Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="279"/>
        <source>Finish and save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Terminer et enregistrer (Ctrl+S ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="362"/>
        <source>Skipped: the outreach was declined or unanswered, so there was no conversation to record here.</source>
        <translation>Passée&#xa0;: la prise de contact a été déclinée ou est restée sans réponse, il n’y a donc pas eu de conversation à noter ici.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="399"/>
        <source>Your ticks are the record: add a note only for what they can&apos;t say.</source>
        <translation>Vos cases cochées font le compte rendu&#xa0;: ajoutez une note seulement pour ce qu’elles ne disent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="414"/>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="415"/>
        <source>Phrases and habits to avoid</source>
        <translation>Formules et habitudes à éviter</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="416"/>
        <source>Guidance for {step}</source>
        <translation>Conseils pour {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="596"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="597"/>
        <source>the journal file could not be written</source>
        <translation>le fichier du journal n’a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="598"/>
        <source>the journal is busy in another program</source>
        <translation>le journal est occupé par un autre programme</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="599"/>
        <source>the journal file failed a check</source>
        <translation>le fichier du journal a échoué à une vérification</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="600"/>
        <source>this session no longer exists</source>
        <translation>cet entretien n’existe plus</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="606"/>
        <source>Peer: choose who this session was with, or type a new pseudonym.</source>
        <translation>Pair&#xa0;: choisissez avec qui a eu lieu cet entretien, ou tapez un nouveau pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="610"/>
        <source>Peer: this pseudonym can&apos;t be used.</source>
        <translation>Pair&#xa0;: ce pseudonyme ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="611"/>
        <source>Kind of contact: choose what kind of contact this was.</source>
        <translation>Type de contact&#xa0;: choisissez le type de ce contact.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="612"/>
        <source>Date: choose the date of the session.</source>
        <translation>Date&#xa0;: choisissez la date de l’entretien.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="613"/>
        <source>Duration: between 0 and 1440 minutes.</source>
        <translation>Durée&#xa0;: entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="614"/>
        <source>Mode: choose one of the choices.</source>
        <translation>Mode&#xa0;: choisissez l’une des possibilités.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="615"/>
        <source>Referred by: choose again.</source>
        <translation>Orienté par&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="616"/>
        <source>Outcome: choose again.</source>
        <translation>Issue&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="617"/>
        <source>Peer&apos;s role: choose again.</source>
        <translation>Fonction du pair&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="618"/>
        <source>Events: one of them is unknown.</source>
        <translation>Événements&#xa0;: l’un d’eux est inconnu.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="619"/>
        <source>Stress drivers: one of them is unknown.</source>
        <translation>Facteurs de stress&#xa0;: l’un d’eux est inconnu.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="620"/>
        <source>Referrals: one of them is unknown.</source>
        <translation>Orientations&#xa0;: l’une d’elles est inconnue.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="622"/>
        <source>Resources offered: one of them is no longer in the directory.</source>
        <translation>Ressources proposées&#xa0;: l’une d’elles n’est plus dans l’annuaire.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="624"/>
        <source>The follow-up this session completes no longer exists.</source>
        <translation>Le suivi que cet entretien réalise n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="625"/>
        <source>Follow-up plan: keep it to {max} characters.</source>
        <translation>Plan de suivi&#xa0;: limitez-le à {max} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="628"/>
        <source>Helpful: choose again.</source>
        <translation>Utile&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="629"/>
        <source>Needs met: choose again.</source>
        <translation>Besoins satisfaits&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="630"/>
        <source>Your check-in: choose 1 to 5.</source>
        <translation>Votre point sur vous&#xa0;: choisissez de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="632"/>
        <source>Note under “{step}”: it is too long or holds characters that can&apos;t be stored.</source>
        <translation>Note sous «&#xa0;{step}&#xa0;»&#xa0;: elle est trop longue ou contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="637"/>
        <source>Anything else: the note is too long or holds characters that can&apos;t be stored.</source>
        <translation>Autre chose&#xa0;: la note est trop longue ou contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="639"/>
        <source>Please check the form: {problem}</source>
        <translation>Vérifiez le formulaire&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="696"/>
        <source>Changes not saved yet: this would plan a second open follow-up for the peer. Finish and save to decide.</source>
        <translation>Modifications pas encore enregistrées&#xa0;: cela prévoirait un deuxième suivi en cours pour ce pair. Terminez et enregistrez pour décider.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="707"/>
        <source>Changes not saved yet. {problem}</source>
        <translation>Modifications pas encore enregistrées. {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="712"/>
        <source>Couldn&apos;t save the draft: {problem}. Your text is still here, and PeerDesk will try again in a moment.</source>
        <translation>Impossible d’enregistrer le brouillon&#xa0;: {problem}. Votre texte est toujours là, et PeerDesk va réessayer dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="722"/>
        <source>Couldn&apos;t save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="726"/>
        <source>Changes saved at {time}</source>
        <translation>Modifications enregistrées à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="728"/>
        <source>Draft saved at {time}</source>
        <translation>Brouillon enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="742"/>
        <source>Follow-up plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="820"/>
        <source>Couldn&apos;t save the session: {problem}. Nothing was changed, and your text is still here; try again in a moment.</source>
        <translation>Impossible d’enregistrer l’entretien&#xa0;: {problem}. Rien n’a été modifié, et votre texte est toujours là&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="899"/>
        <source>Couldn&apos;t discard the changes: {problem}.</source>
        <translation>Impossible d’abandonner les modifications&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="915"/>
        <source>Close the session</source>
        <translation>Fermer l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="917"/>
        <source>Save your changes to this session?</source>
        <translation>Enregistrer vos modifications de cet entretien&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="918"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="920"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="923"/>
        <source>Keep this session as a draft to finish later?</source>
        <translation>Garder cet entretien comme brouillon pour le terminer plus tard&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="924"/>
        <source>Discarding shreds the draft and everything in it.</source>
        <translation>Abandonner détruit le brouillon et tout ce qu’il contient.</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="925"/>
        <source>Keep as draft</source>
        <translation>Garder comme brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="927"/>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/session/session_form.py" line="929"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="66"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="67"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="68"/>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="69"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="180"/>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="195"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="196"/>
        <source>Done {date}</source>
        <translation>Fait le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="198"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="204"/>
        <source>Planned for {date}</source>
        <translation>Prévu le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="206"/>
        <source>{planned}; cancelled</source>
        <translation>{planned}&#xa0;; annulé</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="208"/>
        <source>{planned}; done</source>
        <translation>{planned}&#xa0;; fait</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="209"/>
        <source>{planned}; done in the follow-up session of {date}</source>
        <translation>{planned}&#xa0;; fait lors de l’entretien de suivi du {date}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="181"/>
        <source>Search pseudonyms and notes (Ctrl+F)</source>
        <translation>Rechercher dans les pseudonymes et les notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="182"/>
        <source>Search pseudonyms and notes</source>
        <translation>Rechercher dans les pseudonymes et les notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="187"/>
        <source>Words find the peers whose pseudonym holds them all (their sessions come first), then the notes that hold them all. Use &quot;quotes&quot; for a phrase and a minus sign to leave a word out.</source>
        <translation>Les mots trouvent les pairs dont le pseudonyme les contient tous (leurs entretiens viennent en premier), puis les notes qui les contiennent tous. Utilisez des &quot;guillemets&quot; pour une expression et un signe moins pour exclure un mot.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="200"/>
        <source>Order of the search results</source>
        <translation>Ordre des résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="201"/>
        <source>Newest first</source>
        <translation>Les plus récents d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="202"/>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="205"/>
        <source>Newest first: the sessions whose notes were written most recently, newest date first. Best match: the sessions whose notes match the words best.</source>
        <translation>Les plus récents d’abord&#xa0;: les entretiens dont les notes ont été écrites le plus récemment, date la plus récente en premier. Meilleure correspondance&#xa0;: les entretiens dont les notes correspondent le mieux aux mots.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="216"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="217"/>
        <source>Only sessions from a date</source>
        <translation>Seulement les entretiens à partir d’une date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="218"/>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="219"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="220"/>
        <source>Only sessions up to a date</source>
        <translation>Seulement les entretiens jusqu’à une date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="221"/>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="222"/>
        <source>Peer filter</source>
        <translation>Filtre par pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="223"/>
        <source>Kind of contact filter</source>
        <translation>Filtre par type de contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="224"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="227"/>
        <source>Event filter</source>
        <translation>Filtre par événement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="228"/>
        <source>Follow-up filter</source>
        <translation>Filtre par suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="230"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="231"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="232"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="233"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="234"/>
        <source>None planned</source>
        <translation>Aucun prévu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="237"/>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="238"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="251"/>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="255"/>
        <source>Matching sessions</source>
        <translation>Entretiens correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="267"/>
        <source>&amp;New session</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="268"/>
        <source>Start a new session</source>
        <translation>Commencer un nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="271"/>
        <source>Edit the chosen session</source>
        <translation>Modifier l’entretien choisi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="273"/>
        <source>Shre&amp;d…</source>
        <translation>Dé&amp;truire…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="274"/>
        <source>Shred the chosen session</source>
        <translation>Détruire l’entretien choisi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="275"/>
        <source>Delete this session and its notes for good</source>
        <translation>Supprimer définitivement cet entretien et ses notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="341"/>
        <source>&amp;Sort</source>
        <translation>T&amp;ri</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="355"/>
        <source>&amp;Peer</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="356"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="357"/>
        <source>E&amp;vent</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="358"/>
        <source>Follow-&amp;up</source>
        <translation>Su&amp;ivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="417"/>
        <source>All peers</source>
        <translation>Tous les pairs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="420"/>
        <source>{name} (closed)</source>
        <translation>{name} (clos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="423"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="425"/>
        <source>{name} (retired)</source>
        <translation>{name} (retiré)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="512"/>
        <source>Shred the session of {date} with {peer}?</source>
        <translation>Détruire l’entretien du {date} avec {peer}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="514"/>
        <source>Shred the session of {date}?</source>
        <translation>Détruire l’entretien du {date}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="517"/>
        <source>Its notes, ticks and follow-up plan are deleted for good. This cannot be undone.</source>
        <translation>Ses notes, ses cases cochées et son plan de suivi sont supprimés définitivement. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="527"/>
        <source>The session could not be shredded: {reason}</source>
        <translation>L’entretien n’a pas pu être détruit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="532"/>
        <source>The session was shredded.</source>
        <translation>L’entretien a été détruit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="556"/>
        <source>Shred session</source>
        <translation>Détruire l’entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="562"/>
        <source>Shred</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="656"/>
        <source>The list could not be read: {reason}</source>
        <translation>La liste n’a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="671"/>
        <source>Type a word to search pseudonyms and notes.</source>
        <translation>Tapez un mot pour rechercher dans les pseudonymes et les notes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="676"/>
        <source>{n} of the {m} best-matching sessions pass the filters; add words to narrow the search</source>
        <translation>{n} des {m} entretiens les plus pertinents passent les filtres&#xa0;; ajoutez des mots pour affiner la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="681"/>
        <source>{n} of the {m} most recent matching sessions pass the filters; add words to narrow the search</source>
        <translation>{n} des {m} entretiens correspondants les plus récents passent les filtres&#xa0;; ajoutez des mots pour affiner la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="688"/>
        <source>No pseudonym or note matches. To find sessions by date, kind or event, use the filters below.</source>
        <translation>Aucun pseudonyme ni aucune note ne correspond. Pour trouver des entretiens par date, type ou événement, utilisez les filtres ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="693"/>
        <source>No pseudonym or note matches in the sessions the filters show. Clear filters to search them all.</source>
        <translation>Aucun pseudonyme ni aucune note ne correspond parmi les entretiens affichés par les filtres. Effacez les filtres pour tout rechercher.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="698"/>
        <source>1 matching session</source>
        <translation>1 entretien correspondant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="700"/>
        <source>The {n} best matching sessions</source>
        <translation>Les {n} entretiens les plus pertinents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="703"/>
        <source>Showing the {n} most recent matches; add words to narrow it</source>
        <translation>Les {n} correspondances les plus récentes&#xa0;; ajoutez des mots pour affiner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="706"/>
        <source>{n} matching sessions</source>
        <translation>{n} entretiens correspondants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="708"/>
        <source>(filtered)</source>
        <translation>(filtré)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="713"/>
        <source>No sessions yet: finished sessions appear here.</source>
        <translation>Pas encore d’entretien&#xa0;: les entretiens terminés apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="715"/>
        <source>No sessions match these filters.</source>
        <translation>Aucun entretien ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="718"/>
        <source>1 session</source>
        <translation>1 entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sessions_page.py" line="720"/>
        <source>{n} sessions</source>
        <translation>{n} entretiens</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="77"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="83"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Lock after this many idle minutes</source>
        <translation>Minutes d’inactivité avant le verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="87"/>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="89"/>
        <source>Lock when idle for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="93"/>
        <location filename="../../ui/pages/settings_page.py" line="240"/>
        <source>New lock passphrase</source>
        <translation>Nouvelle phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="96"/>
        <source>New lock passphrase again</source>
        <translation>Confirmer la nouvelle phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="97"/>
        <location filename="../../ui/pages/settings_page.py" line="343"/>
        <source>Set passphrase</source>
        <translation>Définir la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="99"/>
        <source>Remove passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="103"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="104"/>
        <location filename="../../ui/pages/settings_page.py" line="193"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="113"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="117"/>
        <source>The recovery code opens your journal on a new computer, when the keyring has lost its key, or when you forget your passphrase. A new code (like a new passphrase) gives the journal a new key: the old code then opens nothing you write afterwards. Backups made before keep the old key, so the old code still opens them until you re-encrypt or delete them.</source>
        <translation>Le code de récupération ouvre votre journal sur un nouvel ordinateur, quand le trousseau a perdu sa clé, ou quand vous oubliez votre phrase secrète. Un nouveau code (comme une nouvelle phrase secrète) donne une nouvelle clé au journal&#xa0;: l’ancien code n’ouvre alors plus rien de ce que vous écrivez ensuite. Les sauvegardes faites avant gardent l’ancienne clé&#xa0;: l’ancien code les ouvre donc toujours, jusqu’à ce que vous les rechiffriez ou les supprimiez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="125"/>
        <source>Make a new recovery code…</source>
        <translation>Créer un nouveau code de récupération…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="127"/>
        <source>Backups made with an old key…</source>
        <translation>Sauvegardes faites avec une ancienne clé…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="139"/>
        <source>Backups and storage</source>
        <translation>Sauvegardes et stockage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="147"/>
        <source>Journal folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="149"/>
        <source>Key kept by</source>
        <translation>Clé gardée par</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="175"/>
        <source>How PeerDesk opens</source>
        <translation>Ouverture de PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="177"/>
        <source>Open with my computer login</source>
        <translation>Ouvrir avec ma session d’ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="178"/>
        <source>Ask for my passphrase every time</source>
        <translation>Me demander ma phrase secrète à chaque fois</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="188"/>
        <source>Lock passphrase</source>
        <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="191"/>
        <source>Lock passphrase again</source>
        <translation>Confirmer la phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="197"/>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="198"/>
        <source>Switch how PeerDesk opens</source>
        <translation>Changer la façon dont PeerDesk s’ouvre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="225"/>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk demande votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage. La clé n’est gardée dans aucun trousseau. Seul ce mode tient à l’écart quelqu’un qui utilise votre ordinateur pendant que votre session est ouverte. Si vous oubliez la phrase secrète, votre code de récupération ouvre toujours le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="232"/>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk s’ouvre sans rien taper&#xa0;: la clé est gardée dans le trousseau de votre système. Le verrouillage ferme et cache le journal, mais toute personne qui utilise votre compte d’ordinateur ouvert peut le rouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="240"/>
        <source>Your lock passphrase</source>
        <translation>Votre phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="254"/>
        <location filename="../../ui/pages/settings_page.py" line="379"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="258"/>
        <source>Open with your computer login? Anyone using this computer account will then be able to open the journal without a passphrase.</source>
        <translation>Ouvrir avec votre session d’ordinateur&#xa0;? Toute personne qui utilise ce compte d’ordinateur pourra alors ouvrir le journal sans phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="273"/>
        <source>Done: PeerDesk now asks for your passphrase every time.</source>
        <translation>C’est fait&#xa0;: PeerDesk demande maintenant votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="275"/>
        <source>Done: PeerDesk now opens with your computer login.</source>
        <translation>C’est fait&#xa0;: PeerDesk s’ouvre maintenant avec votre session d’ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="283"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="284"/>
        <source>only when I ask</source>
        <translation>seulement quand je le demande</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="285"/>
        <source>Back up automatically every this many hours</source>
        <translation>Intervalle des sauvegardes automatiques, en heures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="289"/>
        <location filename="../../ui/pages/settings_page.py" line="301"/>
        <source>Backups to keep</source>
        <translation>Sauvegardes à garder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="293"/>
        <location filename="../../ui/pages/settings_page.py" line="326"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="294"/>
        <source>Choose a second folder…</source>
        <translation>Choisir un second dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="295"/>
        <source>Choose a second folder for backups</source>
        <translation>Choisir un second dossier pour les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="297"/>
        <source>Stop copying there</source>
        <translation>Arrêter d’y copier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="298"/>
        <source>Stop copying backups to the second folder</source>
        <translation>Arrêter de copier les sauvegardes dans le second dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="300"/>
        <source>Back up every</source>
        <translation>Sauvegarder toutes les</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="305"/>
        <source>Second folder (e.g. a USB drive)</source>
        <translation>Second dossier (p. ex. une clé USB)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="317"/>
        <source>Second folder for backups</source>
        <translation>Second dossier pour les sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="332"/>
        <source>A lock passphrase is set; PeerDesk asks for it every time.</source>
        <translation>Une phrase secrète de verrouillage est définie&#xa0;; PeerDesk la demande à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="335"/>
        <source>A lock passphrase is set. It opens the journal when the keyring cannot, but while PeerDesk opens with your computer login it keeps nobody out.</source>
        <translation>Une phrase secrète de verrouillage est définie. Elle ouvre le journal quand le trousseau ne le peut pas, mais tant que PeerDesk s’ouvre avec votre session d’ordinateur, elle ne tient personne à l’écart.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="339"/>
        <source>No lock passphrase is set.</source>
        <translation>Aucune phrase secrète de verrouillage n’est définie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="343"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="347"/>
        <source>A new passphrase gives the journal a new key: the old passphrase opens nothing written afterwards. Backups made before keep the old key.</source>
        <translation>Une nouvelle phrase secrète donne une nouvelle clé au journal&#xa0;: l’ancienne phrase secrète n’ouvre plus rien de ce qui est écrit ensuite. Les sauvegardes faites avant gardent l’ancienne clé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="359"/>
        <source>none (passphrase only)</source>
        <translation>aucun (phrase secrète seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="363"/>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde&#xa0;: {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="365"/>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="403"/>
        <source>A new passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Une nouvelle phrase secrète donne une nouvelle clé au journal&#xa0;: l’ancienne phrase secrète n’ouvre donc plus rien de ce que vous écrivez ensuite. Pour garder votre code de récupération, tapez-le ici. Laissez vide pour obtenir plutôt un nouveau code (vous le noterez ensuite).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="414"/>
        <source>Remove the lock passphrase?</source>
        <translation>Retirer la phrase secrète de verrouillage&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="424"/>
        <source>Removing the passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Retirer la phrase secrète donne une nouvelle clé au journal&#xa0;: l’ancienne phrase secrète n’ouvre donc plus rien de ce que vous écrivez ensuite. Pour garder votre code de récupération, tapez-le ici. Laissez vide pour obtenir plutôt un nouveau code (vous le noterez ensuite).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="451"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="461"/>
        <source>Make a new recovery code? PeerDesk gives the journal a new key: the old code will open nothing you write afterwards. Backups made before keep the old key; you choose next whether to re-encrypt or delete them.</source>
        <translation>Créer un nouveau code de récupération&#xa0;? PeerDesk donne une nouvelle clé au journal&#xa0;: l’ancien code n’ouvrira plus rien de ce que vous écrirez ensuite. Les sauvegardes faites avant gardent l’ancienne clé&#xa0;; vous choisirez ensuite de les rechiffrer ou de les supprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="472"/>
        <source>Type your current lock passphrase. It stays the same: PeerDesk needs it to lock the new key with it.</source>
        <translation>Tapez votre phrase secrète de verrouillage actuelle. Elle ne change pas&#xa0;: PeerDesk en a besoin pour verrouiller la nouvelle clé avec elle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="486"/>
        <source>Nothing was changed: the old code still works.</source>
        <translation>Rien n’a été modifié&#xa0;: l’ancien code fonctionne toujours.</translation>
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
        <translation>Bienvenue dans PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="97"/>
        <location filename="../../ui/gates/setup_wizard.py" line="348"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="98"/>
        <source>Back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="103"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="104"/>
        <source>Cancel setup</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="136"/>
        <source>PeerDesk keeps a private journal of your peer-support conversations, on this computer only. Before you start, here is what it protects and what it cannot.</source>
        <translation>PeerDesk tient un journal privé de vos conversations de soutien par les pairs, sur cet ordinateur seulement. Avant de commencer, voici ce qu’il protège et ce qu’il ne peut pas protéger.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="144"/>
        <source>This computer has no system keyring PeerDesk can use, so in the next step you choose a lock passphrase that opens the journal.</source>
        <translation>Cet ordinateur n’a pas de trousseau système que PeerDesk puisse utiliser&#xa0;: à l’étape suivante, vous choisissez donc une phrase secrète de verrouillage qui ouvre le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="149"/>
        <source>In the next step you choose how it opens: with your computer login (its key kept in your system keyring, {keyring}), or with a passphrase every time.</source>
        <translation>À l’étape suivante, vous choisissez comment il s’ouvre&#xa0;: avec votre session d’ordinateur (sa clé gardée dans le trousseau de votre système, {keyring}), ou avec une phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="154"/>
        <source>What is protected</source>
        <translation>Ce qui est protégé</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="157"/>
        <source>The journal is encrypted on this computer. Without its key the file cannot be read, for example on a lost or stolen laptop or from another user account.</source>
        <translation>Le journal est chiffré sur cet ordinateur. Sans sa clé, le fichier ne peut pas être lu, par exemple sur un ordinateur portable perdu ou volé, ou depuis un autre compte d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="163"/>
        <source>PeerDesk locks itself after a few minutes without use, and it never sends anything over the network.</source>
        <translation>PeerDesk se verrouille après quelques minutes sans utilisation, et il n’envoie jamais rien sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="169"/>
        <source>What is not protected</source>
        <translation>Ce qui n’est pas protégé</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="172"/>
        <source>Someone using your computer while you are logged in and PeerDesk is unlocked.</source>
        <translation>Quelqu’un qui utilise votre ordinateur pendant que votre session est ouverte et que PeerDesk est déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="176"/>
        <source>If PeerDesk opens with your computer login: someone using your logged-in computer account, even while PeerDesk is locked, because they can open it again. Only &quot;Ask for my passphrase every time&quot; keeps them out.</source>
        <translation>Si PeerDesk s’ouvre avec votre session d’ordinateur&#xa0;: quelqu’un qui utilise votre compte d’ordinateur ouvert, même quand PeerDesk est verrouillé, car il peut le rouvrir. Seul «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» le tient à l’écart.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="182"/>
        <source>Anything you print or export: it leaves the journal as paper or as a plain file.</source>
        <translation>Tout ce que vous imprimez ou exportez&#xa0;: cela quitte le journal sous forme de papier ou de fichier en clair.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="185"/>
        <source>Malicious software running on your computer account.</source>
        <translation>Un logiciel malveillant qui s’exécute sous votre compte d’ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="195"/>
        <source>Confidential is not anonymous</source>
        <translation>Confidentiel ne veut pas dire anonyme</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="199"/>
        <source>Write as if someone else might read it one day. Keep to the minimum: a pseudonym for each peer, no clinical details or diagnoses, and no names of patients or other people.</source>
        <translation>Écrivez comme si quelqu’un d’autre pouvait le lire un jour. Tenez-vous au minimum&#xa0;: un pseudonyme pour chaque pair, ni détails cliniques ni diagnostics, et aucun nom de patient ou d’autre personne.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="211"/>
        <source>How should PeerDesk open?</source>
        <translation>Comment PeerDesk doit-il s’ouvrir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="214"/>
        <source>This computer has no system keyring PeerDesk can use, so the journal&apos;s key cannot be kept there. A lock passphrase is needed instead: you type it each time you open PeerDesk. If you forget it, your recovery code still opens the journal.</source>
        <translation>Cet ordinateur n’a pas de trousseau système que PeerDesk puisse utiliser&#xa0;: la clé du journal ne peut donc pas y être gardée. Il faut à la place une phrase secrète de verrouillage, que vous tapez à chaque ouverture de PeerDesk. Si vous l’oubliez, votre code de récupération ouvre toujours le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="221"/>
        <source>PeerDesk locks when you step away or after some minutes without use. Choose what it takes to open it again. You can change this later in Settings.</source>
        <translation>PeerDesk se verrouille quand vous vous éloignez ou après quelques minutes sans utilisation. Choisissez ce qu’il faut pour le rouvrir. Vous pourrez changer cela plus tard dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="227"/>
        <source>Open with my &amp;computer login</source>
        <translation>Ouvrir avec &amp;ma session d’ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="228"/>
        <source>Open with my computer login</source>
        <translation>Ouvrir avec ma session d’ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="229"/>
        <source>Ask for my passphrase &amp;every time</source>
        <translation>Me &amp;demander ma phrase secrète à chaque fois</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="230"/>
        <source>Ask for my passphrase every time</source>
        <translation>Me demander ma phrase secrète à chaque fois</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="242"/>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk s’ouvre sans rien taper&#xa0;: la clé est gardée dans le trousseau de votre système. Le verrouillage ferme et cache le journal, mais toute personne qui utilise votre compte d’ordinateur ouvert peut le rouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="252"/>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock; the key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk demande votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage&#xa0;; la clé n’est gardée dans aucun trousseau. Seul ce mode tient à l’écart quelqu’un qui utilise votre ordinateur pendant que votre session est ouverte. Si vous oubliez la phrase secrète, votre code de récupération ouvre toujours le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="263"/>
        <source>Lock passphrase</source>
        <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="266"/>
        <source>Lock passphrase, again</source>
        <translation>Confirmer la phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="268"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="270"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Retapez-la</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="279"/>
        <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins {n} caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="293"/>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="296"/>
        <location filename="../../ui/gates/setup_wizard.py" line="451"/>
        <source>This code opens your journal if the key in the keyring is ever lost, for example on a new computer. It is shown only this once: write it down or print it now.</source>
        <translation>Ce code ouvre votre journal si la clé du trousseau est un jour perdue, par exemple sur un nouvel ordinateur. Il n’est affiché que cette fois&#xa0;: notez-le ou imprimez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="313"/>
        <source>Check your copy</source>
        <translation>Vérifiez votre copie</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="325"/>
        <source>Your journal is ready</source>
        <translation>Votre journal est prêt</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="344"/>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="348"/>
        <source>Show the code again</source>
        <translation>Afficher le code à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="352"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="353"/>
        <source>&amp;Create my journal</source>
        <translation>&amp;Créer mon journal</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="354"/>
        <source>I have &amp;written it down</source>
        <translation>Je l’ai &amp;noté</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="355"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="356"/>
        <source>&amp;Open my journal</source>
        <translation>&amp;Ouvrir mon journal</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="411"/>
        <source>A lock passphrase needs at least {n} characters.</source>
        <translation>Une phrase secrète de verrouillage compte au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="420"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="446"/>
        <source>This code opens your journal if you forget your passphrase, and your backups on any computer. It is shown only this once: write it down or print it now.</source>
        <translation>Ce code ouvre votre journal si vous oubliez votre phrase secrète, ainsi que vos sauvegardes sur n’importe quel ordinateur. Il n’est affiché que cette fois&#xa0;: notez-le ou imprimez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="465"/>
        <source>This computer has no keyring PeerDesk can use, so PeerDesk asks for your lock passphrase each time it starts and after every lock.</source>
        <translation>Cet ordinateur n’a pas de trousseau que PeerDesk puisse utiliser&#xa0;: PeerDesk demande donc votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="472"/>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring, so someone using this computer account cannot open the journal without the passphrase or your recovery code.</source>
        <translation>PeerDesk demande votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage. La clé n’est gardée dans aucun trousseau&#xa0;: quelqu’un qui utilise ce compte d’ordinateur ne peut donc pas ouvrir le journal sans la phrase secrète ou votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="480"/>
        <source>PeerDesk opens your journal from the keyring when it starts, without typing. Locking closes and hides it, but anyone using your logged-in computer account can open it again. To keep them out, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>PeerDesk ouvre votre journal à partir du trousseau au démarrage, sans rien taper. Le verrouillage le ferme et le cache, mais toute personne qui utilise votre compte d’ordinateur ouvert peut le rouvrir. Pour la tenir à l’écart, choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="488"/>
        <source>Lock it any time with Ctrl+L; it also locks after some minutes without use. Make a backup now and then (Journal ▸ Back up now).</source>
        <translation>Verrouillez-le à tout moment avec Ctrl+L&#xa0;; il se verrouille aussi après quelques minutes sans utilisation. Faites une sauvegarde de temps en temps (Journal ▸ Sauvegarder maintenant).</translation>
    </message>
    <message>
        <location filename="../../ui/gates/setup_wizard.py" line="493"/>
        <source>Remember: write the minimum, and no names or clinical details of others.</source>
        <translation>Rappel&#xa0;: écrivez le minimum, et aucun nom ni détail clinique concernant d’autres personnes.</translation>
    </message>
</context>
<context>
    <name>StepNote</name>
    <message>
        <location filename="../../ui/session/steps/note.py" line="40"/>
        <source>Add a &amp;note to this step</source>
        <translation>Ajouter une &amp;note à cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="40"/>
        <source>Add a note to {step}</source>
        <translation>Ajouter une note à {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="42"/>
        <source>Only for what the ticks can&apos;t say (Alt+N)</source>
        <translation>Seulement pour ce que les cases cochées ne disent pas (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="52"/>
        <source>Optional, a few words. No names, diagnoses or clinical details.</source>
        <translation>Facultatif, quelques mots. Ni noms, ni diagnostics, ni détails cliniques.</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="54"/>
        <source>Note: {step}</source>
        <translation>Note&#xa0;: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="58"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="64"/>
        <source>Highlighted text looks like an identifier or clinical detail. Do you need to keep it?</source>
        <translation>Le texte surligné ressemble à un identifiant ou à un détail clinique. Avez-vous besoin de le garder&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps/note.py" line="115"/>
        <source>A note holds at most {max} characters; the rest was cut off.</source>
        <translation>Une note contient au plus {max} caractères&#xa0;; la suite a été coupée.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today_page.py" line="51"/>
        <source>&amp;New session</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="52"/>
        <source>Start a new session</source>
        <translation>Commencer un nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="62"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="63"/>
        <source>Due today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="64"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="90"/>
        <source>Unfinished drafts</source>
        <translation>Brouillons inachevés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="108"/>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="114"/>
        <source>Write your first session (Ctrl+N)</source>
        <translation>Écrivez votre premier entretien (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="115"/>
        <source>A session is written step by step; a draft is kept as you type.</source>
        <translation>Un entretien s’écrit étape par étape&#xa0;; un brouillon est gardé pendant que vous tapez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="119"/>
        <source>Fill in your local resources (Ctrl+5)</source>
        <translation>Complétez vos ressources locales (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="120"/>
        <source>The services you refer peers to, with their phone numbers and hours.</source>
        <translation>Les services vers lesquels vous orientez les pairs, avec leurs numéros de téléphone et leurs horaires.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="124"/>
        <source>Set your organisation&apos;s name (Resources)</source>
        <translation>Indiquez le nom de votre organisation (Ressources)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="125"/>
        <source>Asked when you print a handout from Resources; printed at its top.</source>
        <translation>Demandé quand vous imprimez une fiche depuis Ressources&#xa0;; imprimé en haut de la fiche.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="129"/>
        <source>See where backups go (Ctrl+7)</source>
        <translation>Voyez où vont les sauvegardes (Ctrl+7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="130"/>
        <source>Settings, under Backups and storage: a daily backup and a second folder.</source>
        <translation>Réglages, sous Sauvegardes et stockage&#xa0;: une sauvegarde quotidienne et un second dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="157"/>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="185"/>
        <source>no peer chosen yet</source>
        <translation>pas encore de pair choisi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="187"/>
        <source>Draft from {date} — {peer}</source>
        <translation>Brouillon du {date} — {peer}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="194"/>
        <source>Unfinished drafts: {n}</source>
        <translation>Brouillons inachevés&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="196"/>
        <source>No unfinished drafts.</source>
        <translation>Aucun brouillon inachevé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="207"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="209"/>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="211"/>
        <source>due {date}</source>
        <translation>à faire le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="213"/>
        <source>{when}, session started (a draft)</source>
        <translation>{when}, entretien commencé (un brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="214"/>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="220"/>
        <source>Follow-ups due: {n}. The {shown} longest waiting are here; the Follow-ups page has them all. Press Enter on one to start its session.</source>
        <translation>Suivis à faire&#xa0;: {n}. Les {shown} qui attendent depuis le plus longtemps sont ici&#xa0;; la page Suivis les montre tous. Appuyez sur Entrée sur l’un d’eux pour commencer son entretien.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="224"/>
        <source>Follow-ups due: {n}. Press Enter on one to start its session.</source>
        <translation>Suivis à faire&#xa0;: {n}. Appuyez sur Entrée sur l’un d’eux pour commencer son entretien.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="227"/>
        <source>No follow-ups due this week.</source>
        <translation>Aucun suivi à faire cette semaine.</translation>
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
        <translation>PeerDesk est verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="105"/>
        <source>Open your journal</source>
        <translation>Ouvrir votre journal</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="124"/>
        <source>Lock passphrase</source>
        <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="125"/>
        <location filename="../../ui/gates/unlock_dialog.py" line="155"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="126"/>
        <source>Unlock with the lock passphrase</source>
        <translation>Déverrouiller avec la phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="130"/>
        <source>Lock &amp;passphrase</source>
        <translation>&amp;Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="138"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="142"/>
        <source>&amp;Open with recovery code</source>
        <translation>&amp;Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="143"/>
        <source>Open with the recovery code</source>
        <translation>Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="147"/>
        <source>&amp;Recovery code (from your recovery sheet)</source>
        <translation>Code de &amp;récupération (sur votre feuille de récupération)</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="154"/>
        <source>&amp;Try again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="156"/>
        <source>Unlock the journal</source>
        <translation>Déverrouiller le journal</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="158"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="161"/>
        <source>Use the recovery &amp;code instead</source>
        <translation>Utiliser plutôt le &amp;code de récupération</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="164"/>
        <source>Use the lock &amp;passphrase instead</source>
        <translation>Utiliser plutôt la &amp;phrase secrète de verrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="167"/>
        <source>Quit PeerDesk</source>
        <translation>Quitter PeerDesk</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="198"/>
        <source>Type your lock passphrase to go on.</source>
        <translation>Tapez votre phrase secrète de verrouillage pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="200"/>
        <location filename="../../ui/gates/unlock_dialog.py" line="304"/>
        <source>Type your lock passphrase to open the journal.</source>
        <translation>Tapez votre phrase secrète de verrouillage pour ouvrir le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="202"/>
        <source>This journal asks for your passphrase every time: its key is in no keyring, so someone using this computer account cannot open it without the passphrase or your recovery code.</source>
        <translation>Ce journal demande votre phrase secrète à chaque fois&#xa0;: sa clé n’est dans aucun trousseau, donc quelqu’un qui utilise ce compte d’ordinateur ne peut pas l’ouvrir sans la phrase secrète ou votre code de récupération.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="213"/>
        <source>PeerDesk closed and hid your journal.</source>
        <translation>PeerDesk a fermé et caché votre journal.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="215"/>
        <source>It opens with your computer login, so anyone using this computer account can open it again with Unlock: your computer&apos;s own login is the only barrier.</source>
        <translation>Il s’ouvre avec votre session d’ordinateur&#xa0;: toute personne qui utilise ce compte d’ordinateur peut donc le rouvrir avec Déverrouiller&#xa0;; la session de votre ordinateur est la seule barrière.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="220"/>
        <source>To keep out someone at this computer, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>Pour tenir à l’écart quelqu’un devant cet ordinateur, choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="226"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="294"/>
        <source>You locked it.</source>
        <translation>Vous l’avez verrouillé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/gates/unlock_dialog.py" line="296"/>
        <source>It locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Il s’est verrouillé après %n minute sans utilisation.</numerusform>
            <numerusform>Il s’est verrouillé après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="298"/>
        <source>It locked because the screen locked or the computer went to sleep.</source>
        <translation>Il s’est verrouillé parce que l’écran s’est verrouillé ou que l’ordinateur s’est mis en veille.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="312"/>
        <source>Type your recovery code to open the journal.</source>
        <translation>Tapez votre code de récupération pour ouvrir le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="314"/>
        <source>It is on your recovery sheet: eight groups of four letters and digits. Capitals, spaces and dashes do not matter.</source>
        <translation>Il figure sur votre feuille de récupération&#xa0;: huit groupes de quatre lettres et chiffres. Majuscules, espaces et tirets ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="349"/>
        <source>The key in your keyring does not open this journal</source>
        <translation>La clé de votre trousseau n’ouvre pas ce journal</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="351"/>
        <source>The keyring gave a key, but it belongs to something else. Your journal file has not been changed.</source>
        <translation>Le trousseau a donné une clé, mais elle appartient à autre chose. Votre fichier de journal n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="355"/>
        <source>Type your recovery code; PeerDesk then puts the right key back in the keyring.</source>
        <translation>Tapez votre code de récupération&#xa0;; PeerDesk remettra ensuite la bonne clé dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="416"/>
        <source>Type your lock passphrase first.</source>
        <translation>Tapez d’abord votre phrase secrète de verrouillage.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/unlock_dialog.py" line="437"/>
        <source>Type your recovery code first.</source>
        <translation>Tapez d’abord votre code de récupération.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="221"/>
        <source>Backup written and checked: {name}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="223"/>
        <source>(a copy is also in {folder})</source>
        <translation>(une copie se trouve aussi dans {folder})</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="227"/>
        <source>The copy for {folder} was not made: {why}</source>
        <translation>La copie pour {folder} n’a pas été faite&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/background/backup_scheduler.py" line="237"/>
        <source>The backup was not made: {why}</source>
        <translation>La sauvegarde n’a pas été faite&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="87"/>
        <source>{sessions}, {drafts} and {peers}</source>
        <translation>{sessions}, {drafts} et {peers}</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="91"/>
        <source>Sessions from {first} to {last}.</source>
        <translation>Entretiens du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/gates/restore_dialog.py" line="96"/>
        <source>No sessions yet.</source>
        <translation>Pas encore d’entretien.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/lifecycle.py" line="271"/>
        <source>The journal could not be checked, so retention waits.</source>
        <translation>Le journal n’a pas pu être vérifié, donc la conservation attend.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/lifecycle.py" line="322"/>
        <source>The journal now opens with your computer login</source>
        <translation>Le journal s’ouvre maintenant avec votre session d’ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="324"/>
        <source>The restored backup was made before you chose a lock passphrase, and it has none. So PeerDesk no longer asks for a passphrase: the journal now opens when you are logged in to this computer, with its key in your keyring.</source>
        <translation>La sauvegarde restaurée a été faite avant que vous choisissiez une phrase secrète de verrouillage, et elle n’en a pas. PeerDesk ne demande donc plus de phrase secrète&#xa0;: le journal s’ouvre maintenant quand votre session est ouverte sur cet ordinateur, avec sa clé dans votre trousseau.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle.py" line="330"/>
        <source>To ask for a passphrase every time again, open Settings, How PeerDesk opens, and choose &apos;Ask for my passphrase every time&apos;.</source>
        <translation>Pour qu’une phrase secrète soit de nouveau demandée à chaque fois, ouvrez Réglages, Ouverture de PeerDesk, et choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;».</translation>
    </message>
</context>
</TS>
