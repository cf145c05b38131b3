<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeerDesk</source>
        <translation>À propos de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk icon</source>
        <translation>Icône de PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk {version}</source>
        <translation>PeerDesk {version}</translation>
    </message>
    <message>
        <source>An offline, encrypted journal for peer supporters in health care.</source>
        <translation>Un journal hors ligne et chiffré pour les pairs soutenants en santé.</translation>
    </message>
    <message>
        <source>PeerDesk is free software: you may use, share and change it under the GNU General Public License, version 3 or later ({licence}). It comes with no warranty. Built with Qt {qt} (PySide6 {pyside}), SQLCipher, keyring and cryptography.</source>
        <translation>PeerDesk est un logiciel libre&#xa0;: vous pouvez l’utiliser, le partager et le modifier selon les termes de la licence publique générale GNU, version 3 ou ultérieure ({licence}). Il est fourni sans aucune garantie. Construit avec Qt {qt} (PySide6 {pyside}), SQLCipher, keyring et cryptography.</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>&amp;Copy folder path</source>
        <translation>&amp;Copier le chemin du dossier</translation>
    </message>
    <message>
        <source>Copy the journal folder&apos;s path</source>
        <translation>Copier le chemin du dossier du journal</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in one file encrypted with a random 256-bit key (SQLCipher). When PeerDesk opens with your computer login, the system keyring keeps that key; when it asks for your passphrase every time, no keyring does. Your recovery code (and your lock passphrase, if you set one) can also open the journal and its backups. PeerDesk never connects to the internet. This protects your notes if the laptop is lost or stolen and from other accounts on this computer. Only &quot;Ask for my passphrase every time&quot; also keeps out someone using your logged-in account while PeerDesk is locked; with your computer login, anyone using your account can open it again. It cannot protect against harmful software running as you, or against what you print or export yourself, so write only what you need.</source>
        <translation>Tout ce que vous écrivez reste sur cet ordinateur, dans un seul fichier chiffré avec une clé aléatoire de 256 bits (SQLCipher). Quand PeerDesk s’ouvre avec votre session d’ordinateur, le trousseau du système garde cette clé&#xa0;; quand il vous demande votre phrase secrète à chaque fois, aucun trousseau ne la garde. Votre code de récupération (et votre phrase secrète de verrouillage, si vous en avez choisi une) peut aussi ouvrir le journal et ses sauvegardes. PeerDesk ne se connecte jamais à Internet. Vos notes sont ainsi protégées si l’ordinateur portable est perdu ou volé, et vis-à-vis des autres comptes de cet ordinateur. Seul le mode «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» tient aussi à l’écart quelqu’un qui utilise votre compte ouvert pendant que PeerDesk est verrouillé&#xa0;; avec votre session d’ordinateur, toute personne qui utilise votre compte peut le rouvrir. PeerDesk ne peut rien contre un logiciel malveillant qui s’exécute sous votre compte, ni contre ce que vous imprimez ou exportez vous-même&#xa0;: n’écrivez donc que le nécessaire.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>How your journal is protected</source>
        <translation>Comment votre journal est protégé</translation>
    </message>
    <message>
        <source>Where your journal and its backups are kept</source>
        <translation>Où sont gardés votre journal et ses sauvegardes</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The journal could not be checked, so retention waits.</source>
        <translation>Le journal n’a pas pu être vérifié, donc la conservation attend.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln suivi en retard</numerusform>
            <numerusform>%Ln suivis en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unfinished draft(s) on Today</source>
        <translation>
            <numerusform>%Ln brouillon inachevé dans Aujourd’hui</numerusform>
            <numerusform>%Ln brouillons inachevés dans Aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal now opens with your computer login</source>
        <translation>Le journal s’ouvre maintenant avec votre session d’ordinateur</translation>
    </message>
    <message>
        <source>The restored backup was made before you chose a lock passphrase, and it has none. So PeerDesk no longer asks for a passphrase: the journal now opens when you are logged in to this computer, with its key in your keyring.</source>
        <translation>La sauvegarde restaurée a été faite avant que vous choisissiez une phrase secrète de verrouillage, et elle n’en a pas. PeerDesk ne demande donc plus de phrase secrète&#xa0;: le journal s’ouvre maintenant quand votre session est ouverte sur cet ordinateur, avec sa clé dans votre trousseau.</translation>
    </message>
    <message>
        <source>To ask for a passphrase every time again, open Settings, How PeerDesk opens, and choose &apos;Ask for my passphrase every time&apos;.</source>
        <translation>Pour qu’une phrase secrète soit de nouveau demandée à chaque fois, ouvrez Réglages, Ouverture de PeerDesk, et choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;».</translation>
    </message>
    <message>
        <source>Giving your journal a new key…</source>
        <translation>Nouvelle clé pour votre journal…</translation>
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
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Copying to your backup folder…</source>
        <translation>Copie vers votre dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>{n} percent</source>
        <translation>{n} pour cent</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>(a copy is also in {folder})</source>
        <translation>(une copie se trouve aussi dans {folder})</translation>
    </message>
    <message>
        <source>The copy for {folder} was not made: {why}</source>
        <translation>La copie pour {folder} n’a pas été faite&#xa0;: {why}</translation>
    </message>
    <message>
        <source>The backup was not made: {why}</source>
        <translation>La sauvegarde n’a pas été faite&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{title}: the numbers</source>
        <translation>{title}&#xa0;: les chiffres</translation>
    </message>
    <message>
        <source>{title}, chart</source>
        <translation>{title}, graphique</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Les mêmes chiffres sous forme de tableau</translation>
    </message>
</context>
<context>
    <name>ClosingStep</name>
    <message>
        <source>No conversation this time, and that is still worth a record. Agree when to try again below.</source>
        <translation>Pas de conversation cette fois, et cela mérite quand même d’être noté. Convenez ci-dessous du moment où réessayer.</translation>
    </message>
    <message>
        <source>Agree a follow-up</source>
        <translation>Convenir d’un suivi</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>e.g. a short call after their next shift</source>
        <translation>p. ex. un court appel après sa prochaine garde</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <source>Follow-up &amp;on:</source>
        <translation>&amp;Suivi le&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan&#xa0;:</translation>
    </message>
    <message>
        <source>Was it helpful, in your view?</source>
        <translation>Cet échange a-t-il aidé, selon vous&#xa0;?</translation>
    </message>
    <message>
        <source>Were their needs met?</source>
        <translation>Ses besoins ont-ils été satisfaits&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Helpful, in your view:</source>
        <translation>&amp;Utile, selon vous&#xa0;:</translation>
    </message>
    <message>
        <source>Their needs &amp;met:</source>
        <translation>&amp;Besoins satisfaits&#xa0;:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>How are you doing yourself?</source>
        <translation>Et vous, comment allez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>How are &amp;you doing:</source>
        <translation>C&amp;omment allez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>I&apos;d like a debrief about this one</source>
        <translation>Je souhaite un débriefing</translation>
    </message>
    <message>
        <source>Debrief wanted</source>
        <translation>Débriefing souhaité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your view, and your own check-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre avis, et votre point sur vous-même&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CodeGroups</name>
    <message>
        <source>group {n}</source>
        <translation>groupe {n}</translation>
    </message>
    <message>
        <source>Eight groups of four letters and digits, joined by dashes</source>
        <translation>Huit groupes de quatre lettres et chiffres, reliés par des tirets</translation>
    </message>
    <message>
        <source>The whole code, to &amp;read:</source>
        <translation>Le code entier, à &amp;lire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimer la feuille de récupération…</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Imprimer la feuille de récupération</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the laptop, for example with your important papers at home, not in the laptop bag. Anyone who has this code and your journal file can read the journal.</source>
        <translation>Gardez-la en lieu sûr et loin de l’ordinateur portable, par exemple avec vos papiers importants à la maison, pas dans la sacoche de l’ordinateur. Toute personne qui a ce code et votre fichier de journal peut lire le journal.</translation>
    </message>
    <message>
        <source>Recovery code, group {n}</source>
        <translation>Code de récupération, groupe {n}</translation>
    </message>
    <message>
        <source>The sheet was printed to the file {file}. Print that file on paper, then delete it: anyone with it and your journal file can read the journal.</source>
        <translation>La feuille a été imprimée dans le fichier {file}. Imprimez ce fichier sur papier, puis supprimez-le&#xa0;: toute personne qui l’a, avec votre fichier de journal, peut lire le journal.</translation>
    </message>
    <message>
        <source>The sheet went to the printer {printer}. Fetch it from the tray now.</source>
        <translation>La feuille est partie vers l’imprimante {printer}. Allez la chercher dans le bac dès maintenant.</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>(l’imprimante par défaut)</translation>
    </message>
</context>
<context>
    <name>CompleteOffer</name>
    <message>
        <source>This peer</source>
        <translation>Ce pair</translation>
    </message>
    <message>
        <source>Planned follow-up</source>
        <translation>Suivi prévu</translation>
    </message>
    <message>
        <source>{peer} has a follow-up planned for {date}: complete it with this session?</source>
        <translation>Un suivi est prévu avec {peer} le {date}&#xa0;: le réaliser avec cet entretien&#xa0;?</translation>
    </message>
    <message>
        <source>The plan: {plan}</source>
        <translation>Le plan&#xa0;: {plan}</translation>
    </message>
    <message>
        <source>&amp;Yes, complete it</source>
        <translation>&amp;Oui, le réaliser</translation>
    </message>
    <message>
        <source>&amp;No, a separate session</source>
        <translation>&amp;Non, un entretien à part</translation>
    </message>
</context>
<context>
    <name>ContextStep</name>
    <message>
        <source>Peer (pseudonym)</source>
        <translation>Pair (pseudonyme)</translation>
    </message>
    <message>
        <source>Choose a peer, or type a new pseudonym</source>
        <translation>Choisissez un pair ou tapez un nouveau pseudonyme</translation>
    </message>
    <message>
        <source>Choose or type a pseudonym</source>
        <translation>Choisissez ou tapez un pseudonyme</translation>
    </message>
    <message>
        <source>&amp;Peer:</source>
        <translation>&amp;Pair&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>&amp;Kind of contact:</source>
        <translation>&amp;Type de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Orienté par&#xa0;:</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Issue de la prise de contact</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Peer&apos;s role</source>
        <translation>Fonction du pair</translation>
    </message>
    <message>
        <source>Peer&apos;s ro&amp;le:</source>
        <translation>&amp;Fonction du pair&#xa0;:</translation>
    </message>
    <message>
        <source>No conversation this time? That still counts: an unanswered or declined outreach is worth recording. The conversation steps are skipped; plan when to try again under Closing and follow-up.</source>
        <translation>Pas de conversation cette fois&#xa0;? Cela compte quand même&#xa0;: une prise de contact sans réponse ou déclinée mérite d’être notée. Les étapes de la conversation sont passées&#xa0;; prévoyez quand réessayer dans Clôture et suivi.</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Prévoir un suivi</translation>
    </message>
    <message>
        <source>Go to follow-up planning</source>
        <translation>Aller à la planification du suivi</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>&amp;Stress drivers</source>
        <translation>Facteurs de &amp;stress</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Facteurs de stress</translation>
    </message>
    <message>
        <source>Use the arrow keys and Space to tick</source>
        <translation>Flèches et Espace pour cocher</translation>
    </message>
    <message>
        <source>New peer: “{name}” will be added when you finish.</source>
        <translation>Nouveau pair&#xa0;: «&#xa0;{name}&#xa0;» sera ajouté quand vous terminerez.</translation>
    </message>
    <message>
        <source>A pseudonym only: never a real name.</source>
        <translation>Un pseudonyme seulement&#xa0;: jamais un vrai nom.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>CountrySettings</name>
    <message>
        <source>Country and resources</source>
        <translation>Pays et ressources</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>Country whose resources to add</source>
        <translation>Pays dont ajouter les ressources</translation>
    </message>
    <message>
        <source>Add its resources</source>
        <translation>Ajouter ses ressources</translation>
    </message>
    <message>
        <source>Add this country&apos;s resources</source>
        <translation>Ajouter les ressources de ce pays</translation>
    </message>
    <message>
        <source>Adds the crisis lines and support services listed for that country to your resource directory. Entries you already have (same name or phone number) are left as they are. None is marked verified: check each before you print it.</source>
        <translation>Ajoute à votre annuaire des ressources les lignes d’écoute de crise et les services de soutien répertoriés pour ce pays. Les entrées que vous avez déjà (même nom ou même numéro de téléphone) restent telles quelles. Aucune n’est marquée comme vérifiée&#xa0;: vérifiez chacune avant de l’imprimer.</translation>
    </message>
    <message>
        <source>&amp;Your country</source>
        <translation>Votre pa&amp;ys</translation>
    </message>
    <message>
        <source>Add a country&apos;s resources</source>
        <translation>Ajouter les ressources d’un pays</translation>
    </message>
    <message>
        <source>Handouts say: {line}</source>
        <translation>Les fiches indiquent&#xa0;: {line}</translation>
    </message>
    <message>
        <source>The resources could not be added: {reason}</source>
        <translation>Les ressources n’ont pas pu être ajoutées&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{country}: {added} added to your resource directory, {skipped} already there.</source>
        <translation>{country}&#xa0;: {added} ajoutées à votre annuaire des ressources, {skipped} déjà présentes.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PeerDesk ran into a problem</source>
        <translation>PeerDesk a rencontré un problème</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside PeerDesk, and it needs to close. What is already saved in your journal stays safe.</source>
        <translation>Une erreur inattendue s’est produite dans PeerDesk, qui doit se fermer. Ce qui est déjà enregistré dans votre journal ne risque rien.</translation>
    </message>
    <message>
        <source>The report below only says where in PeerDesk&apos;s code the problem happened: it holds no journal text, no names and no keys. To help fix it, copy it and send it to whoever looks after PeerDesk for your program.</source>
        <translation>Le rapport ci-dessous indique seulement où, dans le code de PeerDesk, le problème s’est produit&#xa0;: il ne contient aucun texte du journal, aucun nom et aucune clé. Pour aider à le corriger, copiez-le et envoyez-le à la personne qui s’occupe de PeerDesk dans votre programme.</translation>
    </message>
    <message>
        <source>A copy is kept in {path}.</source>
        <translation>Une copie est gardée dans {path}.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Rapport d’incident</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>Quitter PeerDesk</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>Your journal file is damaged</source>
        <translation>Votre fichier de journal est endommagé</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>R&amp;escue what can still be read</source>
        <translation>&amp;Sauver ce qui peut encore être lu</translation>
    </message>
    <message>
        <source>Rescue what can still be read</source>
        <translation>Sauver ce qui peut encore être lu</translation>
    </message>
    <message>
        <source>No backup, or one that is too old? PeerDesk can copy everything it can still read into a new journal, encrypted like the old one. The damaged file is only read, never changed.</source>
        <translation>Pas de sauvegarde, ou une trop ancienne&#xa0;? PeerDesk peut copier tout ce qu’il peut encore lire dans un nouveau journal, chiffré comme l’ancien. Le fichier endommagé est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>Recovery code or lock passphrase</source>
        <translation>Code de récupération ou phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Recovery code or lock &amp;passphrase:</source>
        <translation>Code de récupération ou &amp;phrase secrète de verrouillage&#xa0;:</translation>
    </message>
    <message>
        <source>Rescuing</source>
        <translation>Sauvetage en cours</translation>
    </message>
    <message>
        <source>&amp;Open the rescued journal</source>
        <translation>&amp;Ouvrir le journal sauvé</translation>
    </message>
    <message>
        <source>Open the rescued journal</source>
        <translation>Ouvrir le journal sauvé</translation>
    </message>
    <message>
        <source>More choices ▸</source>
        <translation>Plus de choix ▸</translation>
    </message>
    <message>
        <source>Show more choices</source>
        <translation>Afficher plus de choix</translation>
    </message>
    <message>
        <source>Start over with an empty journal</source>
        <translation>Repartir d’un journal vide</translation>
    </message>
    <message>
        <source>Only if no backup works and nothing could be rescued. Your damaged journal is moved to {folder} and kept there (with shredding of notes on, until it is older than both periods). PeerDesk then sets up a new, empty journal with a new recovery code.</source>
        <translation>Seulement si aucune sauvegarde ne fonctionne et que rien n’a pu être sauvé. Votre journal endommagé est déplacé dans {folder} et y est gardé (avec la destruction des notes activée, jusqu’à ce qu’il soit plus ancien que les deux délais). PeerDesk crée ensuite un nouveau journal vide, avec un nouveau code de récupération.</translation>
    </message>
    <message>
        <source>I understand that my sessions will not be in the new journal</source>
        <translation>Je comprends que mes entretiens ne seront pas dans le nouveau journal</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit PeerDesk without changing anything</source>
        <translation>Quitter PeerDesk sans rien changer</translation>
    </message>
    <message>
        <source>1. Go back to a backup (best)</source>
        <translation>1. Revenir à une sauvegarde (le mieux)</translation>
    </message>
    <message>
        <source>2. Rescue what can still be read</source>
        <translation>2. Sauver ce qui peut encore être lu</translation>
    </message>
    <message>
        <source>Rescuing needs the journal&apos;s key file (journal.keys), which is missing or damaged too. Restore from a backup: each one carries its own key file.</source>
        <translation>Le sauvetage a besoin du fichier de clés du journal (journal.keys), qui est absent ou endommagé lui aussi. Restaurez une sauvegarde&#xa0;: chacune a son propre fichier de clés.</translation>
    </message>
    <message>
        <source>The journal file is empty, cut short or missing, so there is nothing in it to rescue. Restore from a backup.</source>
        <translation>Le fichier du journal est vide, tronqué ou absent&#xa0;: il n’y a rien à sauver. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>PeerDesk found no backup in its data folder. If you keep backups elsewhere (an external drive), choose the file there.</source>
        <translation>PeerDesk n’a trouvé aucune sauvegarde dans son dossier de données. Si vous gardez des sauvegardes ailleurs (un disque externe), choisissez le fichier à cet endroit.</translation>
    </message>
    <message>
        <source>Your most recent backup is from {when}. Sessions written since then are not in it.</source>
        <translation>Votre sauvegarde la plus récente date du {when}. Les entretiens écrits depuis n’y sont pas.</translation>
    </message>
    <message>
        <source>Type your lock passphrase (or your recovery code) and choose Rescue.</source>
        <translation>Tapez votre phrase secrète de verrouillage (ou votre code de récupération) et choisissez Sauver.</translation>
    </message>
    <message>
        <source>The keyring cannot give PeerDesk the journal&apos;s key. Type your recovery code (or your lock passphrase) and choose Rescue again.</source>
        <translation>Le trousseau ne peut pas donner à PeerDesk la clé du journal. Tapez votre code de récupération (ou votre phrase secrète de verrouillage) et choisissez de nouveau Sauver.</translation>
    </message>
    <message>
        <source>Nothing could be read: the part of the file that holds the journal&apos;s layout is damaged. Restore from a backup if you can.</source>
        <translation>Rien n’a pu être lu&#xa0;: la partie du fichier qui contient la structure du journal est endommagée. Restaurez une sauvegarde si vous le pouvez.</translation>
    </message>
    <message>
        <source>PeerDesk saved {what}</source>
        <translation>PeerDesk a sauvé {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%Ln entretien est revenu avec seulement sa date, son pair et son statut, ou comme brouillon qui contient ses notes.</numerusform>
            <numerusform>%Ln entretiens sont revenus avec seulement leur date, leur pair et leur statut, ou comme brouillons qui contiennent leurs notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>session details</source>
        <translation>les détails des entretiens</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>les pairs</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>les suivis</translation>
    </message>
    <message>
        <source>events and stress drivers of sessions</source>
        <translation>les événements et facteurs de stress des entretiens</translation>
    </message>
    <message>
        <source>your event and stress-driver lists</source>
        <translation>vos listes d’événements et de facteurs de stress</translation>
    </message>
    <message>
        <source>the resource directory</source>
        <translation>l’annuaire des ressources</translation>
    </message>
    <message>
        <source>resources marked in sessions</source>
        <translation>les ressources cochées dans les entretiens</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>les réglages</translation>
    </message>
    <message>
        <source>Parts of the file could not be read ({parts}); what only those parts held is lost.</source>
        <translation>Certaines parties du fichier n’ont pas pu être lues ({parts})&#xa0;; ce que seules ces parties contenaient est perdu.</translation>
    </message>
    <message>
        <source>Everything could be read.</source>
        <translation>Tout a pu être lu.</translation>
    </message>
    <message>
        <source>The rescued journal is in {folder}. Opening it puts it in place of the damaged one, which is kept in {aside}.</source>
        <translation>Le journal sauvé est dans {folder}. L’ouvrir le met à la place du journal endommagé, qui est gardé dans {aside}.</translation>
    </message>
    <message>
        <source>To open the rescued journal PeerDesk needs your recovery code. Choose Restore from a backup…, pick the rescued file ({name}) and use your recovery code.</source>
        <translation>Pour ouvrir le journal sauvé, PeerDesk a besoin de votre code de récupération. Choisissez Restaurer une sauvegarde…, prenez le fichier sauvé ({name}) et utilisez votre code de récupération.</translation>
    </message>
    <message>
        <source>Move the damaged journal aside and start a new, empty one? The damaged files are kept in the set-aside folder.</source>
        <translation>Mettre le journal endommagé à l’écart et en commencer un nouveau, vide&#xa0;? Les fichiers endommagés sont gardés dans le dossier de mise à l’écart.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Note who you spoke with, when and how, in as few words as you can.</source>
        <translation>Notez avec qui vous avez parlé, quand et comment, en aussi peu de mots que possible.</translation>
    </message>
    <message>
        <source>Use the peer&apos;s pseudonym. Contact details belong on the peer card, if anywhere.</source>
        <translation>Utilisez le pseudonyme du pair. Les coordonnées ont leur place sur la fiche du pair, si elles en ont une.</translation>
    </message>
    <message>
        <source>Record the minimum: no diagnoses, no clinical details, no names of patients or staff.</source>
        <translation>Notez le minimum&#xa0;: ni diagnostics, ni détails cliniques, ni noms de patients ou de membres du personnel.</translation>
    </message>
    <message>
        <source>Tick the event and stress tags that fit, and leave out what you don&apos;t know.</source>
        <translation>Cochez les événements et facteurs de stress qui correspondent, et laissez de côté ce que vous ne savez pas.</translation>
    </message>
    <message>
        <source>A declined or unanswered outreach still counts. Save it and plan when to try again.</source>
        <translation>Une prise de contact déclinée ou sans réponse compte quand même. Enregistrez-la et prévoyez quand réessayer.</translation>
    </message>
    <message>
        <source>A real name, or the name of a patient or colleague, anywhere in the note.</source>
        <translation>Un vrai nom, ou le nom d’un patient ou d’un collègue, où que ce soit dans la note.</translation>
    </message>
    <message>
        <source>Case details, record numbers or dates that could point to a patient.</source>
        <translation>Des détails du cas, des numéros de dossier ou des dates qui pourraient désigner un patient.</translation>
    </message>
    <message>
        <source>Your own guesses about a diagnosis.</source>
        <translation>Vos propres suppositions sur un diagnostic.</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Aller vers</translation>
    </message>
    <message>
        <source>Offer support so that saying yes feels ordinary and saying no feels fine.</source>
        <translation>Proposez votre soutien de sorte que dire oui paraisse ordinaire et dire non, tout à fait acceptable.</translation>
    </message>
    <message>
        <source>Say you contact everyone after events like this, so nobody feels singled out.</source>
        <translation>Dites que vous contactez tout le monde après ce type d’événement&#xa0;: personne ne se sent ainsi montré du doigt.</translation>
    </message>
    <message>
        <source>Ask if now is a good moment, and offer another time if it is not.</source>
        <translation>Demandez si c’est un bon moment, et proposez un autre moment si ce n’est pas le cas.</translation>
    </message>
    <message>
        <source>Explain what stays between you, and the one exception: when someone&apos;s safety is at risk.</source>
        <translation>Expliquez ce qui reste entre vous, et la seule exception&#xa0;: quand la sécurité de quelqu’un est en jeu.</translation>
    </message>
    <message>
        <source>Let them know a no is fine and the offer stays open.</source>
        <translation>Dites-lui qu’un non est tout à fait possible et que la proposition reste ouverte.</translation>
    </message>
    <message>
        <source>A vague &apos;call me if you need anything&apos;: offer a time, or say when you will try again.</source>
        <translation>Un vague «&#xa0;appelle-moi si tu as besoin&#xa0;»&#xa0;: proposez un moment, ou dites quand vous réessaierez.</translation>
    </message>
    <message>
        <source>Hinting that you called because others are worried about how they are coping.</source>
        <translation>Laisser entendre que vous appelez parce que d’autres s’inquiètent de la façon dont la personne tient le coup.</translation>
    </message>
    <message>
        <source>Carrying on when they have said now is a bad time.</source>
        <translation>Continuer alors que la personne a dit que ce n’était pas le bon moment.</translation>
    </message>
    <message>
        <source>Promising complete secrecy with no exceptions.</source>
        <translation>Promettre un secret absolu, sans aucune exception.</translation>
    </message>
    <message>
        <source>Framed the call as routine</source>
        <translation>Présenté l’appel comme une démarche habituelle</translation>
    </message>
    <message>
        <source>Checked it was a good time</source>
        <translation>Vérifié que c’était un bon moment</translation>
    </message>
    <message>
        <source>Explained confidentiality and its limits</source>
        <translation>Expliqué la confidentialité et ses limites</translation>
    </message>
    <message>
        <source>Made it easy to say no</source>
        <translation>Rendu facile de dire non</translation>
    </message>
    <message>
        <source>Listen and reflect</source>
        <translation>Écouter et refléter</translation>
    </message>
    <message>
        <source>Give them room to say what happened and how it hit them, in their own words.</source>
        <translation>Laissez-lui de la place pour dire ce qui s’est passé et ce que cela lui a fait, avec ses propres mots.</translation>
    </message>
    <message>
        <source>Ask an open question, such as how things have been since, then mostly listen.</source>
        <translation>Posez une question ouverte, par exemple comment les choses se passent depuis, puis écoutez surtout.</translation>
    </message>
    <message>
        <source>Name the feelings you hear, and say that reactions like these are common.</source>
        <translation>Nommez les émotions que vous entendez, et dites que ces réactions sont fréquentes.</translation>
    </message>
    <message>
        <source>Let them know they are not the only one: many colleagues have felt this way too.</source>
        <translation>Dites-lui que ce n’est pas un cas isolé&#xa0;: beaucoup de collègues ont ressenti la même chose.</translation>
    </message>
    <message>
        <source>Share your own story only briefly and only if it helps them, then turn back to them.</source>
        <translation>Ne partagez votre propre histoire que brièvement et seulement si elle l’aide, puis revenez à la personne.</translation>
    </message>
    <message>
        <source>Telling them how they should feel, or that they shouldn&apos;t feel that way.</source>
        <translation>Lui dire ce qu’il faudrait ressentir, ou qu’il ne faudrait pas ressentir cela.</translation>
    </message>
    <message>
        <source>Asking for clinical details or judging the care that was given.</source>
        <translation>Demander des détails cliniques ou juger les soins qui ont été donnés.</translation>
    </message>
    <message>
        <source>Turning the talk to your own experience, or rushing to fix things.</source>
        <translation>Ramener la conversation à votre propre expérience, ou vous précipiter pour régler les choses.</translation>
    </message>
    <message>
        <source>Asked open questions</source>
        <translation>Posé des questions ouvertes</translation>
    </message>
    <message>
        <source>Reflected their feelings back</source>
        <translation>Reflété ses émotions</translation>
    </message>
    <message>
        <source>Said their reactions are normal</source>
        <translation>Dit que ses réactions sont normales</translation>
    </message>
    <message>
        <source>Validated what they went through</source>
        <translation>Reconnu ce que la personne a vécu</translation>
    </message>
    <message>
        <source>Shared my own experience briefly, only where it helped</source>
        <translation>Partagé brièvement ma propre expérience, seulement quand cela aidait</translation>
    </message>
    <message>
        <source>Reframe</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <source>Help them see their feelings in a wider frame, without taking the feelings away.</source>
        <translation>Aidez la personne à voir ses émotions dans un cadre plus large, sans les lui retirer.</translation>
    </message>
    <message>
        <source>Acknowledge the feeling first. A new angle only helps once they feel heard.</source>
        <translation>Reconnaissez d’abord l’émotion. Un nouvel angle n’aide qu’une fois que la personne se sent entendue.</translation>
    </message>
    <message>
        <source>Remind them of the good they do and the patients they have helped.</source>
        <translation>Rappelez à la personne le bien qu’elle fait et les patients qu’elle a aidés.</translation>
    </message>
    <message>
        <source>Every clinician makes mistakes, and systems and teams shape outcomes too.</source>
        <translation>Tout soignant commet des erreurs, et les organisations et les équipes pèsent aussi sur les résultats.</translation>
    </message>
    <message>
        <source>Brushing it off, as in &apos;it was nothing&apos; or &apos;everyone slips up, move on&apos;.</source>
        <translation>Balayer le sujet, comme «&#xa0;ce n’est rien&#xa0;» ou «&#xa0;tout le monde se trompe, passe à autre chose&#xa0;».</translation>
    </message>
    <message>
        <source>Passing judgement on their clinical decisions.</source>
        <translation>Porter un jugement sur ses décisions cliniques.</translation>
    </message>
    <message>
        <source>Blaming a named colleague or team.</source>
        <translation>Accuser un collègue ou une équipe nommément.</translation>
    </message>
    <message>
        <source>Acknowledged feelings without minimising them</source>
        <translation>Reconnu ses émotions sans les minimiser</translation>
    </message>
    <message>
        <source>Pointed to the good they do</source>
        <translation>Souligné le bien que fait la personne</translation>
    </message>
    <message>
        <source>Talked about human fallibility and system factors</source>
        <translation>Parlé de la faillibilité humaine et des facteurs liés à l’organisation</translation>
    </message>
    <message>
        <source>Learn and teach</source>
        <translation>Apprendre et transmettre</translation>
    </message>
    <message>
        <source>Help them make sense of the event and find something worth carrying forward.</source>
        <translation>Aidez la personne à donner du sens à l’événement et à en tirer quelque chose qui vaut la peine d’être gardé.</translation>
    </message>
    <message>
        <source>When they seem ready, ask what they might take from this. Some are not ready yet.</source>
        <translation>Quand la personne semble prête, demandez-lui ce qu’elle pourrait en retirer. Certains ne sont pas encore prêts.</translation>
    </message>
    <message>
        <source>Passing a lesson on to colleagues can help others and give the event some meaning.</source>
        <translation>Transmettre un enseignement à des collègues peut aider d’autres personnes et donner un peu de sens à l’événement.</translation>
    </message>
    <message>
        <source>Keep to the lesson itself; the case details don&apos;t belong in your notes.</source>
        <translation>Tenez-vous-en à l’enseignement lui-même&#xa0;; les détails du cas n’ont pas leur place dans vos notes.</translation>
    </message>
    <message>
        <source>Running your own root-cause analysis or inquiry into the case.</source>
        <translation>Mener votre propre analyse des causes ou votre propre enquête sur le cas.</translation>
    </message>
    <message>
        <source>Pushing them to find a lesson before they are ready.</source>
        <translation>Pousser la personne à trouver un enseignement avant qu’elle soit prête.</translation>
    </message>
    <message>
        <source>Explored what can be learned</source>
        <translation>Exploré ce qui peut en être appris</translation>
    </message>
    <message>
        <source>Invited them to share lessons with colleagues</source>
        <translation>Proposé de partager les enseignements avec des collègues</translation>
    </message>
    <message>
        <source>Cope</source>
        <translation>Faire face</translation>
    </message>
    <message>
        <source>Reconnect them with their own ways of coping and the people around them.</source>
        <translation>Reconnectez la personne avec ses propres façons de faire face et avec son entourage.</translation>
    </message>
    <message>
        <source>Ask what has helped them through hard times before.</source>
        <translation>Demandez à la personne ce qui l’a aidée à traverser des moments difficiles par le passé.</translation>
    </message>
    <message>
        <source>Name the strengths you heard in what they told you.</source>
        <translation>Nommez les forces que vous avez entendues dans ce que la personne vous a dit.</translation>
    </message>
    <message>
        <source>Ask who they can lean on: family, friends, colleagues.</source>
        <translation>Demandez à la personne sur qui elle peut compter&#xa0;: famille, amis, collègues.</translation>
    </message>
    <message>
        <source>Check in on sleep, meals, movement and time off.</source>
        <translation>Faites le point sur le sommeil, les repas, l’activité physique et les temps de repos.</translation>
    </message>
    <message>
        <source>Handing them a list of things they should do.</source>
        <translation>Lui remettre une liste de choses à faire.</translation>
    </message>
    <message>
        <source>Suggesting they just need to be more resilient.</source>
        <translation>Laisser entendre qu’il suffirait d’être plus résilient.</translation>
    </message>
    <message>
        <source>Asked what helped them before</source>
        <translation>Demandé ce qui a aidé la personne par le passé</translation>
    </message>
    <message>
        <source>Named their strengths</source>
        <translation>Nommé ses forces</translation>
    </message>
    <message>
        <source>Talked about family, friends and colleagues</source>
        <translation>Parlé de la famille, des amis et des collègues</translation>
    </message>
    <message>
        <source>Talked about sleep and self-care</source>
        <translation>Parlé du sommeil et de prendre soin de soi</translation>
    </message>
    <message>
        <source>Connect to resources</source>
        <translation>Orienter vers l’aide</translation>
    </message>
    <message>
        <source>Offer more help when peer support is not enough; act at once if safety is at risk.</source>
        <translation>Proposez une aide supplémentaire quand le soutien par les pairs ne suffit pas&#xa0;; agissez immédiatement si la sécurité est en jeu.</translation>
    </message>
    <message>
        <source>Mark each resource or kind of help as mentioned, handout given or referred.</source>
        <translation>Marquez chaque ressource ou type d’aide comme mentionné, fiche remise ou orienté.</translation>
    </message>
    <message>
        <source>Only referred counts as a referral: you made or arranged the contact yourself.</source>
        <translation>Seul «&#xa0;orienté&#xa0;» compte comme une orientation&#xa0;: vous avez pris ou organisé le contact vous-même.</translation>
    </message>
    <message>
        <source>If you think someone is in danger, follow your program&apos;s safety steps straight away.</source>
        <translation>Si vous pensez que quelqu’un est en danger, suivez sans attendre la procédure de sécurité de votre programme.</translation>
    </message>
    <message>
        <source>The journal records only that an escalation happened, never what was said or to whom.</source>
        <translation>Le journal note seulement qu’un signalement a eu lieu, jamais ce qui a été dit ni à qui.</translation>
    </message>
    <message>
        <source>Presenting a referral as a sign that they failed or that you are stepping away.</source>
        <translation>Présenter une orientation comme un signe d’échec de la personne ou comme un désengagement de votre part.</translation>
    </message>
    <message>
        <source>Writing down what was said in a safety situation, or any diagnosis.</source>
        <translation>Noter ce qui a été dit dans une situation de mise en danger, ou un quelconque diagnostic.</translation>
    </message>
    <message>
        <source>Holding on to a safety concern on your own.</source>
        <translation>Garder pour vous une inquiétude pour la sécurité.</translation>
    </message>
    <message>
        <source>Escalated a safety concern</source>
        <translation>Signalé une inquiétude pour la sécurité</translation>
    </message>
    <message>
        <source>Offered resources</source>
        <translation>Proposé des ressources</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Orienté vers une ressource</translation>
    </message>
    <message>
        <source>Closing and follow-up</source>
        <translation>Clôture et suivi</translation>
    </message>
    <message>
        <source>End warmly, agree on the next step, and check in on yourself.</source>
        <translation>Terminez avec chaleur, convenez de la suite, et faites le point sur vous-même.</translation>
    </message>
    <message>
        <source>Thank them for their trust and their time, and for the work they do for patients.</source>
        <translation>Remerciez la personne pour sa confiance et son temps, et pour le travail qu’elle fait pour les patients.</translation>
    </message>
    <message>
        <source>Agree a follow-up: when, and what you will do.</source>
        <translation>Convenez d’un suivi&#xa0;: quand, et ce que vous ferez.</translation>
    </message>
    <message>
        <source>Before saving, reread your notes: no diagnoses, clinical details or names of others.</source>
        <translation>Avant d’enregistrer, relisez vos notes&#xa0;: ni diagnostics, ni détails cliniques, ni noms d’autres personnes.</translation>
    </message>
    <message>
        <source>Take a moment for yourself, and ask for a debrief if this one stays with you.</source>
        <translation>Prenez un moment pour vous, et demandez un débriefing si cet entretien vous reste en tête.</translation>
    </message>
    <message>
        <source>Ending with no next step and no way to reach you.</source>
        <translation>Terminer sans suite prévue ni moyen de vous joindre.</translation>
    </message>
    <message>
        <source>Promising more than you can give.</source>
        <translation>Promettre plus que vous ne pouvez donner.</translation>
    </message>
    <message>
        <source>Skipping your own check-in because you feel fine right now.</source>
        <translation>Sauter votre propre point sur vous-même parce que vous vous sentez bien en ce moment.</translation>
    </message>
    <message>
        <source>Thanked them and showed appreciation</source>
        <translation>Remercié et montré ma reconnaissance</translation>
    </message>
    <message>
        <source>Agreed a follow-up</source>
        <translation>Convenu d’un suivi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Proactive outreach</source>
        <translation>Prise de contact proactive</translation>
    </message>
    <message>
        <source>Peer asked for support</source>
        <translation>Demande de soutien du pair</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Entretien de groupe</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Le pair lui-même</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation>Un responsable ou un cadre</translation>
    </message>
    <message>
        <source>Risk or quality office</source>
        <translation>Service qualité et gestion des risques</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Asked to talk later</source>
        <translation>Préfère parler plus tard</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Resident or student</source>
        <translation>Interne ou étudiant</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier ou infirmière</translation>
    </message>
    <message>
        <source>Advanced practice clinician</source>
        <translation>Infirmier en pratique avancée</translation>
    </message>
    <message>
        <source>Allied health professional</source>
        <translation>Autre professionnel de santé</translation>
    </message>
    <message>
        <source>Employee assistance program</source>
        <translation>Programme d’aide aux salariés</translation>
    </message>
    <message>
        <source>Physician health program</source>
        <translation>Dispositif d’aide aux soignants</translation>
    </message>
    <message>
        <source>Mental health professional</source>
        <translation>Professionnel de santé mentale</translation>
    </message>
    <message>
        <source>Chaplain or spiritual care</source>
        <translation>Aumônerie ou accompagnement spirituel</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Ligne d’écoute de crise</translation>
    </message>
    <message>
        <source>Legal or risk-management support for a review</source>
        <translation>Soutien juridique ou de la gestion des risques pour une analyse ou une procédure</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>À bout</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Sous tension</translation>
    </message>
    <message>
        <source>Getting by</source>
        <translation>Je tiens le coup</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <source>Doing well</source>
        <translation>Je vais bien</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Mentionné</translation>
    </message>
    <message>
        <source>Handout given</source>
        <translation>Fiche remise</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Adverse event or error</source>
        <translation>Événement indésirable ou erreur</translation>
    </message>
    <message>
        <source>Unexpected death or outcome</source>
        <translation>Décès ou évolution inattendus</translation>
    </message>
    <message>
        <source>Trauma or mass casualty</source>
        <translation>Traumatisme ou afflux massif de victimes</translation>
    </message>
    <message>
        <source>Lawsuit or complaint</source>
        <translation>Procédure judiciaire ou plainte</translation>
    </message>
    <message>
        <source>Licensing board matter</source>
        <translation>Procédure ordinale</translation>
    </message>
    <message>
        <source>Patient aggression</source>
        <translation>Agression par un patient</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Colleague&apos;s death or illness</source>
        <translation>Décès ou maladie d’un collègue</translation>
    </message>
    <message>
        <source>Burnout or moral injury</source>
        <translation>Épuisement professionnel ou blessure morale</translation>
    </message>
    <message>
        <source>Change at work</source>
        <translation>Changement au travail</translation>
    </message>
    <message>
        <source>Personal life stressor</source>
        <translation>Difficulté dans la vie personnelle</translation>
    </message>
    <message>
        <source>Self-blame or guilt</source>
        <translation>Auto-accusation ou culpabilité</translation>
    </message>
    <message>
        <source>Feeling isolated</source>
        <translation>Sentiment d’isolement</translation>
    </message>
    <message>
        <source>Shame or fear of judgement</source>
        <translation>Honte ou peur du jugement</translation>
    </message>
    <message>
        <source>Fear of the review, litigation or licensing process</source>
        <translation>Peur de l’analyse, d’une procédure judiciaire ou ordinale</translation>
    </message>
    <message>
        <source>Replaying the event or trouble sleeping</source>
        <translation>Rumination de l’événement ou troubles du sommeil</translation>
    </message>
    <message>
        <source>Anxiety or low mood</source>
        <translation>Anxiété ou humeur basse</translation>
    </message>
    <message>
        <source>Work overload</source>
        <translation>Surcharge de travail</translation>
    </message>
    <message>
        <source>Not feeling valued</source>
        <translation>Manque de reconnaissance</translation>
    </message>
    <message>
        <source>Loss of meaning</source>
        <translation>Perte de sens</translation>
    </message>
    <message>
        <source>Childcare or family care</source>
        <translation>Garde d’enfants ou proche à charge</translation>
    </message>
    <message>
        <source>Thinking of reducing hours or leaving</source>
        <translation>Envie de réduire son temps de travail ou de partir</translation>
    </message>
    <message>
        <source>Fear of exposure or transmission</source>
        <translation>Peur d’une exposition ou d’une transmission</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Tags added by the supporter</source>
        <translation>Étiquettes ajoutées par le pair soutenant</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <source>since yesterday ({date})</source>
        <translation>depuis hier ({date})</translation>
    </message>
    <message>
        <source>{n} days late ({date})</source>
        <translation>{n} jours de retard ({date})</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow ({date})</source>
        <translation>demain ({date})</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Suivis en cours</translation>
    </message>
    <message>
        <source>Press Enter on a follow-up to start the follow-up session</source>
        <translation>Appuyez sur Entrée sur un suivi pour commencer l’entretien de suivi</translation>
    </message>
    <message>
        <source>&amp;Complete: start the follow-up session</source>
        <translation>&amp;Réaliser&#xa0;: commencer l’entretien de suivi</translation>
    </message>
    <message>
        <source>Complete this follow-up by starting the follow-up session</source>
        <translation>Réaliser ce suivi en commençant l’entretien de suivi</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <source>Snooze this follow-up</source>
        <translation>Reporter ce suivi</translation>
    </message>
    <message>
        <source>&amp;Pick a date…</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Choisir une date…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel follow-up…</source>
        <translation>A&amp;nnuler le suivi…</translation>
    </message>
    <message>
        <source>Cancel this follow-up, with a reason</source>
        <translation>Annuler ce suivi, avec une raison</translation>
    </message>
    <message>
        <source>Open the session it came &amp;from</source>
        <translation>Ouvrir l’entretien d’&amp;origine</translation>
    </message>
    <message>
        <source>Open the session this follow-up came from</source>
        <translation>Ouvrir l’entretien dont vient ce suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Agreed in:</source>
        <translation>Convenu lors de&#xa0;:</translation>
    </message>
    <message>
        <source>{n} due: {overdue} overdue · {today} today · {week} later this week</source>
        <translation>{n} à faire&#xa0;: {overdue} en retard · {today} aujourd’hui · {week} plus tard cette semaine</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Rien à faire cette semaine.</translation>
    </message>
    <message>
        <source>&amp;Tomorrow ({date})</source>
        <comment>Snooze menu</comment>
        <translation>&amp;Demain ({date})</translation>
    </message>
    <message>
        <source>&amp;Next week ({date})</source>
        <comment>Snooze menu</comment>
        <translation>La semaine &amp;prochaine ({date})</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <source>Done: {peer}&apos;s follow-up, completed by the session of {date}.</source>
        <translation>Fait&#xa0;: le suivi de {peer}, réalisé par l’entretien du {date}.</translation>
    </message>
    <message>
        <source>Done: {peer}&apos;s follow-up.</source>
        <translation>Fait&#xa0;: le suivi de {peer}.</translation>
    </message>
    <message>
        <source>Choose a follow-up to see its plan. Press Enter on one to start the follow-up session.</source>
        <translation>Choisissez un suivi pour voir son plan. Appuyez sur Entrée sur l’un d’eux pour commencer l’entretien de suivi.</translation>
    </message>
    <message>
        <source>No open follow-ups. When you agree one in a session, it shows up here.</source>
        <translation>Aucun suivi en cours. Quand vous en convenez un lors d’un entretien, il apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Complete: go on with the follow-up session (a draft)</source>
        <translation>&amp;Réaliser&#xa0;: reprendre l’entretien de suivi (un brouillon)</translation>
    </message>
    <message>
        <source>No plan written down.</source>
        <translation>Aucun plan noté.</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Aucune gardée</translation>
    </message>
    <message>
        <source>the session of {date}</source>
        <translation>l’entretien du {date}</translation>
    </message>
    <message>
        <source>a session that is no longer kept</source>
        <translation>un entretien qui n’est plus gardé</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>since yesterday</source>
        <translation>depuis hier</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>dans {n} jours</translation>
    </message>
    <message>
        <source>That follow-up is no longer open.</source>
        <translation>Ce suivi n’est plus en cours.</translation>
    </message>
    <message>
        <source>It could not be snoozed: {reason}</source>
        <translation>Il n’a pas pu être reporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>Reporté au {date}.</translation>
    </message>
    <message>
        <source>Keep the reason to {n} characters; nothing was changed.</source>
        <translation>Limitez la raison à {n} caractères&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>It could not be cancelled: {reason}</source>
        <translation>Il n’a pas pu être annulé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>Suivi annulé.</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <source>Snooze until this date</source>
        <translation>Reporter à cette date</translation>
    </message>
    <message>
        <source>They are doing well and need no more check-ins</source>
        <translation>La personne va bien et n’a plus besoin d’être recontactée</translation>
    </message>
    <message>
        <source>They asked not to be contacted again</source>
        <translation>La personne a demandé à ne plus être contactée</translation>
    </message>
    <message>
        <source>Someone else is following up</source>
        <translation>Quelqu’un d’autre assure le suivi</translation>
    </message>
    <message>
        <source>I could not reach them</source>
        <translation>Je n’ai pas réussi à joindre la personne</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>Annuler le suivi</translation>
    </message>
    <message>
        <source>Why is this follow-up no longer needed? (No names or details.)</source>
        <translation>Pourquoi ce suivi n’est-il plus nécessaire&#xa0;? (Ni noms ni détails.)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>GroupCheck</name>
    <message>
        <source>To be sure your copy is right, type group {n} of your recovery code from what you wrote down or printed (not from the screen).</source>
        <translation>Pour vérifier que votre copie est juste, tapez le groupe {n} de votre code de récupération à partir de ce que vous avez noté ou imprimé (pas depuis l’écran).</translation>
    </message>
    <message>
        <source>&amp;Group {n}:</source>
        <translation>&amp;Groupe {n}&#xa0;:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery code</source>
        <translation>Groupe {n} du code de récupération</translation>
    </message>
    <message>
        <source>Type group {n} to go on.</source>
        <translation>Tapez le groupe {n} pour continuer.</translation>
    </message>
    <message>
        <source>A group is {size} letters and digits. Please check it.</source>
        <translation>Un groupe compte {size} lettres et chiffres. Vérifiez-le.</translation>
    </message>
    <message>
        <source>That is not group {n}. Compare your copy with the code: choose Show the code again and correct your copy if it differs.</source>
        <translation>Ce n’est pas le groupe {n}. Comparez votre copie avec le code&#xa0;: choisissez Afficher le code à nouveau et corrigez votre copie si elle diffère.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>In immediate danger, call your local emergency number.</source>
        <translation>En cas de danger immédiat, appelez le numéro d’urgence local.</translation>
    </message>
    <message>
        <source>In immediate danger, call {number}.</source>
        <translation>En cas de danger immédiat, appelez le {number}.</translation>
    </message>
    <message>
        <source>In immediate danger, call {first} or {second}.</source>
        <translation>En cas de danger immédiat, appelez le {first} ou le {second}.</translation>
    </message>
    <message>
        <source>Support for you</source>
        <translation>Du soutien pour vous</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone. These services listen, and they are used to hearing from health workers.</source>
        <translation>Inutile de porter cela en solitaire. Ces services écoutent, et ils ont l’habitude d’être contactés par des soignants.</translation>
    </message>
    <message>
        <source>Prepared on {date}.</source>
        <translation>Préparée le {date}.</translation>
    </message>
    <message>
        <source>Services change their numbers and hours from time to time; if one does not answer, try another on this page.</source>
        <translation>Les services changent parfois de numéro et d’horaires&#xa0;; si l’un ne répond pas, essayez-en un autre sur cette page.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Make a handout</source>
        <translation>Préparer une fiche</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>À vérifier avant d’imprimer</translation>
    </message>
    <message>
        <source>Resources on the handout</source>
        <translation>Ressources sur la fiche</translation>
    </message>
    <message>
        <source>Tick a category for all of its entries; Space ticks the current row</source>
        <translation>Cochez une catégorie pour toutes ses entrées&#xa0;; Espace coche la ligne en cours</translation>
    </message>
    <message>
        <source>&amp;Resources (tick a category to take all of it)</source>
        <translation>&amp;Ressources (cochez une catégorie pour la prendre en entier)</translation>
    </message>
    <message>
        <source>Ticked when this opened: {names}. Untick any you don&apos;t want on the page.</source>
        <translation>Cochées à l’ouverture&#xa0;: {names}. Décochez celles que vous ne voulez pas sur la page.</translation>
    </message>
    <message>
        <source>Personal note (optional)</source>
        <translation>Note personnelle (facultative)</translation>
    </message>
    <message>
        <source>e.g. Thank you for talking with me today.</source>
        <translation>p. ex. Merci d’avoir pris le temps d’échanger avec moi aujourd’hui.</translation>
    </message>
    <message>
        <source>Printed exactly as you type it on a page you give away: leave out names and anything about your conversation.</source>
        <translation>Imprimée exactement comme vous la tapez, sur une page que vous remettez&#xa0;: n’y mettez ni noms ni rien de votre conversation.</translation>
    </message>
    <message>
        <source>Organisation name on the handout</source>
        <translation>Nom de l’organisation sur la fiche</translation>
    </message>
    <message>
        <source>Optional, e.g. your hospital&apos;s name</source>
        <translation>Facultatif, p. ex. le nom de votre hôpital</translation>
    </message>
    <message>
        <source>Date on the handout</source>
        <translation>Date sur la fiche</translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>&amp;Keep them without contact details</source>
        <translation>&amp;Garder ces entrées sans coordonnées</translation>
    </message>
    <message>
        <source>Print the entries without a phone, text line or web address as they are</source>
        <translation>Imprimer telles quelles les entrées sans téléphone, ligne SMS ni adresse web</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>Every handout says: {line}</source>
        <translation>Chaque fiche indique&#xa0;: {line}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>Show a print preview</source>
        <translation>Afficher un aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>Fermer sans imprimer</translation>
    </message>
    <message>
        <source>Personal &amp;note:</source>
        <translation>&amp;Note personnelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <source>no phone, text or web address yet</source>
        <translation>pas encore de téléphone, de SMS ni d’adresse web</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>pas encore vérifiée</translation>
    </message>
    <message>
        <source>verified over a year ago</source>
        <translation>vérifiée il y a plus d’un an</translation>
    </message>
    <message>
        <source>A note holds at most {n} characters; the rest was cut off.</source>
        <translation>Une note contient au plus {n} caractères&#xa0;; la suite a été coupée.</translation>
    </message>
    <message>
        <source>“{name}” was not verified in the last 12 months: check its numbers and hours before you hand this out.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été vérifiée au cours des 12 derniers mois&#xa0;: vérifiez ses numéros et horaires avant de remettre cette fiche.</translation>
    </message>
    <message>
        <source>{n} of the chosen entries were not verified in the last 12 months: check their numbers and hours before you hand this out.</source>
        <translation>{n} des entrées choisies n’ont pas été vérifiées au cours des 12 derniers mois&#xa0;: vérifiez leurs numéros et horaires avant de remettre cette fiche.</translation>
    </message>
    <message>
        <source>No phone, text line or web address yet for: {names}. Fill it in on the Resources page, untick it, or keep it without contact details.</source>
        <translation>Pas encore de téléphone, de ligne SMS ni d’adresse web pour&#xa0;: {names}. Complétez-la dans la page Ressources, décochez-la, ou gardez-la sans coordonnées.</translation>
    </message>
    <message>
        <source>Tick at least one resource.</source>
        <translation>Cochez au moins une ressource.</translation>
    </message>
    <message>
        <source>Fits on one page.</source>
        <translation>Tient sur une page.</translation>
    </message>
    <message>
        <source>Takes {n} pages: untick a few entries to fit one page.</source>
        <translation>Occupe {n} pages&#xa0;: décochez quelques entrées pour tenir sur une page.</translation>
    </message>
    <message>
        <source>The note can&apos;t be printed: {reason}.</source>
        <translation>La note ne peut pas être imprimée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The organisation name can&apos;t be printed: {reason}.</source>
        <translation>Le nom de l’organisation ne peut pas être imprimé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Tick at least one resource first.</source>
        <translation>Cochez d’abord au moins une ressource.</translation>
    </message>
    <message>
        <source>Not printed yet: no phone, text line or web address for {names}. Fill it in, untick it, or press “Keep them without contact details”.</source>
        <translation>Pas encore imprimée&#xa0;: pas de téléphone, de ligne SMS ni d’adresse web pour {names}. Complétez-la, décochez-la, ou appuyez sur «&#xa0;Garder ces entrées sans coordonnées&#xa0;».</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%Ln page(s)).</source>
        <translation>
            <numerusform>{name} enregistré (%Ln page).</numerusform>
            <numerusform>{name} enregistré (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout could not be printed: {reason}</source>
        <translation>La fiche n’a pas pu être imprimée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuard</name>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Record or ID number</source>
        <translation>Numéro de dossier ou d’identification</translation>
    </message>
    <message>
        <source>Date (of birth?)</source>
        <translation>Date (de naissance&#xa0;?)</translation>
    </message>
    <message>
        <source>Clinical detail (a diagnosis?)</source>
        <translation>Détail clinique (un diagnostic&#xa0;?)</translation>
    </message>
    <message>
        <source>Clinical detail (a procedure?)</source>
        <translation>Détail clinique (un acte&#xa0;?)</translation>
    </message>
    <message>
        <source>Clinical detail (a medication?)</source>
        <translation>Détail clinique (un médicament&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>IdentifierGuardDialog</name>
    <message>
        <source>Before you save</source>
        <translation>Avant d’enregistrer</translation>
    </message>
    <message>
        <source>Some of what you wrote looks like it could identify someone. A peer-support note keeps the minimum: a pseudonym and a few words about how things went. Contact details belong on the peer card; record numbers, birth dates and other people&apos;s details don&apos;t belong here at all.</source>
        <translation>Une partie de ce que vous avez écrit semble pouvoir identifier quelqu’un. Une note de soutien par les pairs se limite au minimum&#xa0;: un pseudonyme et quelques mots sur la façon dont les choses se sont passées. Les coordonnées ont leur place sur la fiche du pair&#xa0;; les numéros de dossier, les dates de naissance et les informations sur d’autres personnes n’ont pas leur place ici.</translation>
    </message>
    <message>
        <source>Some words look like clinical detail: a diagnosis, a procedure or a medication, the peer&apos;s or a patient&apos;s. Clinical detail belongs in the record of care; a peer-support note can say how things went without it. If it is needed, keep it.</source>
        <translation>Certains mots ressemblent à un détail clinique&#xa0;: un diagnostic, un acte ou un médicament, du pair ou d’un patient. Le détail clinique a sa place dans le dossier de soins&#xa0;; une note de soutien par les pairs peut dire comment les choses se sont passées sans lui. Si c’est nécessaire, gardez-le.</translation>
    </message>
    <message>
        <source>What to check before saving</source>
        <translation>À vérifier avant d’enregistrer</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Revenir et modifier</translation>
    </message>
    <message>
        <source>Go back and edit the note</source>
        <translation>Revenir et modifier la note</translation>
    </message>
    <message>
        <source>Keep it and save</source>
        <translation>Garder et enregistrer</translation>
    </message>
    <message>
        <source>Keep the text as it is and save</source>
        <translation>Garder le texte tel quel et enregistrer</translation>
    </message>
    <message>
        <source>in “{where}”</source>
        <translation>dans «&#xa0;{where}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Finished session records held in the month or period. An outreach that was declined, not answered or put off counts too: every attempt is a record. Drafts do not count.</source>
        <translation>Entretiens terminés tenus dans le mois ou la période. Une prise de contact déclinée, sans réponse ou remise à plus tard compte aussi&#xa0;: chaque tentative est notée. Les brouillons ne comptent pas.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Contacts in which a conversation took place: the outreach was accepted, or no outreach outcome was recorded (the peer came to the supporter).</source>
        <translation>Contacts au cours desquels une conversation a eu lieu&#xa0;: la prise de contact a été acceptée, ou aucune issue n’a été renseignée (le pair est venu vers le pair soutenant).</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Contacts par type</translation>
    </message>
    <message>
        <source>Contacts counted by their kind (proactive outreach, peer asked, follow-up, group); contacts without a kind are &apos;not recorded&apos;. The kinds add up to the contacts.</source>
        <translation>Contacts comptés par type (prise de contact proactive, demande du pair, suivi, groupe)&#xa0;; les contacts sans type sont «&#xa0;non renseigné&#xa0;». La somme des types donne les contacts.</translation>
    </message>
    <message>
        <source>Contacts by mode</source>
        <translation>Contacts par mode</translation>
    </message>
    <message>
        <source>Contacts counted by how they were held (phone, video, in person, text message); &apos;not recorded&apos; when no mode was chosen. The modes add up to the contacts.</source>
        <translation>Contacts comptés selon leur mode (téléphone, visio, en personne, SMS)&#xa0;; «&#xa0;non renseigné&#xa0;» quand aucun mode n’a été choisi. La somme des modes donne les contacts.</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Issue de la prise de contact</translation>
    </message>
    <message>
        <source>Contacts counted by the outcome of the outreach (accepted, declined, no answer, asked to talk later); &apos;not recorded&apos; when none was chosen. The outcomes add up to the contacts.</source>
        <translation>Contacts comptés selon l’issue de la prise de contact (acceptée, déclinée, sans réponse, préfère parler plus tard)&#xa0;; «&#xa0;non renseigné&#xa0;» quand aucune n’a été choisie. La somme des issues donne les contacts.</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>Catégories d’événements</translation>
    </message>
    <message>
        <source>Contacts tagged with each event category. A contact can carry several tags, so these add up to more than the contacts; contacts without a tag are not counted here.</source>
        <translation>Contacts marqués de chaque catégorie d’événement. Un contact peut en porter plusieurs&#xa0;: la somme dépasse donc le nombre de contacts&#xa0;; les contacts sans étiquette ne sont pas comptés ici.</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Facteurs de stress</translation>
    </message>
    <message>
        <source>Contacts tagged with each stress driver. A contact can carry several, so these add up to more than the contacts.</source>
        <translation>Contacts marqués de chaque facteur de stress. Un contact peut en porter plusieurs&#xa0;: la somme dépasse donc le nombre de contacts.</translation>
    </message>
    <message>
        <source>Referrals by type</source>
        <translation>Orientations par type</translation>
    </message>
    <message>
        <source>Contacts in which a referral of each type was made: a kind of help or a resource marked referred, because the supporter made or arranged the contact. A resource counts under the type of its category. Mentioned or handed out is not a referral. A contact with two types of referral counts once under each.</source>
        <translation>Contacts au cours desquels une orientation de chaque type a été faite&#xa0;: un type d’aide ou une ressource marqué «&#xa0;orienté&#xa0;», parce que le pair soutenant a pris ou organisé le contact. Une ressource compte sous le type de sa catégorie. Mentionner ou remettre une fiche n’est pas une orientation. Un contact avec deux types d’orientation compte une fois sous chacun.</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Conversations avec une orientation</translation>
    </message>
    <message>
        <source>Conversations in which at least one kind of help or resource was marked referred.</source>
        <translation>Conversations où au moins un type d’aide ou une ressource a été marqué «&#xa0;orienté&#xa0;».</translation>
    </message>
    <message>
        <source>Conversations with help mentioned</source>
        <translation>Conversations avec une aide mentionnée</translation>
    </message>
    <message>
        <source>Conversations in which at least one kind of help or resource was marked mentioned: named, with no handout and no contact arranged. Not a referral.</source>
        <translation>Conversations où au moins un type d’aide ou une ressource a été marqué «&#xa0;mentionné&#xa0;»&#xa0;: cité, sans fiche remise ni contact organisé. Ce n’est pas une orientation.</translation>
    </message>
    <message>
        <source>Conversations with a handout</source>
        <translation>Conversations avec une fiche remise</translation>
    </message>
    <message>
        <source>Conversations in which at least one resource or kind of help was marked handout given. Not a referral.</source>
        <translation>Conversations où au moins une ressource ou un type d’aide a été marqué «&#xa0;fiche remise&#xa0;». Ce n’est pas une orientation.</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Taux d’orientation</translation>
    </message>
    <message>
        <source>Conversations with a referral divided by conversations, as a percentage.</source>
        <translation>Conversations avec une orientation, divisées par le nombre de conversations, en pourcentage.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Follow-ups agreed in a session whose due date falls in the month or period, whatever became of them (done, cancelled or still open).</source>
        <translation>Suivis convenus lors d’un entretien dont l’échéance tombe dans le mois ou la période, quel que soit leur sort (faits, annulés ou encore en cours).</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Suivis réalisés</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the month or period, those marked done.</source>
        <translation>Parmi les suivis à faire dans le mois ou la période, ceux marqués comme faits.</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the period, those still open after their due date.</source>
        <translation>Parmi les suivis à faire dans la période, ceux encore en cours après leur échéance.</translation>
    </message>
    <message>
        <source>Median days to follow-up</source>
        <translation>Délai médian avant le suivi (jours)</translation>
    </message>
    <message>
        <source>For completed follow-ups due in the period: the median number of days from the session that agreed the follow-up to the session that completed it. Follow-ups marked done without a follow-up session are left out.</source>
        <translation>Pour les suivis réalisés dont l’échéance tombe dans la période&#xa0;: le nombre médian de jours entre l’entretien qui a convenu du suivi et l’entretien qui l’a réalisé. Les suivis marqués comme faits sans entretien de suivi sont laissés de côté.</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>The sum of the recorded durations of the contacts, in hours. Contacts without a duration add nothing.</source>
        <translation>La somme des durées notées des contacts, en heures. Les contacts sans durée n’ajoutent rien.</translation>
    </message>
    <message>
        <source>Your self-care</source>
        <translation>Prendre soin de vous</translation>
    </message>
    <message>
        <source>The average of your own self-care rating (1 = struggling, 5 = doing well) over the contacts of each month where you rated it, with the number of ratings. It stays on this computer: it is never part of a report.</source>
        <translation>La moyenne de votre auto-évaluation (1 = en difficulté, 5 = ça va bien) sur les contacts de chaque mois où vous l’avez renseignée, avec le nombre d’évaluations. Elle reste sur cet ordinateur&#xa0;: elle ne fait jamais partie d’un rapport.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>{title}: none in this period.</source>
        <translation>{title}&#xa0;: aucun sur cette période.</translation>
    </message>
    <message>
        <source>{title}. Most often: {top}.</source>
        <translation>{title}. Le plus fréquent&#xa0;: {top}.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Chosen months</source>
        <translation>Mois choisis</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Du mois</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Au mois</translation>
    </message>
    <message>
        <source>&amp;Report for the program…</source>
        <translation>&amp;Rapport pour le programme…</translation>
    </message>
    <message>
        <source>Make a de-identified report</source>
        <translation>Préparer un rapport anonymisé</translation>
    </message>
    <message>
        <source>Counts only, for your program: preview it, then save it as CSV or PDF</source>
        <translation>Des comptages seulement, pour votre programme&#xa0;: prévisualisez-le, puis enregistrez-le en CSV ou en PDF</translation>
    </message>
    <message>
        <source>Program &amp;totals…</source>
        <translation>&amp;Totaux du programme…</translation>
    </message>
    <message>
        <source>Combine several supporters&apos; reports</source>
        <translation>Combiner les rapports de plusieurs pairs soutenants</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Taux d’orientation</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Suivis réalisés</translation>
    </message>
    <message>
        <source>Median days to follow-up</source>
        <translation>Délai médian avant le suivi (jours)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Follow-ups due and completed</source>
        <translation>Suivis à faire et réalisés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Choose a period of at most {n} months that ends after it starts.</source>
        <translation>Choisissez une période de {n} mois au plus, qui finit après son début.</translation>
    </message>
    <message>
        <source>{n} of {total} conversations; not counted: help mentioned in {m}, a handout in {h}</source>
        <translation>{n} conversations sur {total}&#xa0;; non comptées&#xa0;: aide mentionnée dans {m}, fiche dans {h}</translation>
    </message>
    <message>
        <source>{done} of {due}</source>
        <translation>{done} sur {due}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>no follow-up sessions yet</source>
        <translation>pas encore d’entretien de suivi</translation>
    </message>
    <message>
        <source>Other attempts</source>
        <translation>Autres tentatives</translation>
    </message>
    <message>
        <source>Contacts per month, {total} in all; the busiest month was {month} with {n}.</source>
        <translation>Contacts par mois, {total} en tout&#xa0;; le mois le plus chargé a été {month}, avec {n}.</translation>
    </message>
    <message>
        <source>Contacts per month: none in this period.</source>
        <translation>Contacts par mois&#xa0;: aucun sur cette période.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisés</translation>
    </message>
    <message>
        <source>Follow-ups: {done} of {due} completed, {late} overdue.</source>
        <translation>Suivis&#xa0;: {done} sur {due} réalisés, {late} en retard.</translation>
    </message>
    <message>
        <source>Your self-care ratings, month by month, from 1 (struggling) to 5 (doing well).</source>
        <translation>Vos évaluations de la façon dont vous allez, mois par mois, de 1 (en difficulté) à 5 (ça va bien).</translation>
    </message>
    <message>
        <source>Latest: {month}, {value}.</source>
        <translation>Dernière&#xa0;: {month}, {value}.</translation>
    </message>
    <message>
        <source>Rate how you are doing at the end of each session to see a trend here.</source>
        <translation>Évaluez comment vous allez à la fin de chaque entretien pour voir une tendance ici.</translation>
    </message>
    <message>
        <source>Your ratings have been low lately. Supporters need support too: a debrief with a fellow supporter or your program lead can help.</source>
        <translation>Vos évaluations sont basses ces derniers temps. Les pairs soutenants ont eux aussi besoin de soutien&#xa0;: un débriefing avec un autre pair soutenant ou le responsable de votre programme peut aider.</translation>
    </message>
    <message>
        <source>Only you see this. It is never part of a report.</source>
        <translation>Personne d’autre que vous ne voit ceci. Cela ne fait jamais partie d’un rapport.</translation>
    </message>
</context>
<context>
    <name>LastSessionSummary</name>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>Last session with this peer</source>
        <translation>Dernier entretien avec ce pair</translation>
    </message>
    <message>
        <source>Last time with {peer}</source>
        <translation>Dernière fois&#xa0;: {peer}</translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Date&#xa0;: </translation>
    </message>
    <message>
        <source>Outreach: </source>
        <translation>Prise de contact&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was ticked.</source>
        <translation>Rien n’a été coché.</translation>
    </message>
    <message>
        <source>Follow-up agreed for: </source>
        <translation>Suivi convenu pour le&#xa0;: </translation>
    </message>
    <message>
        <source>Plan: </source>
        <translation>Plan&#xa0;: </translation>
    </message>
    <message>
        <source>No follow-up was agreed.</source>
        <translation>Aucun suivi n’a été convenu.</translation>
    </message>
    <message>
        <source>Anything else: </source>
        <translation>Autre chose&#xa0;: </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo journal</source>
        <translation>Journal de démonstration</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Demo journal: every session here is fictional, and the whole journal is deleted when PeerDesk closes.</source>
        <translation>Journal de démonstration&#xa0;: chaque entretien ici est fictif, et tout le journal est supprimé à la fermeture de PeerDesk.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Re&amp;port for the program…</source>
        <translation>Rapport pour le pro&amp;gramme…</translation>
    </message>
    <message>
        <source>Program &amp;totals…</source>
        <translation>T&amp;otaux du programme…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>How PeerDesk protects your journal</source>
        <translation>Comment PeerDesk protège votre journal</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>À &amp;propos de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <comment>Go menu</comment>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <comment>Go menu</comment>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <comment>Go menu</comment>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>&amp;Peers</source>
        <comment>Go menu</comment>
        <translation>&amp;Pairs</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <comment>Go menu</comment>
        <translation>&amp;Ressources</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <comment>Go menu</comment>
        <translation>S&amp;tatistiques</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <comment>Go menu</comment>
        <translation>Ré&amp;glages</translation>
    </message>
    <message>
        <source>&amp;How PeerDesk protects your journal</source>
        <comment>Help menu</comment>
        <translation>&amp;Comment PeerDesk protège votre journal</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {week} later this week</source>
        <translation>{overdue} en retard, {today} aujourd’hui, {week} plus tard cette semaine</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Entretien enregistré.</translation>
    </message>
    <message>
        <source>No backup yet. Journal ▸ Back up now makes an encrypted copy.</source>
        <translation>Pas encore de sauvegarde. Journal ▸ Sauvegarder maintenant crée une copie chiffrée.</translation>
    </message>
    <message>
        <source>The last backup is from {date}, more than a week ago.</source>
        <translation>La dernière sauvegarde date du {date}, il y a plus d’une semaine.</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Une sauvegarde est déjà en cours d’écriture.</translation>
    </message>
    <message>
        <source>Backup written and checked: {name}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The journal keeps its old key</source>
        <translation>Le journal garde son ancienne clé</translation>
    </message>
    <message>
        <source>{title}. Nothing was changed: the old code and passphrase still work.</source>
        <translation>{title}. Rien n’a été modifié&#xa0;: l’ancien code et l’ancienne phrase secrète fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The journal has a new key. The old recovery code opens nothing written now.</source>
        <translation>Le journal a une nouvelle clé. L’ancien code de récupération n’ouvre plus rien de ce qui est écrit désormais.</translation>
    </message>
    <message>
        <source>What PeerDesk protects, and what it does not</source>
        <translation>Ce que PeerDesk protège, et ce qu’il ne protège pas</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>Write this new code down or print it now: it is shown only this once. When you have checked your copy, PeerDesk gives the journal a new key, and the old code will open nothing you write from then on. Until then nothing has changed.</source>
        <translation>Notez ce nouveau code ou imprimez-le maintenant&#xa0;: il n’est affiché que cette fois. Une fois votre copie vérifiée, PeerDesk donne une nouvelle clé au journal, et l’ancien code n’ouvrira plus rien de ce que vous écrirez ensuite. D’ici là, rien n’a changé.</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>&amp;Afficher le code à nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: keep the old code and key</source>
        <translation>Annuler&#xa0;: garder l’ancien code et l’ancienne clé</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Je l’ai &amp;noté</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Only “Referred” counts as a referral: you made the contact or set it up for them. Mentioned and handout given are counted apart.</source>
        <translation>Seul «&#xa0;Orienté&#xa0;» compte comme une orientation&#xa0;: vous avez pris contact ou organisé le contact pour la personne. «&#xa0;Mentionné&#xa0;» et «&#xa0;Fiche remise&#xa0;» sont comptés à part.</translation>
    </message>
    <message>
        <source>Kind of help or resource</source>
        <translation>Type d’aide ou ressource</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Aide proposée</translation>
    </message>
    <message>
        <source>1 mentioned, 2 handout given, 3 referred, Space for the next mark, 0 or Delete to clear</source>
        <translation>1 mentionné, 2 fiche remise, 3 orienté, Espace pour la marque suivante, 0 ou Suppr pour effacer</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Types d’aide</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <source>{name}: {mark}</source>
        <translation>{name}&#xa0;: {mark}</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non marqué</translation>
    </message>
</context>
<context>
    <name>OldBackupsDialog</name>
    <message>
        <source>Backups made with the old key</source>
        <translation>Sauvegardes faites avec l’ancienne clé</translation>
    </message>
    <message>
        <source>&amp;Re-encrypt them with the new key</source>
        <translation>&amp;Rechiffrer avec la nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>Les &amp;supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep them for now</source>
        <translation>Les &amp;garder pour l’instant</translation>
    </message>
    <message>
        <source>No backup made with an old key is left in the backup folders.</source>
        <translation>Il ne reste dans les dossiers de sauvegarde aucune sauvegarde faite avec une ancienne clé.</translation>
    </message>
    <message>
        <source>The journal now has a new key, but these {n} backups were made before and keep the old one: the old recovery code still opens them. Re-encrypt them with the new key (the new code then opens them, the old one no longer), or delete them. Copies you made elsewhere yourself are not listed.</source>
        <translation>Le journal a maintenant une nouvelle clé, mais ces {n} sauvegardes ont été faites avant et gardent l’ancienne&#xa0;: l’ancien code de récupération les ouvre toujours. Rechiffrez-les avec la nouvelle clé (le nouveau code les ouvre alors, l’ancien non), ou supprimez-les. Les copies que vous avez faites ailleurs vous-même ne sont pas listées.</translation>
    </message>
    <message>
        <source>These {n} backups were made with an older key: the old recovery code still opens them. PeerDesk no longer holds that key, so it cannot re-encrypt them; delete them, or keep them and the old code (a restore asks for it).</source>
        <translation>Ces {n} sauvegardes ont été faites avec une clé plus ancienne&#xa0;: l’ancien code de récupération les ouvre toujours. PeerDesk n’a plus cette clé et ne peut donc pas les rechiffrer&#xa0;; supprimez-les, ou gardez-les avec l’ancien code (une restauration le demandera).</translation>
    </message>
    <message>
        <source>Some of them are journals PeerDesk kept in its data folder: set aside by a restore, or rescued from a damaged file. They hold everything written up to then.</source>
        <translation>Certaines sont des journaux que PeerDesk a gardés dans son dossier de données&#xa0;: mis à l’écart par une restauration, ou sauvés d’un fichier endommagé. Ils contiennent tout ce qui avait été écrit jusque-là.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>journal set aside by a restore</source>
        <translation>journal mis à l’écart par une restauration</translation>
    </message>
    <message>
        <source>journal rescued from a damaged file</source>
        <translation>journal sauvé d’un fichier endommagé</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>Delete these {n} backups and their key files? The journal itself and the backups made with the new key are kept.</source>
        <translation>Supprimer ces {n} sauvegardes et leurs fichiers de clés&#xa0;? Le journal lui-même et les sauvegardes faites avec la nouvelle clé sont gardés.</translation>
    </message>
    <message>
        <source>Re-encrypting…</source>
        <translation>Rechiffrement…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>{n} backups dealt with.</source>
        <translation>{n} sauvegardes traitées.</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}&#xa0;: {why}</translation>
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
        <translation>Page {n}</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <source>The pages, as they will be printed</source>
        <translation>Les pages, telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernier entretien</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Sho&amp;w closed peers</source>
        <translation>Affic&amp;her les pairs clos</translation>
    </message>
    <message>
        <source>Show closed peers</source>
        <translation>Afficher les pairs clos</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Pseudonym of the new peer</source>
        <translation>Pseudonyme du nouveau pair</translation>
    </message>
    <message>
        <source>A name only you can link to them</source>
        <translation>Un nom que personne d’autre que vous ne peut relier à cette personne</translation>
    </message>
    <message>
        <source>Contact details of the new peer (optional)</source>
        <translation>Coordonnées du nouveau pair (facultatives)</translation>
    </message>
    <message>
        <source>Optional, for follow-ups</source>
        <translation>Facultatives, pour les suivis</translation>
    </message>
    <message>
        <source>&amp;Add peer</source>
        <translation>Ajou&amp;ter le pair</translation>
    </message>
    <message>
        <source>Add the new peer</source>
        <translation>Ajouter le nouveau pair</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Aucune gardée</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the pseudonym and contact details</source>
        <translation>Enregistrer le pseudonyme et les coordonnées</translation>
    </message>
    <message>
        <source>Sessions with this peer</source>
        <translation>Entretiens avec ce pair</translation>
    </message>
    <message>
        <source>&amp;New session with this peer</source>
        <translation>&amp;Nouvel entretien avec ce pair</translation>
    </message>
    <message>
        <source>Start a new session with this peer</source>
        <translation>Commencer un nouvel entretien avec ce pair</translation>
    </message>
    <message>
        <source>&amp;Forget now…</source>
        <translation>&amp;Oublier maintenant…</translation>
    </message>
    <message>
        <source>Forget this peer now</source>
        <translation>Oublier ce pair maintenant</translation>
    </message>
    <message>
        <source>Remove this peer and their notes for good; the counts stay</source>
        <translation>Retirer définitivement ce pair et ses notes&#xa0;; les comptages restent</translation>
    </message>
    <message>
        <source>Add a peer</source>
        <translation>Ajouter un pair</translation>
    </message>
    <message>
        <source>Pseu&amp;donym</source>
        <translation>Pse&amp;udonyme</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Coordonnée&amp;s</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonyme</translation>
    </message>
    <message>
        <source>&amp;Contact details</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>Choose a peer on the left to see their sessions, or add a new one.</source>
        <translation>Choisissez un pair à gauche pour voir ses entretiens, ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>Closed. Their contact details were removed on {date}.</source>
        <translation>Clos. Ses coordonnées ont été retirées le {date}.</translation>
    </message>
    <message>
        <source>Closed on {date}. Contact details are removed once the retention period ends.</source>
        <translation>Clos le {date}. Les coordonnées sont retirées à la fin de la durée de conservation.</translation>
    </message>
    <message>
        <source>Open: you are still in touch.</source>
        <translation>Ouvert&#xa0;: vous êtes encore en contact.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>C&amp;lose peer</source>
        <translation>C&amp;lore le pair</translation>
    </message>
    <message>
        <source>Reopen this peer</source>
        <translation>Rouvrir ce pair</translation>
    </message>
    <message>
        <source>Close this peer</source>
        <translation>Clore ce pair</translation>
    </message>
    <message>
        <source>follow-up done {date}</source>
        <translation>suivi fait le {date}</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>suivi fait</translation>
    </message>
    <message>
        <source>follow-up {date}</source>
        <translation>suivi le {date}</translation>
    </message>
    <message>
        <source>No sessions with this peer yet.</source>
        <translation>Pas encore d’entretien avec ce pair.</translation>
    </message>
    <message>
        <source>1 session (press Enter to open it)</source>
        <translation>1 entretien (appuyez sur Entrée pour l’ouvrir)</translation>
    </message>
    <message>
        <source>{n} sessions, newest first (press Enter to open one)</source>
        <translation>{n} entretiens, du plus récent au plus ancien (appuyez sur Entrée pour en ouvrir un)</translation>
    </message>
    <message>
        <source>Give the peer a pseudonym.</source>
        <translation>Donnez un pseudonyme au pair.</translation>
    </message>
    <message>
        <source>A pseudonym fits at most {n} characters.</source>
        <translation>Un pseudonyme compte au plus {n} caractères.</translation>
    </message>
    <message>
        <source>Another peer already has this pseudonym. Add a letter or a number to tell them apart.</source>
        <translation>Un autre pair a déjà ce pseudonyme. Ajoutez une lettre ou un chiffre pour les distinguer.</translation>
    </message>
    <message>
        <source>Contact details fit at most {n} characters.</source>
        <translation>Les coordonnées comptent au plus {n} caractères.</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}.</source>
        <translation>Cela n’a pas pu être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>Le pair {name} a été ajouté.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>{name} is open again.</source>
        <translation>Le pair {name} est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>{name} is closed.</source>
        <translation>Le pair {name} est clos.</translation>
    </message>
    <message>
        <source>Tick &quot;Show closed peers&quot; to see them again.</source>
        <translation>Cochez «&#xa0;Afficher les pairs clos&#xa0;» pour les revoir.</translation>
    </message>
    <message>
        <source>Removed for good: the pseudonym, any contact details, open follow-ups and the notes of their sessions.</source>
        <translation>Retirés définitivement&#xa0;: le pseudonyme, les éventuelles coordonnées, les suivis en cours et les notes de ses entretiens.</translation>
    </message>
    <message>
        <source>Kept, linked to nobody: the {n} session records&apos; dates, kinds, outcomes and tags, so your de-identified counts still add up.</source>
        <translation>Gardés, reliés à personne&#xa0;: les dates, types, issues et étiquettes des {n} entretiens, pour que vos comptages anonymisés restent justes.</translation>
    </message>
    <message>
        <source>There are no sessions with this peer, so nothing else changes.</source>
        <translation>Il n’y a aucun entretien avec ce pair, donc rien d’autre ne change.</translation>
    </message>
    <message>
        <source>Forget {name} now?</source>
        <translation>Oublier {name} maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The peer could not be forgotten: {reason}</source>
        <translation>Le pair n’a pas pu être oublié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The peer was forgotten.</source>
        <translation>Le pair a été oublié.</translation>
    </message>
    <message>
        <source>Forget peer</source>
        <translation>Oublier le pair</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message>
        <source>Program totals</source>
        <translation>Totaux du programme</translation>
    </message>
    <message>
        <source>Add the de-identified reports (CSV) your supporters sent you. PeerDesk adds them up and holds back small totals again. Nothing here is saved in your journal.</source>
        <translation>Ajoutez les rapports anonymisés (CSV) que vos pairs soutenants vous ont envoyés. PeerDesk les additionne et masque de nouveau les petits totaux. Rien ici n’est enregistré dans votre journal.</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>&amp;Ajouter des rapports…</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>Ajouter des fichiers de rapport</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen report</source>
        <translation>Retirer le rapport choisi</translation>
    </message>
    <message>
        <source>Reports added</source>
        <translation>Rapports ajoutés</translation>
    </message>
    <message>
        <source>Hide totals below</source>
        <translation>Masquer les totaux inférieurs à</translation>
    </message>
    <message>
        <source>&amp;Hide totals below</source>
        <translation>&amp;Masquer les totaux inférieurs à</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Combined figures by month</source>
        <translation>Chiffres combinés par mois</translation>
    </message>
    <message>
        <source>Combined figures by category</source>
        <translation>Chiffres combinés par catégorie</translation>
    </message>
    <message>
        <source>By &amp;month</source>
        <translation>Par m&amp;ois</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Par &amp;catégorie</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the program totals as PDF</source>
        <translation>Enregistrer les totaux du programme en PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add reports</source>
        <translation>Ajouter des rapports</translation>
    </message>
    <message>
        <source>PeerDesk reports (*.csv);;All files (*)</source>
        <translation>Rapports PeerDesk (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the program totals</source>
        <translation>Enregistrer les totaux du programme</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name}: added already</source>
        <translation>{name}&#xa0;: déjà ajouté</translation>
    </message>
    <message>
        <source>{name} was not added: {reason}</source>
        <translation>{name} n’a pas été ajouté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} — {first} to {last}, counts below {t} held back</source>
        <translation>{name} — de {first} à {last}, comptages inférieurs à {t} masqués</translation>
    </message>
    <message>
        <source>No reports added yet.</source>
        <translation>Aucun rapport ajouté pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%Ln rapport, de {first} à {last}.</numerusform>
            <numerusform>%Ln rapports, de {first} à {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>x marks a total held back: one that could be below {t}, one a report held back, or one that adds up with those, so that none can be worked out from the others. Where an older report wrote &lt;N, the total is a range.</source>
        <translation>x marque un total masqué&#xa0;: un total qui pourrait être inférieur à {t}, un total qu’un rapport a masqué, ou un total qui s’additionne avec eux, pour qu’aucun ne puisse être déduit des autres. Là où un rapport plus ancien indiquait &lt;N, le total est une fourchette.</translation>
    </message>
    <message>
        <source>Referral rate: {rate}.</source>
        <translation>Taux d’orientation&#xa0;: {rate}.</translation>
    </message>
    <message>
        <source>A report asked for {t}, so {t} is used.</source>
        <translation>Un rapport demandait {t}, donc {t} est utilisé.</translation>
    </message>
    <message>
        <source>The reports cover different periods: months outside a report add nothing from it.</source>
        <translation>Les rapports couvrent des périodes différentes&#xa0;: les mois en dehors d’un rapport n’en ajoutent rien.</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Conversations avec une orientation</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>group {n}</source>
        <translation>groupe {n}</translation>
    </message>
    <message>
        <source>PeerDesk recovery sheet</source>
        <translation>Feuille de récupération PeerDesk</translation>
    </message>
    <message>
        <source>Recovery code made on {date}</source>
        <translation>Code de récupération créé le {date}</translation>
    </message>
    <message>
        <source>When you type it, capitals, spaces and dashes do not matter, and PeerDesk tells you if a group has a typo.</source>
        <translation>Quand vous le tapez, majuscules, espaces et tirets ne comptent pas, et PeerDesk vous signale un groupe mal tapé.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>This code opens your PeerDesk journal when the key kept in the computer&apos;s keyring is not there: on a new computer, after reinstalling the system, or if the keyring was reset or lost. It also opens backups of your journal.</source>
        <translation>Ce code ouvre votre journal PeerDesk quand la clé gardée dans le trousseau de l’ordinateur n’est pas là&#xa0;: sur un nouvel ordinateur, après une réinstallation du système, ou si le trousseau a été réinitialisé ou perdu. Il ouvre aussi les sauvegardes de votre journal.</translation>
    </message>
    <message>
        <source>This code opens your PeerDesk journal if you forget your lock passphrase, on this computer or any other. It also opens backups of your journal.</source>
        <translation>Ce code ouvre votre journal PeerDesk si vous oubliez votre phrase secrète de verrouillage, sur cet ordinateur ou sur un autre. Il ouvre aussi les sauvegardes de votre journal.</translation>
    </message>
    <message>
        <source>While you still know your passphrase, you can make a new code at any time. If both this code and your passphrase are lost, nobody can open the journal: there is no other way in.</source>
        <translation>Tant que vous connaissez encore votre phrase secrète, vous pouvez créer un nouveau code à tout moment. Si ce code et votre phrase secrète sont tous deux perdus, personne ne peut ouvrir le journal&#xa0;: il n’existe aucun autre moyen.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Où le garder</translation>
    </message>
    <message>
        <source>Somewhere safe and away from the laptop, for example with your important papers at home. Not in the laptop bag, not as a photo on your phone, not in e-mail or a cloud folder.</source>
        <translation>En lieu sûr et loin de l’ordinateur portable, par exemple avec vos papiers importants à la maison. Pas dans la sacoche de l’ordinateur, pas en photo sur votre téléphone, pas dans un e-mail ni dans un dossier en ligne.</translation>
    </message>
    <message>
        <source>Keep it private</source>
        <translation>Gardez-le pour vous</translation>
    </message>
    <message>
        <source>Anyone who has this code and a copy of your journal file can read your journal. If you think someone has seen it, make a new code in PeerDesk&apos;s settings: the old one stops working at once, and you print a new sheet.</source>
        <translation>Toute personne qui a ce code et une copie de votre fichier de journal peut lire votre journal. Si vous pensez que quelqu’un l’a vu, créez un nouveau code dans les réglages de PeerDesk&#xa0;: l’ancien cesse aussitôt de fonctionner, et vous imprimez une nouvelle feuille.</translation>
    </message>
    <message>
        <source>If it is lost</source>
        <translation>En cas de perte</translation>
    </message>
    <message>
        <source>While PeerDesk still opens on this computer, you can make a new code at any time. If both this code and the computer&apos;s key are gone, nobody can open the journal: there is no other way in.</source>
        <translation>Tant que PeerDesk s’ouvre encore sur cet ordinateur, vous pouvez créer un nouveau code à tout moment. Si ce code et la clé de l’ordinateur sont tous deux perdus, personne ne peut ouvrir le journal&#xa0;: il n’existe aucun autre moyen.</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Imprimer la feuille de récupération</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the program</source>
        <translation>Rapport pour le programme</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Du mois</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Au mois</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Masquer les comptages inférieurs à</translation>
    </message>
    <message>
        <source>Counts from 1 to one below this number are held back (shown as x), never written as a number.</source>
        <translation>Les comptages de 1 jusqu’à ce nombre moins un sont masqués (affichés comme x), jamais écrits comme un nombre.</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Printable (PDF)</source>
        <translation>Imprimable (PDF)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>&amp;Hide counts below</source>
        <translation>&amp;Masquer les comptages inférieurs à</translation>
    </message>
    <message>
        <source>&amp;File type</source>
        <translation>&amp;Type de fichier</translation>
    </message>
    <message>
        <source>The CSV file, exactly as it will be written</source>
        <translation>Le fichier CSV, exactement tel qu’il sera écrit</translation>
    </message>
    <message>
        <source>What the CSV file will hold</source>
        <translation>Ce que contiendra le fichier CSV</translation>
    </message>
    <message>
        <source>As a &amp;table</source>
        <translation>En ta&amp;bleau</translation>
    </message>
    <message>
        <source>The &amp;CSV file</source>
        <translation>Le fichier CS&amp;V</translation>
    </message>
    <message>
        <source>The PDF pages, as they will be written</source>
        <translation>Les pages PDF, telles qu’elles seront écrites</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>What will be &amp;written</source>
        <translation>Ce qui sera é&amp;crit</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Enregistrer le CSV…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Counts only, by month: no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Des comptages seulement, par mois&#xa0;: ni noms, ni pseudonymes, ni notes, ni coordonnées, ni dates.</translation>
    </message>
    <message>
        <source>Your self-care ratings are never included. Below is exactly what will be written.</source>
        <translation>Vos auto-évaluations n’y figurent jamais. Voici exactement ce qui sera écrit.</translation>
    </message>
    <message>
        <source>No count is from 1 to {below}, so none is held back.</source>
        <translation>Aucun comptage n’est compris entre 1 et {below}, donc aucun n’est masqué.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln count(s) are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</source>
        <translation>
            <numerusform>%Ln comptage est affiché comme x&#xa0;: les comptages de 1 à {below}, pour qu’aucun pair ne puisse être reconnu, et les comptages qui s’additionnent avec eux, pour qu’aucun ne puisse être retrouvé par soustraction. Un rapport des mêmes mois avec un nombre plus élevé masque au moins ceux-ci.</numerusform>
            <numerusform>%Ln comptages sont affichés comme x&#xa0;: les comptages de 1 à {below}, pour qu’aucun pair ne puisse être reconnu, et les comptages qui s’additionnent avec eux, pour qu’aucun ne puisse être retrouvé par soustraction. Un rapport des mêmes mois avec un nombre plus élevé masque au moins ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ResourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone, text or web</source>
        <translation>Téléphone, SMS ou web</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>text {line}</source>
        <translation>SMS {line}</translation>
    </message>
    <message>
        <source>not yet: check it</source>
        <translation>pas encore&#xa0;: à vérifier</translation>
    </message>
    <message>
        <source>{date}: over a year ago</source>
        <translation>{date}&#xa0;: il y a plus d’un an</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resource directory</source>
        <translation>Annuaire des ressources</translation>
    </message>
    <message>
        <source>Show archived resources</source>
        <translation>Afficher les ressources archivées</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>Ajou&amp;ter une ressource</translation>
    </message>
    <message>
        <source>Add a resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Import resources from a file</source>
        <translation>Importer des ressources depuis un fichier</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the directory to a file</source>
        <translation>Exporter l’annuaire dans un fichier</translation>
    </message>
    <message>
        <source>Make a handout from the directory</source>
        <translation>Préparer une fiche à partir de l’annuaire</translation>
    </message>
    <message>
        <source>Verification warning</source>
        <translation>Avertissement de vérification</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text line</source>
        <translation>Ligne SMS</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Source: the public page the details come from</source>
        <translation>Source&#xa0;: la page publique d’où viennent les informations</translation>
    </message>
    <message>
        <source>e.g. Staff counselling service</source>
        <translation>p. ex. Service de soutien psychologique du personnel</translation>
    </message>
    <message>
        <source>as it should be dialled, e.g. 1-800-555-0100</source>
        <translation>tel qu’il doit être composé, p. ex. 01 99 00 12 34</translation>
    </message>
    <message>
        <source>e.g. HOME to 741741</source>
        <translation>p. ex. BONJOUR au 12345</translation>
    </message>
    <message>
        <source>e.g. example.org/help</source>
        <translation>p. ex. example.org/aide</translation>
    </message>
    <message>
        <source>e.g. 24 hours, every day</source>
        <translation>p. ex. 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>e.g. All staff and their families</source>
        <translation>p. ex. Tout le personnel et leurs familles</translation>
    </message>
    <message>
        <source>where to check the details, e.g. https://988lifeline.org/</source>
        <translation>où vérifier les informations, p. ex. https://988lifeline.org/</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What they offer, in a sentence or two (printed on handouts)</source>
        <translation>Ce qu’ils proposent, en une ou deux phrases (imprimé sur les fiches)</translation>
    </message>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;Vérifiée le</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>Informations vérifiées</translation>
    </message>
    <message>
        <source>Date the details were verified</source>
        <translation>Date de vérification des informations</translation>
    </message>
    <message>
        <source>Verified &amp;today</source>
        <translation>Vérifiée &amp;ce jour</translation>
    </message>
    <message>
        <source>Mark as verified today and save</source>
        <translation>Marquer comme vérifiée aujourd’hui et enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this resource</source>
        <translation>Enregistrer cette ressource</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>Aff&amp;icher les archivées</translation>
    </message>
    <message>
        <source>&amp;Make a handout…</source>
        <translation>Préparer une &amp;fiche…</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;line:</source>
        <translation>Ligne &amp;SMS&#xa0;:</translation>
    </message>
    <message>
        <source>We&amp;b address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>H&amp;oraires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;For whom:</source>
        <translation>Pour &amp;qui&#xa0;:</translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Vérifiée&#xa0;:</translation>
    </message>
    <message>
        <source>the new resource</source>
        <translation>la nouvelle ressource</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to “{name}”?</source>
        <translation>Abandonner vos modifications non enregistrées de «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Restore this resource</source>
        <translation>Restaurer cette ressource</translation>
    </message>
    <message>
        <source>Archive this resource</source>
        <translation>Archiver cette ressource</translation>
    </message>
    <message>
        <source>This is a placeholder for a local service: add its phone number, text line or web address before you print it.</source>
        <translation>Cette entrée est à compléter pour un service local&#xa0;: ajoutez son numéro de téléphone, sa ligne SMS ou son adresse web avant de l’imprimer.</translation>
    </message>
    <message>
        <source>Not verified yet: check the number and hours, then press “Verified today”.</source>
        <translation>Pas encore vérifiée&#xa0;: contrôlez le numéro et les horaires, puis appuyez sur «&#xa0;Vérifiée ce jour&#xa0;».</translation>
    </message>
    <message>
        <source>Last verified on {date}, more than 12 months ago: numbers and hours change, so check them before you print this.</source>
        <translation>Vérifiée pour la dernière fois le {date}, il y a plus de 12 mois&#xa0;: les numéros et les horaires changent, contrôlez-les avant d’imprimer.</translation>
    </message>
    <message>
        <source>Give the resource a name.</source>
        <translation>Donnez un nom à la ressource.</translation>
    </message>
    <message>
        <source>Another entry is already called this{archived}. Use a different name.</source>
        <translation>Une autre entrée porte déjà ce nom{archived}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Keep this to {n} characters.</source>
        <translation>Limitez ceci à {n} caractères.</translation>
    </message>
    <message>
        <source>A verification date can&apos;t be in the future.</source>
        <translation>Une date de vérification ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>This can&apos;t be saved: {reason}.</source>
        <translation>Ceci ne peut pas être enregistré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <source>The resource could not be saved: {reason}</source>
        <translation>La ressource n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Ajoutée.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Cela n’a pas fonctionné&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is archived. Tick “Show archived” to see or restore it.</source>
        <translation>«&#xa0;{name}&#xa0;» est archivée. Cochez «&#xa0;Afficher les archivées&#xa0;» pour la voir ou la restaurer.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archivée.</translation>
    </message>
    <message>
        <source>Restored to the directory.</source>
        <translation>Remise dans l’annuaire.</translation>
    </message>
    <message>
        <source>“{name}” was not imported, and nothing was changed. {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été importé, et rien n’a été modifié. {reason}.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Import {total} resources from “{name}”?

{added} new, {updated} updated (their details are replaced by the file&apos;s), {same} already the same. Nothing is deleted.</source>
        <translation>Importer {total} ressources depuis «&#xa0;{name}&#xa0;»&#xa0;?

{added} nouvelles, {updated} mises à jour (leurs informations sont remplacées par celles du fichier), {same} déjà identiques. Rien n’est supprimé.</translation>
    </message>
    <message>
        <source>The import did not happen, and nothing was changed: {reason}</source>
        <translation>L’importation n’a pas eu lieu, et rien n’a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {same} already up to date.</source>
        <translation>Importées&#xa0;: {added} ajoutées, {updated} mises à jour, {same} déjà à jour.</translation>
    </message>
    <message>
        <source>The directory could not be exported: {reason}</source>
        <translation>L’annuaire n’a pas pu être exporté&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} resources to “{name}” (archived entries are left out).</source>
        <translation>{n} ressources exportées dans «&#xa0;{name}&#xa0;» (les entrées archivées sont laissées de côté).</translation>
    </message>
    <message>
        <source>Import resources</source>
        <translation>Importer des ressources</translation>
    </message>
    <message>
        <source>Resource directory (*.json *.csv)</source>
        <translation>Annuaire de ressources (*.json *.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Export resources</source>
        <translation>Exporter les ressources</translation>
    </message>
</context>
<context>
    <name>ResourcesStep</name>
    <message>
        <source>Only that an escalation happened is kept, never what was said.</source>
        <translation>Seul le fait qu’un signalement a eu lieu est gardé, jamais ce qui a été dit.</translation>
    </message>
    <message>
        <source>For a safety concern the journal keeps only yes or no, never the details.</source>
        <translation>Pour une inquiétude sur la sécurité, le journal ne garde que oui ou non, jamais les détails.</translation>
    </message>
    <message>
        <source>He&amp;lp offered</source>
        <translation>A&amp;ide proposée</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimer une &amp;fiche…</translation>
    </message>
    <message>
        <source>Print a handout of resources for the peer</source>
        <translation>Imprimer une fiche de ressources pour le pair</translation>
    </message>
    <message>
        <source>A page to give the peer: the resources marked handout given start ticked, and what you print comes back marked handout given; nothing about them or you</source>
        <translation>Une page à remettre au pair&#xa0;: les ressources marquées «&#xa0;fiche remise&#xa0;» sont cochées d’avance, et ce que vous imprimez revient marqué «&#xa0;fiche remise&#xa0;»&#xa0;; rien sur la personne ni sur vous</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Go back to a backup, or bring your journal to this computer. A backup is a file named peerdesk-backup-….db with a .keys file of the same name beside it; copy both. Nothing changes until you have checked the backup and chosen Restore.</source>
        <translation>Revenir à une sauvegarde, ou apporter votre journal sur cet ordinateur. Une sauvegarde est un fichier nommé peerdesk-backup-….db accompagné d’un fichier .keys du même nom&#xa0;; copiez les deux. Rien ne change tant que vous n’avez pas vérifié la sauvegarde et choisi Restaurer.</translation>
    </message>
    <message>
        <source>Backups in your data folder</source>
        <translation>Sauvegardes dans votre dossier de données</translation>
    </message>
    <message>
        <source>&amp;Backups in your data folder:</source>
        <translation>&amp;Sauvegardes dans votre dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>With this computer&apos;s &amp;keyring</source>
        <translation>Avec le &amp;trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Open the backup with this computer&apos;s keyring</source>
        <translation>Ouvrir la sauvegarde avec le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>With my recovery &amp;code</source>
        <translation>Avec mon &amp;code de récupération</translation>
    </message>
    <message>
        <source>Open the backup with the recovery code</source>
        <translation>Ouvrir la sauvegarde avec le code de récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Check &amp;this backup</source>
        <translation>&amp;Vérifier cette sauvegarde</translation>
    </message>
    <message>
        <source>Check this backup</source>
        <translation>Vérifier cette sauvegarde</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>This backup was made before your journal got a new key. It comes back under today&apos;s key, so that old recovery codes and passphrases open nothing you write from now on. Type the lock passphrase you use today:</source>
        <translation>Cette sauvegarde a été faite avant que votre journal reçoive une nouvelle clé. Elle revient sous la clé d’aujourd’hui, pour que les anciens codes de récupération et les anciennes phrases secrètes n’ouvrent rien de ce que vous écrirez désormais. Tapez la phrase secrète de verrouillage que vous utilisez aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Today&apos;s lock passphrase</source>
        <translation>Phrase secrète de verrouillage d’aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel without changing anything</source>
        <translation>Annuler sans rien changer</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>Ouvrir avec&#xa0;:</translation>
    </message>
    <message>
        <source>{when} — {size} KB</source>
        <translation>{when} — {size} Ko</translation>
    </message>
    <message>
        <source>Choose a PeerDesk backup</source>
        <translation>Choisir une sauvegarde PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk backups (*.db);;All files (*)</source>
        <translation>Sauvegardes PeerDesk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Choisissez d’abord un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>There is no file there. Check the name, or choose the file again.</source>
        <translation>Il n’y a pas de fichier à cet endroit. Vérifiez le nom, ou choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Tapez votre code de récupération.</translation>
    </message>
    <message>
        <source>This backup was made on {when}.</source>
        <translation>Cette sauvegarde a été faite le {when}.</translation>
    </message>
    <message>
        <source>This backup passed its check.</source>
        <translation>Cette sauvegarde a passé sa vérification.</translation>
    </message>
    <message>
        <source>It holds {summary}</source>
        <translation>Elle contient {summary}</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of your current journal. The current journal is not deleted: it is kept in {folder}.</source>
        <translation>Restaurer met cette sauvegarde à la place de votre journal actuel. Le journal actuel n’est pas supprimé&#xa0;: il est gardé dans {folder}.</translation>
    </message>
    <message>
        <source>This is not the lock passphrase your journal opens with today.</source>
        <translation>Ce n’est pas la phrase secrète de verrouillage qui ouvre votre journal aujourd’hui.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot open this backup (it does not have its key). Type the recovery code from your recovery sheet.</source>
        <translation>Le trousseau de cet ordinateur ne peut pas ouvrir cette sauvegarde (il n’a pas sa clé). Tapez le code de récupération qui figure sur votre feuille de récupération.</translation>
    </message>
    <message>
        <source>The key file that belongs beside this backup is missing or damaged. Copy the .keys file of the same name next to the backup file, then check again.</source>
        <translation>La clé qui accompagne cette sauvegarde est absente ou endommagée. Copiez le fichier .keys du même nom à côté du fichier de sauvegarde, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Type the lock passphrase you use today.</source>
        <translation>Tapez la phrase secrète de verrouillage que vous utilisez aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>Keeping and shredding</source>
        <translation>Conservation et destruction</translation>
    </message>
    <message>
        <source>Write as little as you need, and keep it no longer than you need. Shredding removes text for good; dates, kinds, tags, checklists, referrals and durations stay, so your counts and reports do not change.</source>
        <translation>Écrivez le moins possible, et ne gardez rien plus longtemps que nécessaire. La destruction efface le texte définitivement&#xa0;; les dates, types, étiquettes, listes cochées, orientations et durées restent, donc vos comptages et rapports ne changent pas.</translation>
    </message>
    <message>
        <source>Shred notes and follow-up plans after a while</source>
        <translation>Détruire les notes et les plans de suivi au bout d’un certain temps</translation>
    </message>
    <message>
        <source> days after the session</source>
        <translation> jours après l’entretien</translation>
    </message>
    <message>
        <source>Days after the session</source>
        <translation>Jours après l’entretien</translation>
    </message>
    <message>
        <source>Shred notes and follow-&amp;up plans</source>
        <translation>Détruire les &amp;notes et les plans de suivi</translation>
    </message>
    <message>
        <source>Shred a closed p&amp;eer&apos;s contact details</source>
        <translation>&amp;Détruire les coordonnées d’un pair clos</translation>
    </message>
    <message>
        <source>Shred the contact details of closed peers after a while</source>
        <translation>Détruire les coordonnées des pairs clos au bout d’un certain temps</translation>
    </message>
    <message>
        <source> days after closing</source>
        <translation> jours après la clôture</translation>
    </message>
    <message>
        <source>Days after the peer was closed</source>
        <translation>Jours après la clôture du pair</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>A&amp;ppliquer…</translation>
    </message>
    <message>
        <source>Apply the retention settings</source>
        <translation>Appliquer les réglages de conservation</translation>
    </message>
    <message>
        <source>Shredding also reaches the backups and the set-aside and rescued journals in PeerDesk&apos;s data folder; a set-aside journal that today&apos;s key cannot open is deleted once it is older than both periods (never while notes are kept for good). It cannot reach backups in another folder (your second backup folder, or one you chose) or copies you made yourself: they keep the text until you delete them.</source>
        <translation>La destruction atteint aussi les sauvegardes et les journaux mis à l’écart ou sauvés dans le dossier de données de PeerDesk&#xa0;; un journal mis à l’écart que la clé actuelle ne peut pas ouvrir est supprimé dès qu’il est plus ancien que les deux délais (jamais tant que les notes sont gardées sans limite). Elle ne peut pas atteindre les sauvegardes d’un autre dossier (votre second dossier de sauvegarde, ou un dossier que vous avez choisi) ni les copies que vous avez faites vous-même&#xa0;: elles gardent le texte jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>Not applied yet.</source>
        <translation>Pas encore appliqué.</translation>
    </message>
    <message>
        <source>Off: text stays until you shred a session or forget a peer. Suggested: notes after {notes} days, contact details {contacts} days after closing.</source>
        <translation>Désactivé&#xa0;: le texte reste jusqu’à ce que vous détruisiez un entretien ou oubliiez un pair. Suggestion&#xa0;: les notes après {notes} jours, les coordonnées {contacts} jours après la clôture.</translation>
    </message>
    <message>
        <source>notes go {n} days after a session</source>
        <translation>les notes partent {n} jours après un entretien</translation>
    </message>
    <message>
        <source>contact details go {n} days after a peer is closed</source>
        <translation>les coordonnées partent {n} jours après la clôture d’un pair</translation>
    </message>
    <message>
        <source>On: {what}. Checked at unlock and every day.</source>
        <translation>Activé&#xa0;: {what}. Vérifié au déverrouillage et chaque jour.</translation>
    </message>
    <message>
        <source>Shred now, for good:</source>
        <translation>Détruire maintenant, définitivement&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>• the notes and follow-up plans of %Ln session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• les notes et plans de suivi de %Ln entretien tenu le {day} ou avant ({notes}, {plans})</numerusform>
            <numerusform>• les notes et plans de suivi de %Ln entretiens tenus le {day} ou avant ({notes}, {plans})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s) or reason(s)</source>
        <translation>
            <numerusform>%Ln plan ou raison</numerusform>
            <numerusform>%Ln plans ou raisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the contact details of %Ln peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• les coordonnées de %Ln pair clos depuis {days} jours ou plus</numerusform>
            <numerusform>• les coordonnées de %Ln pairs clos depuis {days} jours ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>What stays: every session with its date, kind, mode, outcome, tags, checklist, referrals and duration; peers&apos; pseudonyms; follow-up dates. Your counts and reports stay the same.</source>
        <translation>Ce qui reste&#xa0;: chaque entretien avec sa date, son type, son mode, son issue, ses étiquettes, sa liste cochée, ses orientations et sa durée&#xa0;; les pseudonymes des pairs&#xa0;; les dates de suivi. Vos comptages et rapports restent les mêmes.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Shredded {notes}, {plans} and {contacts}. {policy}</source>
        <translation>Détruits&#xa0;: {notes}, {plans} et {contacts}. {policy}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact detail(s)</source>
        <translation>
            <numerusform>%Ln coordonnée</numerusform>
            <numerusform>%Ln coordonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Shred for good?</source>
        <translation>Détruire définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Détruire</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>What matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>{date} (draft)</source>
        <translation>{date} (brouillon)</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
</context>
<context>
    <name>SecondFollowUpQuestion</name>
    <message>
        <source>A second follow-up</source>
        <translation>Un deuxième suivi</translation>
    </message>
    <message>
        <source>{peer} already has a follow-up planned for {date}. Plan a second one?</source>
        <translation>Un suivi est déjà prévu avec {peer} le {date}. En prévoir un deuxième&#xa0;?</translation>
    </message>
    <message>
        <source>Usually one is enough: go back and untick the follow-up, or complete the planned one from the Follow-ups page.</source>
        <translation>En général, un seul suffit&#xa0;: revenez en arrière et décochez le suivi, ou réalisez celui qui est prévu depuis la page Suivis.</translation>
    </message>
    <message>
        <source>&amp;Plan a second one</source>
        <translation>&amp;Prévoir un deuxième suivi</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Session details</source>
        <translation>Détails de l’entretien</translation>
    </message>
    <message>
        <source>Open the session that &amp;completed it</source>
        <translation>Ouvrir l’entretien qui l’a &amp;réalisé</translation>
    </message>
    <message>
        <source>Open the session that completed this follow-up</source>
        <translation>Ouvrir l’entretien qui a réalisé ce suivi</translation>
    </message>
    <message>
        <source>Open the session that &amp;planned it</source>
        <translation>Ouvrir l’entretien qui l’a &amp;prévu</translation>
    </message>
    <message>
        <source>Open the session that planned the follow-up this session completed</source>
        <translation>Ouvrir l’entretien qui a prévu le suivi réalisé par cet entretien</translation>
    </message>
    <message>
        <source>Choose a session in the list to read it here.</source>
        <translation>Choisissez un entretien dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <source>This session is no longer in the journal.</source>
        <translation>Cet entretien n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Session of {date}</source>
        <translation>Entretien du {date}</translation>
    </message>
    <message>
        <source>Draft of {date}</source>
        <translation>Brouillon du {date}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <source>{name} (new: added when the session is finished)</source>
        <translation>{name} (nouveau&#xa0;: ajouté quand l’entretien sera terminé)</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté par</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Facteurs de stress</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Dernière modification le {date}</translation>
    </message>
    <message>
        <source>Safety concern escalated</source>
        <translation>Inquiétude pour la sécurité signalée</translation>
    </message>
    <message>
        <source>Helpful for them</source>
        <translation>Utile pour la personne</translation>
    </message>
    <message>
        <source>Their needs met</source>
        <translation>Ses besoins satisfaits</translation>
    </message>
    <message>
        <source>How I am doing</source>
        <translation>Comment je vais</translation>
    </message>
    <message>
        <source>Debrief wanted</source>
        <translation>Débriefing souhaité</translation>
    </message>
    <message>
        <source>(removed from the directory)</source>
        <translation>(retirée de l’annuaire)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>No follow-up planned.</source>
        <translation>Aucun suivi prévu.</translation>
    </message>
    <message>
        <source>Done on {date}, in a follow-up session</source>
        <translation>Fait le {date}, lors d’un entretien de suivi</translation>
    </message>
    <message>
        <source>Done (the session that completed it is no longer kept)</source>
        <translation>Fait (l’entretien qui l’a réalisé n’est plus gardé)</translation>
    </message>
    <message>
        <source>It was planned for</source>
        <translation>Il était prévu pour le</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévu pour le</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>This session completed the follow-up agreed on {date}.</source>
        <translation>Cet entretien a réalisé le suivi convenu le {date}.</translation>
    </message>
    <message>
        <source>Finishing it completes the follow-up agreed on {date}.</source>
        <translation>Le terminer réalise le suivi convenu le {date}.</translation>
    </message>
    <message>
        <source>This session followed up the session of {date}.</source>
        <translation>Cet entretien faisait suite à l’entretien du {date}.</translation>
    </message>
    <message>
        <source>This session was itself a planned follow-up.</source>
        <translation>Cet entretien était lui-même un suivi prévu.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Anything else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>&amp;Anything else (optional, for the whole session)</source>
        <translation>&amp;Autre chose (facultatif, pour tout l’entretien)</translation>
    </message>
    <message>
        <source>Only what the ticks can&apos;t say, in a few words. No names, diagnoses or clinical details.</source>
        <translation>Seulement ce que les cases cochées ne disent pas, en quelques mots. Ni noms, ni diagnostics, ni détails cliniques.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>Entretien de suivi</translation>
    </message>
    <message>
        <source>Session draft</source>
        <translation>Brouillon d’entretien</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Étapes de l’entretien</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Étap&amp;es</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Lea&amp;ve…</source>
        <translation>&amp;Quitter…</translation>
    </message>
    <message>
        <source>Leave the session form</source>
        <translation>Quitter le formulaire d’entretien</translation>
    </message>
    <message>
        <source>Save draft and lea&amp;ve</source>
        <translation>Enregistrer le brouillon et &amp;quitter</translation>
    </message>
    <message>
        <source>Save the draft and leave the form</source>
        <translation>Enregistrer le brouillon et quitter le formulaire</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>&amp;Finish and save</source>
        <translation>Terminer et en&amp;registrer</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Terminer et enregistrer</translation>
    </message>
    <message>
        <source>{next} / {previous}: next or previous step · {finish}: finish · {leave}: leave</source>
        <translation>{next} / {previous}&#xa0;: étape suivante ou précédente · {finish}&#xa0;: terminer · {leave}&#xa0;: quitter</translation>
    </message>
    <message>
        <source>{action} ({keys} or {other_keys})</source>
        <translation>{action} ({keys} ou {other_keys})</translation>
    </message>
    <message>
        <source>Skipped: the outreach was declined or unanswered, so there was no conversation to record here.</source>
        <translation>Passée&#xa0;: la prise de contact a été déclinée ou est restée sans réponse, il n’y a donc pas eu de conversation à noter ici.</translation>
    </message>
    <message>
        <source>Your ticks are the record: add a note only for what they can&apos;t say.</source>
        <translation>Vos cases cochées font le compte rendu&#xa0;: ajoutez une note seulement pour ce qu’elles ne disent pas.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Ce qui aide</translation>
    </message>
    <message>
        <source>Phrases and habits to avoid</source>
        <translation>Formules et habitudes à éviter</translation>
    </message>
    <message>
        <source>Guidance for {step}</source>
        <translation>Conseils pour {step}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the journal file could not be written</source>
        <translation>le fichier du journal n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>the journal is busy in another program</source>
        <translation>le journal est occupé par un autre programme</translation>
    </message>
    <message>
        <source>the journal file failed a check</source>
        <translation>le fichier du journal a échoué à une vérification</translation>
    </message>
    <message>
        <source>this session no longer exists</source>
        <translation>cet entretien n’existe plus</translation>
    </message>
    <message>
        <source>Peer: choose who this session was with, or type a new pseudonym.</source>
        <translation>Pair&#xa0;: choisissez avec qui a eu lieu cet entretien, ou tapez un nouveau pseudonyme.</translation>
    </message>
    <message>
        <source>Peer: this pseudonym can&apos;t be used.</source>
        <translation>Pair&#xa0;: ce pseudonyme ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Kind of contact: choose what kind of contact this was.</source>
        <translation>Type de contact&#xa0;: choisissez le type de ce contact.</translation>
    </message>
    <message>
        <source>Date: choose the date of the session.</source>
        <translation>Date&#xa0;: choisissez la date de l’entretien.</translation>
    </message>
    <message>
        <source>Duration: between 0 and 1440 minutes.</source>
        <translation>Durée&#xa0;: entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>Mode: choose one of the choices.</source>
        <translation>Mode&#xa0;: choisissez l’une des possibilités.</translation>
    </message>
    <message>
        <source>Referred by: choose again.</source>
        <translation>Orienté par&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Outcome: choose again.</source>
        <translation>Issue&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Peer&apos;s role: choose again.</source>
        <translation>Fonction du pair&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Events: one of them is unknown.</source>
        <translation>Événements&#xa0;: l’un d’eux est inconnu.</translation>
    </message>
    <message>
        <source>Stress drivers: one of them is unknown.</source>
        <translation>Facteurs de stress&#xa0;: l’un d’eux est inconnu.</translation>
    </message>
    <message>
        <source>Referrals: one of them is unknown.</source>
        <translation>Orientations&#xa0;: l’une d’elles est inconnue.</translation>
    </message>
    <message>
        <source>Resources offered: one of them is no longer in the directory.</source>
        <translation>Ressources proposées&#xa0;: l’une d’elles n’est plus dans l’annuaire.</translation>
    </message>
    <message>
        <source>The follow-up this session completes no longer exists.</source>
        <translation>Le suivi que cet entretien réalise n’existe plus.</translation>
    </message>
    <message>
        <source>Follow-up plan: keep it to {max} characters.</source>
        <translation>Plan de suivi&#xa0;: limitez-le à {max} caractères.</translation>
    </message>
    <message>
        <source>Helpful: choose again.</source>
        <translation>Utile&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Needs met: choose again.</source>
        <translation>Besoins satisfaits&#xa0;: choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Your check-in: choose 1 to 5.</source>
        <translation>Votre point sur vous&#xa0;: choisissez de 1 à 5.</translation>
    </message>
    <message>
        <source>Note under “{step}”: it is too long or holds characters that can&apos;t be stored.</source>
        <translation>Note sous «&#xa0;{step}&#xa0;»&#xa0;: elle est trop longue ou contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>Anything else: the note is too long or holds characters that can&apos;t be stored.</source>
        <translation>Autre chose&#xa0;: la note est trop longue ou contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>Please check the form: {problem}</source>
        <translation>Vérifiez le formulaire&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Changes not saved yet: this would plan a second open follow-up for the peer. Finish and save to decide.</source>
        <translation>Modifications pas encore enregistrées&#xa0;: cela prévoirait un deuxième suivi en cours pour ce pair. Terminez et enregistrez pour décider.</translation>
    </message>
    <message>
        <source>Changes not saved yet. {problem}</source>
        <translation>Modifications pas encore enregistrées. {problem}</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the draft: {problem}. Your text is still here, and PeerDesk will try again in a moment.</source>
        <translation>Impossible d’enregistrer le brouillon&#xa0;: {problem}. Votre texte est toujours là, et PeerDesk va réessayer dans un instant.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Changes saved at {time}</source>
        <translation>Modifications enregistrées à {time}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Brouillon enregistré à {time}</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <source>Couldn&apos;t save the session: {problem}. Nothing was changed, and your text is still here; try again in a moment.</source>
        <translation>Impossible d’enregistrer l’entretien&#xa0;: {problem}. Rien n’a été modifié, et votre texte est toujours là&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Couldn&apos;t discard the changes: {problem}.</source>
        <translation>Impossible d’abandonner les modifications&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Fermer l’entretien</translation>
    </message>
    <message>
        <source>Save your changes to this session?</source>
        <translation>Enregistrer vos modifications de cet entretien&#xa0;?</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep this session as a draft to finish later?</source>
        <translation>Garder cet entretien comme brouillon pour le terminer plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>Discarding shreds the draft and everything in it.</source>
        <translation>Abandonner détruit le brouillon et tout ce qu’il contient.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Garder comme brouillon</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Fait le {date}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Planned for {date}</source>
        <translation>Prévu le {date}</translation>
    </message>
    <message>
        <source>{planned}; cancelled</source>
        <translation>{planned}&#xa0;; annulé</translation>
    </message>
    <message>
        <source>{planned}; done</source>
        <translation>{planned}&#xa0;; fait</translation>
    </message>
    <message>
        <source>{planned}; done in the follow-up session of {date}</source>
        <translation>{planned}&#xa0;; fait le {date} lors de l’entretien de suivi</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Search pseudonyms and notes (Ctrl+F)</source>
        <translation>Rechercher dans les pseudonymes et les notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search pseudonyms and notes</source>
        <translation>Rechercher dans les pseudonymes et les notes</translation>
    </message>
    <message>
        <source>Words find the peers whose pseudonym holds them all (their sessions come first), then the notes that hold them all. Use &quot;quotes&quot; for a phrase and a minus sign to leave a word out.</source>
        <translation>Les mots trouvent les pairs dont le pseudonyme les contient tous (leurs entretiens viennent en premier), puis les notes qui les contiennent tous. Utilisez des &quot;guillemets&quot; pour une expression et un signe moins pour exclure un mot.</translation>
    </message>
    <message>
        <source>Order of the search results</source>
        <translation>Ordre des résultats de recherche</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents d’abord</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <source>Newest first: the sessions whose notes were written most recently, newest date first. Best match: the sessions whose notes match the words best.</source>
        <translation>Les plus récents d’abord&#xa0;: les entretiens dont les notes ont été écrites le plus récemment, date la plus récente en premier. Meilleure correspondance&#xa0;: les entretiens dont les notes correspondent le mieux aux mots.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Only sessions from a date</source>
        <translation>Seulement les entretiens à partir d’une date</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Only sessions up to a date</source>
        <translation>Seulement les entretiens jusqu’à une date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Peer filter</source>
        <translation>Filtre par pair</translation>
    </message>
    <message>
        <source>Kind of contact filter</source>
        <translation>Filtre par type de contact</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtre par événement</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Filtre par suivi</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Aucun prévu</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Matching sessions</source>
        <translation>Entretiens correspondants</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Commencer un nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation>Modifier l’entretien choisi</translation>
    </message>
    <message>
        <source>Shre&amp;d…</source>
        <translation>Dé&amp;truire…</translation>
    </message>
    <message>
        <source>Shred the chosen session</source>
        <translation>Détruire l’entretien choisi</translation>
    </message>
    <message>
        <source>Delete this session and its notes for good</source>
        <translation>Supprimer définitivement cet entretien et ses notes</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>T&amp;ri</translation>
    </message>
    <message>
        <source>&amp;Peer</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Événement</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>Su&amp;ivi</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Tous les pairs</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (clos)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retiré)</translation>
    </message>
    <message>
        <source>Shred the session of {date} with {peer}?</source>
        <translation>Détruire l’entretien du {date} avec {peer}&#xa0;?</translation>
    </message>
    <message>
        <source>Shred the session of {date}?</source>
        <translation>Détruire l’entretien du {date}&#xa0;?</translation>
    </message>
    <message>
        <source>Its notes, ticks and follow-up plan are deleted for good. This cannot be undone.</source>
        <translation>Ses notes, ses cases cochées et son plan de suivi sont supprimés définitivement. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The session could not be shredded: {reason}</source>
        <translation>L’entretien n’a pas pu être détruit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The session was shredded.</source>
        <translation>L’entretien a été détruit.</translation>
    </message>
    <message>
        <source>Shred session</source>
        <translation>Détruire l’entretien</translation>
    </message>
    <message>
        <source>Shred</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>La liste n’a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Type a word to search pseudonyms and notes.</source>
        <translation>Tapez un mot pour rechercher dans les pseudonymes et les notes.</translation>
    </message>
    <message>
        <source>{n} of the {m} best-matching sessions pass the filters; add words to narrow the search</source>
        <translation>{n} des {m} entretiens les plus pertinents passent les filtres&#xa0;; ajoutez des mots pour affiner la recherche</translation>
    </message>
    <message>
        <source>{n} of the {m} most recent matching sessions pass the filters; add words to narrow the search</source>
        <translation>{n} des {m} entretiens correspondants les plus récents passent les filtres&#xa0;; ajoutez des mots pour affiner la recherche</translation>
    </message>
    <message>
        <source>No pseudonym or note matches. To find sessions by date, kind or event, use the filters below.</source>
        <translation>Aucun pseudonyme ni aucune note ne correspond. Pour trouver des entretiens par date, type ou événement, utilisez les filtres ci-dessous.</translation>
    </message>
    <message>
        <source>No pseudonym or note matches in the sessions the filters show. Clear filters to search them all.</source>
        <translation>Aucun pseudonyme ni aucune note ne correspond parmi les entretiens affichés par les filtres. Effacez les filtres pour tout rechercher.</translation>
    </message>
    <message>
        <source>1 matching session</source>
        <translation>1 entretien correspondant</translation>
    </message>
    <message>
        <source>The {n} best matching sessions</source>
        <translation>Les {n} entretiens les plus pertinents</translation>
    </message>
    <message>
        <source>Showing the {n} most recent matches; add words to narrow it</source>
        <translation>Les {n} correspondances les plus récentes&#xa0;; ajoutez des mots pour affiner</translation>
    </message>
    <message>
        <source>{n} matching sessions</source>
        <translation>{n} entretiens correspondants</translation>
    </message>
    <message>
        <source>(filtered)</source>
        <translation>(filtré)</translation>
    </message>
    <message>
        <source>No sessions yet: finished sessions appear here.</source>
        <translation>Pas encore d’entretien&#xa0;: les entretiens terminés apparaissent ici.</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Aucun entretien ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 entretien</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} entretiens</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Minutes d’inactivité avant le verrouillage</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>New lock passphrase</source>
        <translation>Nouvelle phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>New lock passphrase again</source>
        <translation>Confirmer la nouvelle phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>The recovery code opens your journal on a new computer, when the keyring has lost its key, or when you forget your passphrase. A new code (like a new passphrase) gives the journal a new key: the old code then opens nothing you write afterwards. Backups made before keep the old key, so the old code still opens them until you re-encrypt or delete them.</source>
        <translation>Le code de récupération ouvre votre journal sur un nouvel ordinateur, quand le trousseau a perdu sa clé, ou quand vous oubliez votre phrase secrète. Un nouveau code (comme une nouvelle phrase secrète) donne une nouvelle clé au journal&#xa0;: l’ancien code n’ouvre alors plus rien de ce que vous écrivez ensuite. Les sauvegardes faites avant gardent l’ancienne clé&#xa0;: l’ancien code les ouvre donc toujours, jusqu’à ce que vous les rechiffriez ou les supprimiez.</translation>
    </message>
    <message>
        <source>Backups and storage</source>
        <translation>Sauvegardes et stockage</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <source>Key kept by</source>
        <translation>Clé gardée par</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language PeerDesk speaks</source>
        <translation>Langue de PeerDesk</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Comme sur cet ordinateur</translation>
    </message>
    <message>
        <source>A new language shows the next time the journal opens: after you lock it, or when you start PeerDesk again. Dates and paper size follow the language and your computer&apos;s country.</source>
        <translation>Une nouvelle langue s’affiche à la prochaine ouverture du journal&#xa0;: après l’avoir verrouillé, ou au prochain démarrage de PeerDesk. Les dates et le format du papier suivent la langue et le pays de votre ordinateur.</translation>
    </message>
    <message>
        <source>How PeerDesk opens</source>
        <translation>Ouverture de PeerDesk</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Lock passphrase again</source>
        <translation>Confirmer la phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Switch how PeerDesk opens</source>
        <translation>Changer la façon dont PeerDesk s’ouvre</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk demande votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage. La clé n’est gardée dans aucun trousseau. Seul ce mode tient à l’écart quelqu’un qui utilise votre ordinateur pendant que votre session est ouverte. Si vous oubliez la phrase secrète, votre code de récupération ouvre toujours le journal.</translation>
    </message>
    <message>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk s’ouvre sans rien taper&#xa0;: la clé est gardée dans le trousseau de votre système. Le verrouillage ferme et cache le journal, mais toute personne qui utilise votre compte d’ordinateur ouvert peut le rouvrir.</translation>
    </message>
    <message>
        <source>Your lock passphrase</source>
        <translation>Votre phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Open with your computer login? Anyone using this computer account will then be able to open the journal without a passphrase.</source>
        <translation>Ouvrir avec votre session d’ordinateur&#xa0;? Toute personne qui utilise ce compte d’ordinateur pourra alors ouvrir le journal sans phrase secrète.</translation>
    </message>
    <message>
        <source>Done: PeerDesk now asks for your passphrase every time.</source>
        <translation>C’est fait&#xa0;: PeerDesk demande maintenant votre phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <source>Done: PeerDesk now opens with your computer login.</source>
        <translation>C’est fait&#xa0;: PeerDesk s’ouvre maintenant avec votre session d’ordinateur.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation>seulement quand je le demande</translation>
    </message>
    <message>
        <source>Back up automatically every this many hours</source>
        <translation>Intervalle des sauvegardes automatiques, en heures</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à garder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Choose a second folder for backups</source>
        <translation>Choisir un second dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>Stop copying there</source>
        <translation>Arrêter d’y copier</translation>
    </message>
    <message>
        <source>Stop copying backups to the second folder</source>
        <translation>Arrêter de copier les sauvegardes dans le second dossier</translation>
    </message>
    <message>
        <source>Second folder (e.g. a USB drive)</source>
        <translation>Second dossier (p. ex. une clé USB)</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Second dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>A lock passphrase is set; PeerDesk asks for it every time.</source>
        <translation>Une phrase secrète de verrouillage est définie&#xa0;; PeerDesk la demande à chaque fois.</translation>
    </message>
    <message>
        <source>A lock passphrase is set. It opens the journal when the keyring cannot, but while PeerDesk opens with your computer login it keeps nobody out.</source>
        <translation>Une phrase secrète de verrouillage est définie. Elle ouvre le journal quand le trousseau ne le peut pas, mais tant que PeerDesk s’ouvre avec votre session d’ordinateur, elle ne tient personne à l’écart.</translation>
    </message>
    <message>
        <source>No lock passphrase is set.</source>
        <translation>Aucune phrase secrète de verrouillage n’est définie.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>Verrouiller après une &amp;inactivité de</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Définir la phras&amp;e secrète</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>Re&amp;tirer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Ph&amp;rase secrète</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery code…</source>
        <translation>Créer &amp;un nouveau code de récupération…</translation>
    </message>
    <message>
        <source>Backups made with an ol&amp;d key…</source>
        <translation>Sauvegardes &amp;faites avec une ancienne clé…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Open with my computer login</source>
        <translation>&amp;Ouvrir avec ma session d’ordinateur</translation>
    </message>
    <message>
        <source>Ask for my passphrase every &amp;time</source>
        <translation>Me demander ma phrase secrète à cha&amp;que fois</translation>
    </message>
    <message>
        <source>S&amp;witch</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>Choose a second &amp;folder…</source>
        <translation>Choisir un &amp;second dossier…</translation>
    </message>
    <message>
        <source>Back up e&amp;very</source>
        <translation>Sau&amp;vegarder toutes les</translation>
    </message>
    <message>
        <source>Backups to &amp;keep</source>
        <translation>Nom&amp;bre de sauvegardes à garder</translation>
    </message>
    <message>
        <source>Change pa&amp;ssphrase…</source>
        <translation>Chang&amp;er la phrase secrète…</translation>
    </message>
    <message>
        <source>A new passphrase gives the journal a new key: the old passphrase opens nothing written afterwards. Backups made before keep the old key.</source>
        <translation>Une nouvelle phrase secrète donne une nouvelle clé au journal&#xa0;: l’ancienne phrase secrète n’ouvre plus rien de ce qui est écrit ensuite. Les sauvegardes faites avant gardent l’ancienne clé.</translation>
    </message>
    <message>
        <source>none (passphrase only)</source>
        <translation>aucun (phrase secrète seulement)</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde&#xa0;: {when}</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>A new passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Une nouvelle phrase secrète donne une nouvelle clé au journal&#xa0;: l’ancienne phrase secrète n’ouvre donc plus rien de ce que vous écrivez ensuite. Pour garder votre code de récupération, tapez-le ici. Laissez vide pour obtenir plutôt un nouveau code (vous le noterez ensuite).</translation>
    </message>
    <message>
        <source>Remove the lock passphrase?</source>
        <translation>Retirer la phrase secrète de verrouillage&#xa0;?</translation>
    </message>
    <message>
        <source>Removing the passphrase gives the journal a new key, so the old passphrase opens nothing you write afterwards. To keep your recovery code, type it here. Leave this empty to get a new code instead (you write it down next).</source>
        <translation>Retirer la phrase secrète donne une nouvelle clé au journal&#xa0;: l’ancienne phrase secrète n’ouvre donc plus rien de ce que vous écrivez ensuite. Pour garder votre code de récupération, tapez-le ici. Laissez vide pour obtenir plutôt un nouveau code (vous le noterez ensuite).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Make a new recovery code? PeerDesk gives the journal a new key: the old code will open nothing you write afterwards. Backups made before keep the old key; you choose next whether to re-encrypt or delete them.</source>
        <translation>Créer un nouveau code de récupération&#xa0;? PeerDesk donne une nouvelle clé au journal&#xa0;: l’ancien code n’ouvrira plus rien de ce que vous écrirez ensuite. Les sauvegardes faites avant gardent l’ancienne clé&#xa0;; vous choisirez ensuite de les rechiffrer ou de les supprimer.</translation>
    </message>
    <message>
        <source>Type your current lock passphrase. It stays the same: PeerDesk needs it to lock the new key with it.</source>
        <translation>Tapez votre phrase secrète de verrouillage actuelle. Elle ne change pas&#xa0;: PeerDesk en a besoin pour verrouiller la nouvelle clé avec elle.</translation>
    </message>
    <message>
        <source>Nothing was changed: the old code still works.</source>
        <translation>Rien n’a été modifié&#xa0;: l’ancien code fonctionne toujours.</translation>
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
        <translation>Bienvenue dans PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Précéd&amp;ent</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Annuler la configuration</translation>
    </message>
    <message>
        <source>PeerDesk keeps a private journal of your peer-support conversations, on this computer only. Before you start, here is what it protects and what it cannot.</source>
        <translation>PeerDesk tient un journal privé de vos conversations de soutien par les pairs, sur cet ordinateur seulement. Avant de commencer, voici ce qu’il protège et ce qu’il ne peut pas protéger.</translation>
    </message>
    <message>
        <source>This computer has no system keyring PeerDesk can use, so in the next step you choose a lock passphrase that opens the journal.</source>
        <translation>Cet ordinateur n’a pas de trousseau système que PeerDesk puisse utiliser&#xa0;: à l’étape suivante, vous choisissez donc une phrase secrète de verrouillage qui ouvre le journal.</translation>
    </message>
    <message>
        <source>In the next step you choose how it opens: with your computer login (its key kept in your system keyring, {keyring}), or with a passphrase every time.</source>
        <translation>À l’étape suivante, vous choisissez comment il s’ouvre&#xa0;: avec votre session d’ordinateur (sa clé gardée dans le trousseau de votre système, {keyring}), ou avec une phrase secrète à chaque fois.</translation>
    </message>
    <message>
        <source>What is protected</source>
        <translation>Ce qui est protégé</translation>
    </message>
    <message>
        <source>The journal is encrypted on this computer. Without its key the file cannot be read, for example on a lost or stolen laptop or from another user account.</source>
        <translation>Le journal est chiffré sur cet ordinateur. Sans sa clé, le fichier ne peut pas être lu, par exemple sur un ordinateur portable perdu ou volé, ou depuis un autre compte d’utilisateur.</translation>
    </message>
    <message>
        <source>PeerDesk locks itself after a few minutes without use, and it never sends anything over the network.</source>
        <translation>PeerDesk se verrouille après quelques minutes sans utilisation, et il n’envoie jamais rien sur le réseau.</translation>
    </message>
    <message>
        <source>What is not protected</source>
        <translation>Ce qui n’est pas protégé</translation>
    </message>
    <message>
        <source>Someone using your computer while you are logged in and PeerDesk is unlocked.</source>
        <translation>Quelqu’un qui utilise votre ordinateur pendant que votre session est ouverte et que PeerDesk est déverrouillé.</translation>
    </message>
    <message>
        <source>If PeerDesk opens with your computer login: someone using your logged-in computer account, even while PeerDesk is locked, because they can open it again. Only &quot;Ask for my passphrase every time&quot; keeps them out.</source>
        <translation>Si PeerDesk s’ouvre avec votre session d’ordinateur&#xa0;: quelqu’un qui utilise votre compte d’ordinateur ouvert, même quand PeerDesk est verrouillé, car il peut le rouvrir. Seul «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» le tient à l’écart.</translation>
    </message>
    <message>
        <source>Anything you print or export: it leaves the journal as paper or as a plain file.</source>
        <translation>Tout ce que vous imprimez ou exportez&#xa0;: cela quitte le journal sous forme de papier ou de fichier en clair.</translation>
    </message>
    <message>
        <source>Malicious software running on your computer account.</source>
        <translation>Un logiciel malveillant qui s’exécute sous votre compte d’ordinateur.</translation>
    </message>
    <message>
        <source>Confidential is not anonymous</source>
        <translation>Confidentiel ne veut pas dire anonyme</translation>
    </message>
    <message>
        <source>Write as if someone else might read it one day. Keep to the minimum: a pseudonym for each peer, no clinical details or diagnoses, and no names of patients or other people.</source>
        <translation>Écrivez comme si quelqu’un d’autre pouvait le lire un jour. Tenez-vous au minimum&#xa0;: un pseudonyme pour chaque pair, ni détails cliniques ni diagnostics, et aucun nom de patient ou d’autre personne.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>Your resource directory starts with the crisis lines and support services listed for this country, and handouts print its emergency number. Check each entry before you print it. You can change the country and add another country&apos;s resources later in Settings.</source>
        <translation>Votre annuaire des ressources commence avec les lignes d’écoute de crise et les services de soutien répertoriés pour ce pays, et les fiches impriment son numéro d’urgence. Vérifiez chaque entrée avant de l’imprimer. Vous pourrez changer de pays et ajouter les ressources d’un autre pays plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>How should PeerDesk open?</source>
        <translation>Comment PeerDesk doit-il s’ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>This computer has no system keyring PeerDesk can use, so the journal&apos;s key cannot be kept there. A lock passphrase is needed instead: you type it each time you open PeerDesk. If you forget it, your recovery code still opens the journal.</source>
        <translation>Cet ordinateur n’a pas de trousseau système que PeerDesk puisse utiliser&#xa0;: la clé du journal ne peut donc pas y être gardée. Il faut à la place une phrase secrète de verrouillage, que vous tapez à chaque ouverture de PeerDesk. Si vous l’oubliez, votre code de récupération ouvre toujours le journal.</translation>
    </message>
    <message>
        <source>PeerDesk locks when you step away or after some minutes without use. Choose what it takes to open it again. You can change this later in Settings.</source>
        <translation>PeerDesk se verrouille quand vous vous éloignez ou après quelques minutes sans utilisation. Choisissez ce qu’il faut pour le rouvrir. Vous pourrez changer cela plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>Open with my computer &amp;login</source>
        <translation>Ouvrir avec &amp;ma session d’ordinateur</translation>
    </message>
    <message>
        <source>Open with my computer login</source>
        <translation>Ouvrir avec ma session d’ordinateur</translation>
    </message>
    <message>
        <source>Ask for my passphrase &amp;every time</source>
        <translation>Me &amp;demander ma phrase secrète à chaque fois</translation>
    </message>
    <message>
        <source>Ask for my passphrase every time</source>
        <translation>Me demander ma phrase secrète à chaque fois</translation>
    </message>
    <message>
        <source>PeerDesk opens without typing: the key is kept in your system keyring. Locking closes and hides the journal, but anyone using your logged-in computer account can open it again.</source>
        <translation>PeerDesk s’ouvre sans rien taper&#xa0;: la clé est gardée dans le trousseau de votre système. Le verrouillage ferme et cache le journal, mais toute personne qui utilise votre compte d’ordinateur ouvert peut le rouvrir.</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock; the key is kept in no keyring. Only this keeps out someone using your computer while you are logged in. If you forget the passphrase, your recovery code still opens the journal.</source>
        <translation>PeerDesk demande votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage&#xa0;; la clé n’est gardée dans aucun trousseau. Seul ce mode tient à l’écart quelqu’un qui utilise votre ordinateur pendant que votre session est ouverte. Si vous oubliez la phrase secrète, votre code de récupération ouvre toujours le journal.</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Lock passphrase, again</source>
        <translation>Confirmer la phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Retapez-la</translation>
    </message>
    <message>
        <source>At least {n} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins {n} caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>This code opens your journal if the key in the keyring is ever lost, for example on a new computer. It is shown only this once: write it down or print it now.</source>
        <translation>Ce code ouvre votre journal si la clé du trousseau est un jour perdue, par exemple sur un nouvel ordinateur. Il n’est affiché que cette fois&#xa0;: notez-le ou imprimez-le maintenant.</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Vérifiez votre copie</translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation>Votre journal est prêt</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>&amp;Afficher le code à nouveau</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;Créer mon journal</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Je l’ai &amp;noté</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation>&amp;Ouvrir mon journal</translation>
    </message>
    <message>
        <source>A lock passphrase needs at least {n} characters.</source>
        <translation>Une phrase secrète de verrouillage compte au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase, and your backups on any computer. It is shown only this once: write it down or print it now.</source>
        <translation>Ce code ouvre votre journal si vous oubliez votre phrase secrète, ainsi que vos sauvegardes sur n’importe quel ordinateur. Il n’est affiché que cette fois&#xa0;: notez-le ou imprimez-le maintenant.</translation>
    </message>
    <message>
        <source>This computer has no keyring PeerDesk can use, so PeerDesk asks for your lock passphrase each time it starts and after every lock.</source>
        <translation>Cet ordinateur n’a pas de trousseau que PeerDesk puisse utiliser&#xa0;: PeerDesk demande donc votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage.</translation>
    </message>
    <message>
        <source>PeerDesk asks for your lock passphrase every time it starts and after every lock. The key is kept in no keyring, so someone using this computer account cannot open the journal without the passphrase or your recovery code.</source>
        <translation>PeerDesk demande votre phrase secrète de verrouillage à chaque démarrage et après chaque verrouillage. La clé n’est gardée dans aucun trousseau&#xa0;: quelqu’un qui utilise ce compte d’ordinateur ne peut donc pas ouvrir le journal sans la phrase secrète ou votre code de récupération.</translation>
    </message>
    <message>
        <source>PeerDesk opens your journal from the keyring when it starts, without typing. Locking closes and hides it, but anyone using your logged-in computer account can open it again. To keep them out, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>PeerDesk ouvre votre journal à partir du trousseau au démarrage, sans rien taper. Le verrouillage le ferme et le cache, mais toute personne qui utilise votre compte d’ordinateur ouvert peut le rouvrir. Pour la tenir à l’écart, choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» dans les Réglages.</translation>
    </message>
    <message>
        <source>Lock it any time with Ctrl+L; it also locks after some minutes without use.</source>
        <translation>Verrouillez-le à tout moment avec Ctrl+L ; il se verrouille aussi après quelques minutes sans utilisation.</translation>
    </message>
    <message>
        <source>PeerDesk makes an encrypted backup every day, in its own folder on this computer, and keeps the last {keep}. So that a lost or broken laptop does not take them too, choose a second folder for them (a USB stick, say) in Settings ▸ Backups and storage.</source>
        <translation>PeerDesk fait chaque jour une sauvegarde chiffrée dans son propre dossier sur cet ordinateur et garde les {keep} dernières. Pour qu’un ordinateur portable perdu ou en panne ne les emporte pas aussi, choisissez pour elles un second dossier (une clé USB, par exemple) dans Réglages ▸ Sauvegardes et stockage.</translation>
    </message>
    <message>
        <source>Remember: write the minimum, and no names or clinical details of others.</source>
        <translation>Rappel&#xa0;: écrivez le minimum, et aucun nom ni détail clinique concernant d’autres personnes.</translation>
    </message>
</context>
<context>
    <name>StepNote</name>
    <message>
        <source>Add a &amp;note to this step</source>
        <translation>Ajouter une &amp;note à cette étape</translation>
    </message>
    <message>
        <source>Add a note to {step}</source>
        <translation>Ajouter une note à {step}</translation>
    </message>
    <message>
        <source>Only for what the ticks can&apos;t say (Alt+N)</source>
        <translation>Seulement pour ce que les cases cochées ne disent pas (Alt+N)</translation>
    </message>
    <message>
        <source>Optional, a few words. No names, diagnoses or clinical details.</source>
        <translation>Facultatif, quelques mots. Ni noms, ni diagnostics, ni détails cliniques.</translation>
    </message>
    <message>
        <source>Note: {step}</source>
        <translation>Note&#xa0;: {step}</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Highlighted text looks like an identifier or clinical detail. Do you need to keep it?</source>
        <translation>Le texte surligné ressemble à un identifiant ou à un détail clinique. Avez-vous besoin de le garder&#xa0;?</translation>
    </message>
    <message>
        <source>A note holds at most {max} characters; the rest was cut off.</source>
        <translation>Une note contient au plus {max} caractères&#xa0;; la suite a été coupée.</translation>
    </message>
    <message>
        <source>Highlighted, check before saving: {kinds}</source>
        <translation>Surligné, à vérifier avant d’enregistrer&#xa0;: {kinds}</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln finished session(s)</source>
        <translation>
            <numerusform>%Ln entretien terminé</numerusform>
            <numerusform>%Ln entretiens terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln brouillon</numerusform>
            <numerusform>%Ln brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions}, {drafts} and {peers}</source>
        <translation>{sessions}, {drafts} et {peers}</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}.</source>
        <translation>Entretiens du {first} au {last}.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Pas encore d’entretien.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Commencer un nouvel entretien</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Brouillons inachevés</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Write your first session (Ctrl+N)</source>
        <translation>Écrivez votre premier entretien (Ctrl+N)</translation>
    </message>
    <message>
        <source>A session is written step by step; a draft is kept as you type.</source>
        <translation>Un entretien s’écrit étape par étape&#xa0;; un brouillon est gardé pendant que vous tapez.</translation>
    </message>
    <message>
        <source>Fill in your local resources (Ctrl+5)</source>
        <translation>Complétez vos ressources locales (Ctrl+5)</translation>
    </message>
    <message>
        <source>The services you refer peers to, with their phone numbers and hours.</source>
        <translation>Les services vers lesquels vous orientez les pairs, avec leurs numéros de téléphone et leurs horaires.</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s name (Resources)</source>
        <translation>Indiquez le nom de votre organisation (Ressources)</translation>
    </message>
    <message>
        <source>Asked when you print a handout from Resources; printed at its top.</source>
        <translation>Demandé quand vous imprimez une fiche depuis Ressources&#xa0;; imprimé en haut de la fiche.</translation>
    </message>
    <message>
        <source>See where backups go (Ctrl+7)</source>
        <translation>Voyez où vont les sauvegardes (Ctrl+7)</translation>
    </message>
    <message>
        <source>Settings, under Backups and storage: a daily backup and a second folder.</source>
        <translation>Réglages, sous Sauvegardes et stockage&#xa0;: une sauvegarde quotidienne et un second dossier.</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <source>no peer chosen yet</source>
        <translation>pas encore de pair choisi</translation>
    </message>
    <message>
        <source>Draft from {date} — {peer}</source>
        <translation>Brouillon du {date} — {peer}</translation>
    </message>
    <message>
        <source>Unfinished drafts: {n}</source>
        <translation>Brouillons inachevés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>No unfinished drafts.</source>
        <translation>Aucun brouillon inachevé.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>à faire le {date}</translation>
    </message>
    <message>
        <source>{when}, session started (a draft)</source>
        <translation>{when}, entretien commencé (un brouillon)</translation>
    </message>
    <message>
        <source>(forgotten peer)</source>
        <translation>(pair oublié)</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}. The {shown} longest waiting are here; the Follow-ups page has them all. Press Enter on one to start its session.</source>
        <translation>Suivis à faire&#xa0;: {n}. Les {shown} qui attendent depuis le plus longtemps sont ici&#xa0;; la page Suivis les montre tous. Appuyez sur Entrée sur l’un d’eux pour commencer son entretien.</translation>
    </message>
    <message>
        <source>Follow-ups due: {n}. Press Enter on one to start its session.</source>
        <translation>Suivis à faire&#xa0;: {n}. Appuyez sur Entrée sur l’un d’eux pour commencer son entretien.</translation>
    </message>
    <message>
        <source>No follow-ups due this week.</source>
        <translation>Aucun suivi à faire cette semaine.</translation>
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
        <translation>PeerDesk est verrouillé</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Ouvrir votre journal</translation>
    </message>
    <message>
        <source>Lock passphrase</source>
        <translation>Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock with the lock passphrase</source>
        <translation>Déverrouiller avec la phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Lock &amp;passphrase</source>
        <translation>&amp;Phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Open with recovery code</source>
        <translation>&amp;Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation>Ouvrir avec le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Recovery code (from your recovery sheet)</source>
        <translation>Code de &amp;récupération (sur votre feuille de récupération)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Déverrouiller le journal</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation>Utiliser plutôt le &amp;code de récupération</translation>
    </message>
    <message>
        <source>Use the lock &amp;passphrase instead</source>
        <translation>Utiliser plutôt la &amp;phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>Quitter PeerDesk</translation>
    </message>
    <message>
        <source>Type your lock passphrase to go on.</source>
        <translation>Tapez votre phrase secrète de verrouillage pour continuer.</translation>
    </message>
    <message>
        <source>Type your lock passphrase to open the journal.</source>
        <translation>Tapez votre phrase secrète de verrouillage pour ouvrir le journal.</translation>
    </message>
    <message>
        <source>This journal asks for your passphrase every time: its key is in no keyring, so someone using this computer account cannot open it without the passphrase or your recovery code.</source>
        <translation>Ce journal demande votre phrase secrète à chaque fois&#xa0;: sa clé n’est dans aucun trousseau, donc quelqu’un qui utilise ce compte d’ordinateur ne peut pas l’ouvrir sans la phrase secrète ou votre code de récupération.</translation>
    </message>
    <message>
        <source>PeerDesk closed and hid your journal.</source>
        <translation>PeerDesk a fermé et caché votre journal.</translation>
    </message>
    <message>
        <source>It opens with your computer login, so anyone using this computer account can open it again with Unlock: your computer&apos;s own login is the only barrier.</source>
        <translation>Il s’ouvre avec votre session d’ordinateur&#xa0;: toute personne qui utilise ce compte d’ordinateur peut donc le rouvrir avec Déverrouiller&#xa0;; la session de votre ordinateur est la seule barrière.</translation>
    </message>
    <message>
        <source>To keep out someone at this computer, choose &quot;Ask for my passphrase every time&quot; in Settings.</source>
        <translation>Pour tenir à l’écart quelqu’un devant cet ordinateur, choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» dans les Réglages.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <source>You locked it.</source>
        <translation>Vous l’avez verrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>It locked after %Ln minute(s) without use.</source>
        <translation>
            <numerusform>Il s’est verrouillé après %Ln minute sans utilisation.</numerusform>
            <numerusform>Il s’est verrouillé après %Ln minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>It locked because the screen locked or the computer went to sleep.</source>
        <translation>Il s’est verrouillé parce que l’écran s’est verrouillé ou que l’ordinateur s’est mis en veille.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal.</source>
        <translation>Tapez votre code de récupération pour ouvrir le journal.</translation>
    </message>
    <message>
        <source>It is on your recovery sheet: eight groups of four letters and digits. Capitals, spaces and dashes do not matter.</source>
        <translation>Il figure sur votre feuille de récupération&#xa0;: huit groupes de quatre lettres et chiffres. Majuscules, espaces et tirets ne comptent pas.</translation>
    </message>
    <message>
        <source>The key in your keyring does not open this journal</source>
        <translation>La clé de votre trousseau n’ouvre pas ce journal</translation>
    </message>
    <message>
        <source>The keyring gave a key, but it belongs to something else. Your journal file has not been changed.</source>
        <translation>Le trousseau a donné une clé, mais elle appartient à autre chose. Votre fichier de journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Type your recovery code; PeerDesk then puts the right key back in the keyring.</source>
        <translation>Tapez votre code de récupération&#xa0;; PeerDesk remettra ensuite la bonne clé dans le trousseau.</translation>
    </message>
    <message>
        <source>Type your lock passphrase first.</source>
        <translation>Tapez d’abord votre phrase secrète de verrouillage.</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Tapez d’abord votre code de récupération.</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>partly ticked</source>
        <translation>partiellement coché</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>no such follow-up</source>
        <translation>ce suivi n’existe pas</translation>
    </message>
    <message>
        <source>this follow-up is no longer open</source>
        <translation>ce suivi n’est plus en cours</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>{field} « {text} » n’est pas un mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période finit avant de commencer</translation>
    </message>
    <message>
        <source>a period is at most {most} months long</source>
        <translation>une période dure au plus {most} mois</translation>
    </message>
    <message>
        <source>another peer already has this pseudonym</source>
        <translation>un autre pair a déjà ce pseudonyme</translation>
    </message>
    <message>
        <source>no such peer</source>
        <translation>ce pair n’existe pas</translation>
    </message>
    <message>
        <source>choose a whole number from {low} to {high}</source>
        <translation>choisissez un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>choisissez parmi : {choices}</translation>
    </message>
    <message>
        <source>choose yes or no</source>
        <translation>choisissez oui ou non</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>choisissez un dossier</translation>
    </message>
    <message>
        <source>choose a whole folder path</source>
        <translation>choisissez le chemin complet d’un dossier</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <source>the recovery code is far too long</source>
        <translation>le code de récupération est bien trop long</translation>
    </message>
    <message>
        <source>the recovery code cannot contain {shown}</source>
        <translation>le code de récupération ne peut pas contenir {shown}</translation>
    </message>
    <message>
        <source>a recovery code has {length} letters and digits; this one has {found}</source>
        <translation>un code de récupération compte {length} lettres et chiffres ; celui-ci en a {found}</translation>
    </message>
    <message>
        <source>the recovery code has a typo: please check each group</source>
        <translation>le code de récupération contient une faute de frappe&#xa0;: vérifiez chaque groupe</translation>
    </message>
    <message>
        <source>counts are suppressed below a threshold from {low} to {high}</source>
        <translation>les effectifs sont masqués sous un seuil compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>line {line}, {field}: {problem}</source>
        <translation>ligne {line}, {field} : {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month (YYYY-MM)</source>
        <translation>« {text} » n’est pas un mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>{month} is outside the report&apos;s period</source>
        <translation>{month} est en dehors de la période du rapport</translation>
    </message>
    <message>
        <source>{section} is never held back</source>
        <translation>{section} n’est jamais retenu</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not match the report&apos;s threshold of {threshold}</source>
        <translation>« {text} » ne correspond pas au seuil du rapport, {threshold}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a count or {written}</source>
        <translation>&apos;{text}&apos; n&apos;est ni un nombre ni {written}</translation>
    </message>
    <message>
        <source>the count {count} is below the threshold of {threshold} but was not suppressed</source>
        <translation>l’effectif {count} est sous le seuil de {threshold} mais n’a pas été masqué</translation>
    </message>
    <message>
        <source>expected the {section} line ({section},,{item},,…)</source>
        <translation>la ligne {section} était attendue ({section},,{item},,…)</translation>
    </message>
    <message>
        <source>this is not well-formed CSV ({why})</source>
        <translation>ce n’est pas un CSV bien formé ({why})</translation>
    </message>
    <message>
        <source>this is not a PeerDesk report (the first line should be {header})</source>
        <translation>ce n’est pas un rapport PeerDesk (la première ligne devrait être {header})</translation>
    </message>
    <message>
        <source>expected {expected} fields, found {found}</source>
        <translation>{expected} champs attendus, {found} trouvés</translation>
    </message>
    <message>
        <source>a field is too long or holds control characters</source>
        <translation>un champ est trop long ou contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the report ends before its period and threshold</source>
        <translation>le rapport s’arrête avant sa période et son seuil</translation>
    </message>
    <message>
        <source>&apos;{version}&apos; is not a format version</source>
        <translation>« {version} » n’est pas une version de format</translation>
    </message>
    <message>
        <source>the report is in format version {version}; this PeerDesk reads versions {first} to {last}</source>
        <translation>le rapport est au format version {version} ; ce PeerDesk lit les versions {first} à {last}</translation>
    </message>
    <message>
        <source>unknown section &apos;{section}&apos;</source>
        <translation>section inconnue « {section} »</translation>
    </message>
    <message>
        <source>a {section} line has the item &apos;all&apos;</source>
        <translation>une ligne {section} porte l’élément « all »</translation>
    </message>
    <message>
        <source>a {section} line has no month</source>
        <translation>une ligne {section} n’a pas de mois</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an item here</source>
        <translation>« {item} » n’est pas un élément possible ici</translation>
    </message>
    <message>
        <source>this figure appears twice</source>
        <translation>ce chiffre apparaît deux fois</translation>
    </message>
    <message>
        <source>the {section} figure for {month} is missing</source>
        <translation>le chiffre {section} de {month} manque</translation>
    </message>
    <message>
        <source>the figures do not add up (the parts of a total disagree with it)</source>
        <translation>les chiffres ne concordent pas (les parties d’un total ne lui correspondent pas)</translation>
    </message>
    <message>
        <source>the file is {size}; a PeerDesk report is at most {most}</source>
        <translation>le fichier fait {size} ; un rapport PeerDesk fait au plus {most}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas un texte en UTF-8</translation>
    </message>
    <message>
        <source>choose at least one report</source>
        <translation>choisissez au moins un rapport</translation>
    </message>
    <message>
        <source>{file}: choose a file ending in .json or .csv (the ending picks the format)</source>
        <translation>{file} : choisissez un fichier en .json ou .csv (l’extension donne le format)</translation>
    </message>
    <message>
        <source>the file is {size}; a resource directory is at most {most}</source>
        <translation>le fichier fait {size} ; un annuaire des ressources fait au plus {most}</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 and try again</source>
        <translation>le fichier est un texte en UTF-16&#xa0;; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>line {line}: the file is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>ligne {line} : le fichier n’est pas un texte en UTF-8 ; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>line {line}: the file holds a null character; is it really a text file?</source>
        <translation>ligne {line} : le fichier contient un caractère nul ; est-ce bien un fichier texte ?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>{where}: category &apos;{value}&apos; is not one of {categories}</source>
        <translation>{where} : la catégorie « {value} » ne fait pas partie de : {categories}</translation>
    </message>
    <message>
        <source>{where}: last_verified_on must be a date written like 2026-01-31, or empty</source>
        <translation>{where} : last_verified_on doit être une date écrite comme 2026-01-31, ou rester vide</translation>
    </message>
    <message>
        <source>{where}: last_verified_on &apos;{value}&apos; is not a real date</source>
        <translation>{where} : last_verified_on « {value} » n’est pas une date réelle</translation>
    </message>
    <message>
        <source>{where}: last_verified_on {day} is in the future</source>
        <translation>{where} : last_verified_on {day} est dans le futur</translation>
    </message>
    <message>
        <source>{where}: {name} must be text, not {kind}</source>
        <translation>{where} : {name} doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>{where}: name is empty</source>
        <translation>{where} : name est vide</translation>
    </message>
    <message>
        <source>{where}: category is empty</source>
        <translation>{where} : category est vide</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>the file holds no resources</source>
        <translation>le fichier ne contient aucune ressource</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is listed twice (also at {other})</source>
        <translation>{where} : « {name} » figure deux fois (aussi à {other})</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>la clé « {key} » apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <source>{name} is not a value a resource directory can hold</source>
        <translation>{name} n’est pas une valeur qu’un annuaire des ressources peut contenir</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>a comma was expected</source>
        <translation>une virgule était attendue</translation>
    </message>
    <message>
        <source>a colon was expected</source>
        <translation>un deux-points était attendu</translation>
    </message>
    <message>
        <source>a field name in double quotes was expected</source>
        <translation>un nom de champ entre guillemets droits était attendu</translation>
    </message>
    <message>
        <source>a text is not closed with its quotation mark</source>
        <translation>un texte n’est pas fermé par son guillemet</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>quelque chose suit la fin du document</translation>
    </message>
    <message>
        <source>a text holds a control character</source>
        <translation>un texte contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>a backslash starts an unknown escape</source>
        <translation>une barre oblique inverse commence un échappement inconnu</translation>
    </message>
    <message>
        <source>a comma stands before the closing bracket</source>
        <translation>une virgule précède le crochet ou l’accolade de fermeture</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>the file holds {count} resources; a directory holds at most {most}</source>
        <translation>le fichier contient {count} ressources ; un annuaire en contient au plus {most}</translation>
    </message>
    <message>
        <source>the format version must be a whole number</source>
        <translation>la version du format doit être un nombre entier</translation>
    </message>
    <message>
        <source>the file has format version {found}, from a newer PeerDesk; this one reads version {supported}</source>
        <translation>le fichier est au format version {found}, d’un PeerDesk plus récent ; celui-ci lit la version {supported}</translation>
    </message>
    <message>
        <source>format version {found} does not exist</source>
        <translation>la version de format {found} n’existe pas</translation>
    </message>
    <message>
        <source>line {line}, column {column}: this is not valid JSON ({why})</source>
        <translation>ligne {line}, colonne {column} : ce n’est pas du JSON valide ({why})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the JSON holds a value that cannot be read</source>
        <translation>le JSON contient une valeur illisible</translation>
    </message>
    <message>
        <source>this is not a PeerDesk resource directory (it needs &quot;format&quot;: &quot;{name}&quot;)</source>
        <translation>ce n’est pas un annuaire des ressources PeerDesk (il faut &quot;format&quot;: &quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; at the top</source>
        <translation>champ inconnu « {name} » au premier niveau</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>la version du format est absente</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} doit être du texte</translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be a list of resources</source>
        <translation>&quot;resources&quot; doit être une liste de ressources</translation>
    </message>
    <message>
        <source>resource {number}</source>
        <translation>ressource {number}</translation>
    </message>
    <message>
        <source>{where}: must be an object with named fields</source>
        <translation>{where} : doit être un objet aux champs nommés</translation>
    </message>
    <message>
        <source>{where}: unknown field &apos;{name}&apos;</source>
        <translation>{where} : champ inconnu « {name} »</translation>
    </message>
    <message>
        <source>{where}: {name} is missing</source>
        <translation>{where} : {name} manque</translation>
    </message>
    <message>
        <source>line {line}: {cells} cells, but the header has {header}</source>
        <translation>ligne {line} : {cells} cellules, mais l’en-tête en a {header}</translation>
    </message>
    <message>
        <source>line {line}: a directory holds at most {most} resources</source>
        <translation>ligne {line} : un annuaire contient au plus {most} ressources</translation>
    </message>
    <message>
        <source>line {line}: this is not valid CSV ({why})</source>
        <translation>ligne {line} : ce n’est pas du CSV valide ({why})</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>le fichier n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>line 1: the first line may only be &apos;# peerdesk-resources version 1&apos;</source>
        <translation>ligne 1&#xa0;: la première ligne ne peut être que «&#xa0;# peerdesk-resources version 1&#xa0;»</translation>
    </message>
    <message>
        <source>line 1: the format version must be a whole number</source>
        <translation>ligne 1&#xa0;: la version du format doit être un nombre entier</translation>
    </message>
    <message>
        <source>(an empty column name)</source>
        <translation>(un nom de colonne vide)</translation>
    </message>
    <message>
        <source>line {line}: unknown column &apos;{name}&apos;; the columns are {columns}</source>
        <translation>ligne {line} : colonne inconnue « {name} » ; les colonnes sont {columns}</translation>
    </message>
    <message>
        <source>line {line}: the column &apos;{name}&apos; appears twice</source>
        <translation>ligne {line} : la colonne « {name} » apparaît deux fois</translation>
    </message>
    <message>
        <source>line {line}: the column &apos;{name}&apos; is missing</source>
        <translation>ligne {line} : la colonne « {name} » manque</translation>
    </message>
    <message>
        <source>{file}: there is no such file</source>
        <translation>{file} : ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>la lecture de {file}</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>unknown tag kind &apos;{kind}&apos;</source>
        <translation>type d’étiquette inconnu « {kind} »</translation>
    </message>
    <message>
        <source>this tag exists already</source>
        <translation>cette étiquette existe déjà</translation>
    </message>
    <message>
        <source>another tag has this name already</source>
        <translation>une autre étiquette porte déjà ce nom</translation>
    </message>
    <message>
        <source>no such tag</source>
        <translation>cette étiquette n’existe pas</translation>
    </message>
    <message>
        <source>a lock passphrase has at least {least} characters</source>
        <translation>une phrase secrète de verrouillage compte au moins {least} caractères</translation>
    </message>
    <message>
        <source>this passphrase is one of the most common ones, which anyone guessing tries first; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>cette phrase secrète fait partie des plus courantes, les premières qu’essaie quiconque cherche à la deviner&#xa0;; choisissez quelques mots qui ne vont ensemble que pour vous, comme une courte phrase</translation>
    </message>
    <message>
        <source>this passphrase repeats one or two characters, which is guessed at once; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>cette phrase secrète répète un ou deux caractères, ce qui se devine tout de suite&#xa0;; choisissez quelques mots qui ne vont ensemble que pour vous, comme une courte phrase</translation>
    </message>
    <message>
        <source>this passphrase is a plain run of keys, like 12345678 or abcdefgh, which is guessed at once; choose a few words that belong together only for you, such as a short sentence</source>
        <translation>cette phrase secrète est une simple suite de touches, comme 12345678 ou abcdefgh, ce qui se devine tout de suite&#xa0;; choisissez quelques mots qui ne vont ensemble que pour vous, comme une courte phrase</translation>
    </message>
    <message>
        <source>the lock passphrase is too long</source>
        <translation>la phrase secrète de verrouillage est trop longue</translation>
    </message>
    <message>
        <source>the passphrase has characters that cannot be used</source>
        <translation>la phrase secrète contient des caractères qui ne peuvent pas être utilisés</translation>
    </message>
    <message>
        <source>a journal already exists in {folder}</source>
        <translation>un journal existe déjà dans {folder}</translation>
    </message>
    <message>
        <source>this lock mode needs a lock passphrase</source>
        <translation>ce mode de verrouillage demande une phrase secrète de verrouillage</translation>
    </message>
    <message>
        <source>creating the data folder</source>
        <translation>la création du dossier de données</translation>
    </message>
    <message>
        <source>creating the journal</source>
        <translation>la création du journal</translation>
    </message>
    <message>
        <source>the journal file is missing from {folder}, but its key file is there</source>
        <translation>le fichier du journal manque dans {folder}, mais son fichier de clés est là</translation>
    </message>
    <message>
        <source>there is no journal in {folder}</source>
        <translation>il n’y a pas de journal dans {folder}</translation>
    </message>
    <message>
        <source>no lock passphrase is set for this journal</source>
        <translation>aucune phrase secrète de verrouillage n’est définie pour ce journal</translation>
    </message>
    <message>
        <source>the journal asks for this passphrase every time; switch to opening with the computer login first</source>
        <translation>le journal demande cette phrase secrète à chaque fois&#xa0;; passez d’abord à l’ouverture avec la session d’ordinateur</translation>
    </message>
    <message>
        <source>without a working keyring the passphrase is the only everyday key</source>
        <translation>sans trousseau qui fonctionne, la phrase secrète est la seule clé du quotidien</translation>
    </message>
    <message>
        <source>the current lock passphrase is needed to keep it</source>
        <translation>la phrase secrète de verrouillage actuelle est nécessaire pour la garder</translation>
    </message>
    <message>
        <source>the recovery code does not open this journal</source>
        <translation>le code de récupération n’ouvre pas ce journal</translation>
    </message>
    <message>
        <source>the new key was chosen but could not be put in place; the next start finishes it, and the new recovery code opens the journal</source>
        <translation>la nouvelle clé a été choisie mais n’a pas pu être mise en place ; le prochain démarrage termine l’opération, et le nouveau code de récupération ouvre le journal</translation>
    </message>
    <message>
        <source>re-keying the journal</source>
        <translation>le changement de clé du journal</translation>
    </message>
    <message>
        <source>this journal asks for its passphrase: use the recovery code</source>
        <translation>ce journal demande sa phrase secrète : utilisez le code de récupération</translation>
    </message>
    <message>
        <source>the keyring has no key for this backup</source>
        <translation>le trousseau n’a pas de clé pour cette sauvegarde</translation>
    </message>
    <message>
        <source>this journal&apos;s key does not open the backup</source>
        <translation>la clé de ce journal n’ouvre pas la sauvegarde</translation>
    </message>
    <message>
        <source>there is no file at {path}</source>
        <translation>il n’y a pas de fichier à l’emplacement {path}</translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation>la restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>the backup was made under a key retired since: today&apos;s lock passphrase is needed to bring it back under today&apos;s key</source>
        <translation>la sauvegarde a été faite avec une clé remplacée depuis : votre phrase secrète de verrouillage d&apos;aujourd&apos;hui est nécessaire pour la ramener sous la clé d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>this peer already has an open follow-up</source>
        <translation>ce pair a déjà un suivi en cours</translation>
    </message>
    <message>
        <source>the key was kept by {recorded}, but the keyring in use is {current}</source>
        <translation>la clé était gardée par {recorded}, mais le trousseau utilisé est {current}</translation>
    </message>
    <message>
        <source>journal schema version {found} is newer than this PeerDesk supports ({supported})</source>
        <translation>la version de schéma du journal, {found}, est plus récente que ce que gère ce PeerDesk ({supported})</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in the folder {folder}: make it writable (check that its drive is not read-only and that the folder belongs to you), or choose another folder with --data-dir</source>
        <translation>PeerDesk ne peut pas écrire dans le dossier {folder} : rendez-le accessible en écriture (vérifiez que son disque n’est pas en lecture seule et que le dossier vous appartient), ou choisissez un autre dossier avec --data-dir</translation>
    </message>
    <message>
        <source>the recovery sheet could not be drawn on the chosen printer</source>
        <translation>la feuille de récupération n’a pas pu être dessinée sur l’imprimante choisie</translation>
    </message>
    <message>
        <source>saving the recovery sheet</source>
        <translation>l’enregistrement de la feuille de récupération</translation>
    </message>
    <message>
        <source>the PDF could not be written to {folder}</source>
        <translation>le PDF n’a pas pu être écrit dans {folder}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>l’écriture de {file}</translation>
    </message>
    <message>
        <source>creating the backup folder</source>
        <translation>la création du dossier des sauvegardes</translation>
    </message>
    <message>
        <source>the journal file changed to another journal during the backup</source>
        <translation>le fichier du journal est devenu un autre journal pendant la sauvegarde</translation>
    </message>
    <message>
        <source>the backup folder {folder} is not there (is the drive connected?)</source>
        <translation>le dossier des sauvegardes {folder} est introuvable (le disque est-il branché ?)</translation>
    </message>
    <message>
        <source>copying the backup to the other folder</source>
        <translation>la copie de la sauvegarde dans l’autre dossier</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>l’écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>the file is not a PeerDesk backup: it is empty or cut short</source>
        <translation>le fichier n&apos;est pas une sauvegarde PeerDesk : il est vide ou tronqué</translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation>la lecture de la sauvegarde</translation>
    </message>
    <message>
        <source>the file is an unencrypted database, not a PeerDesk backup</source>
        <translation>le fichier est une base de données non chiffrée, pas une sauvegarde PeerDesk</translation>
    </message>
    <message>
        <source>the backup cannot be read with this journal&apos;s key</source>
        <translation>la sauvegarde ne peut pas être lue avec la clé de ce journal</translation>
    </message>
    <message>
        <source>the file is not a PeerDesk backup</source>
        <translation>le fichier n&apos;est pas une sauvegarde PeerDesk</translation>
    </message>
    <message>
        <source>the backup failed its integrity check ({count} problems)</source>
        <translation>la sauvegarde a échoué à son contrôle d’intégrité ({count} problèmes)</translation>
    </message>
    <message>
        <source>the backup belongs to another journal</source>
        <translation>la sauvegarde appartient à un autre journal</translation>
    </message>
    <message>
        <source>line {line}: unknown section [{kind}]</source>
        <translation>ligne {line} : section inconnue [{kind}]</translation>
    </message>
    <message>
        <source>line {line}: a term before any section</source>
        <translation>ligne {line} : un terme avant toute section</translation>
    </message>
    <message>
        <source>line {line}: no word in this term</source>
        <translation>ligne {line} : ce terme ne contient aucun mot</translation>
    </message>
    <message>
        <source>the journal file failed a check ({name})</source>
        <translation>le fichier du journal a échoué à un contrôle ({name})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the journal is busy in another program</source>
        <translation>le journal est occupé par un autre programme</translation>
    </message>
    <message>
        <source>the journal file could not be read or written ({name})</source>
        <translation>le fichier du journal n’a pas pu être lu ou écrit ({name})</translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation>il n’y a pas de journal à l’emplacement {path}</translation>
    </message>
    <message>
        <source>the journal could not be opened</source>
        <translation>le journal n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the SQLite library in use cannot encrypt</source>
        <translation>la bibliothèque SQLite utilisée ne peut pas chiffrer</translation>
    </message>
    <message>
        <source>the journal file could not be read ({why})</source>
        <translation>le fichier du journal n’a pas pu être lu ({why})</translation>
    </message>
    <message>
        <source>the journal file is empty</source>
        <translation>le fichier du journal est vide</translation>
    </message>
    <message>
        <source>the journal file is only {size} bytes, shorter than one page</source>
        <translation>le fichier du journal ne fait que {size} octets, moins qu’une page</translation>
    </message>
    <message>
        <source>the disk is full while {what}</source>
        <translation>le disque est plein pendant {what}</translation>
    </message>
    <message>
        <source>{what} failed: {why}</source>
        <translation>{what} a échoué : {why}</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} Mo ({bytes} octets)</translation>
    </message>
    <message>
        <source>{kilobytes} KB ({bytes} bytes)</source>
        <translation>{kilobytes} Ko ({bytes} octets)</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} octets</translation>
    </message>
    <message>
        <source>opening the lock file</source>
        <translation>l’ouverture du fichier de verrou</translation>
    </message>
    <message>
        <source>another PeerDesk is using this journal</source>
        <translation>un autre PeerDesk utilise ce journal</translation>
    </message>
    <message>
        <source>the {name} does not open this journal</source>
        <translation>{name} n’ouvre pas ce journal</translation>
    </message>
    <message>
        <source>a key slot holds a key that does not match the journal</source>
        <translation>un emplacement de clé contient une clé qui ne correspond pas au journal</translation>
    </message>
    <message>
        <source>the passphrase does not open this journal</source>
        <translation>la phrase secrète n’ouvre pas ce journal</translation>
    </message>
    <message>
        <source>the key-slot file is damaged: {why}</source>
        <translation>le fichier de clés est endommagé : {why}</translation>
    </message>
    <message>
        <source>the key-slot file is damaged: it is {size}; a key-slot file is at most {most}</source>
        <translation>le fichier de clés est endommagé : il fait {size} ; un fichier de clés fait au plus {most}</translation>
    </message>
    <message>
        <source>the key-slot file is missing</source>
        <translation>le fichier de clés manque</translation>
    </message>
    <message>
        <source>the key-slot file cannot be read: {why}</source>
        <translation>le fichier de clés ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <source>no usable keyring (found {found})</source>
        <translation>aucun trousseau utilisable (trouvé : {found})</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>le trousseau est verrouillé</translation>
    </message>
    <message>
        <source>the keyring refused the key: {why}</source>
        <translation>le trousseau a refusé la clé : {why}</translation>
    </message>
    <message>
        <source>the keyring did not give back the key it was given</source>
        <translation>le trousseau n’a pas rendu la clé qu’il avait reçue</translation>
    </message>
    <message>
        <source>the keyring that holds the key is locked</source>
        <translation>le trousseau qui garde la clé est verrouillé</translation>
    </message>
    <message>
        <source>the keyring still holds the key after deleting it</source>
        <translation>le trousseau garde encore la clé après sa suppression</translation>
    </message>
    <message>
        <source>the keyring refused to delete the key: {why}</source>
        <translation>le trousseau a refusé de supprimer la clé : {why}</translation>
    </message>
    <message>
        <source>the keyring is not available: {why}</source>
        <translation>le trousseau n’est pas disponible : {why}</translation>
    </message>
    <message>
        <source>the keyring failed: {why}</source>
        <translation>le trousseau a échoué : {why}</translation>
    </message>
    <message>
        <source>the old key does not open this backup</source>
        <translation>l’ancienne clé n’ouvre pas cette sauvegarde</translation>
    </message>
    <message>
        <source>the backup cannot be read with its key</source>
        <translation>la sauvegarde ne peut pas être lue avec sa clé</translation>
    </message>
    <message>
        <source>re-encrypting a backup</source>
        <translation>le rechiffrement d’une sauvegarde</translation>
    </message>
    <message>
        <source>deleting a backup</source>
        <translation>la suppression d’une sauvegarde</translation>
    </message>
    <message>
        <source>the old key is no longer known: only deleting is possible</source>
        <translation>l’ancienne clé n’est plus connue : seule la suppression est possible</translation>
    </message>
    <message>
        <source>unknown category &apos;{category}&apos;</source>
        <translation>catégorie inconnue « {category} »</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>no such resource</source>
        <translation>cette ressource n’existe pas</translation>
    </message>
    <message>
        <source>this journal asks for its lock passphrase every time</source>
        <translation>ce journal demande sa phrase secrète de verrouillage à chaque fois</translation>
    </message>
    <message>
        <source>the keyring holds no key for this journal</source>
        <translation>le trousseau ne garde aucune clé pour ce journal</translation>
    </message>
    <message>
        <source>the key in the keyring does not open this journal</source>
        <translation>la clé du trousseau n’ouvre pas ce journal</translation>
    </message>
    <message>
        <source>copying the damaged journal</source>
        <translation>la copie du journal endommagé</translation>
    </message>
    <message>
        <source>the rescued journal failed a check ({count})</source>
        <translation>le journal sauvé a échoué à un contrôle ({count})</translation>
    </message>
    <message>
        <source>writing the rescued journal</source>
        <translation>l’écriture du journal sauvé</translation>
    </message>
    <message>
        <source>moving the damaged journal aside</source>
        <translation>la mise de côté du journal endommagé</translation>
    </message>
    <message>
        <source>unknown search order &apos;{order}&apos;</source>
        <translation>ordre de recherche inconnu « {order} »</translation>
    </message>
    <message>
        <source>unknown follow-up filter &apos;{name}&apos;</source>
        <translation>filtre de suivi inconnu « {name} »</translation>
    </message>
    <message>
        <source>{name} &apos;{value}&apos; is not one of the choices</source>
        <translation>{name} « {value} » ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>the marks are not a mapping</source>
        <translation>les marques ne sont pas une table de correspondance</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a resource id</source>
        <translation>« {value} » n’est pas un identifiant de ressource</translation>
    </message>
    <message>
        <source>unknown kind of help: &apos;{value}&apos;</source>
        <translation>type d’aide inconnu : « {value} »</translation>
    </message>
    <message>
        <source>unknown mark: &apos;{value}&apos;</source>
        <translation>marque inconnue : « {value} »</translation>
    </message>
    <message>
        <source>the session has no date</source>
        <translation>l’entretien n’a pas de date</translation>
    </message>
    <message>
        <source>unknown session status</source>
        <translation>état d’entretien inconnu</translation>
    </message>
    <message>
        <source>the duration must be between 0 and 1440 minutes</source>
        <translation>la durée doit être comprise entre 0 et 1440 minutes</translation>
    </message>
    <message>
        <source>self-care is rated from 1 to 5</source>
        <translation>le soin de soi se note de 1 à 5</translation>
    </message>
    <message>
        <source>unknown step &apos;{value}&apos;</source>
        <translation>étape inconnue « {value} »</translation>
    </message>
    <message>
        <source>unknown checklist item: &apos;{value}&apos;</source>
        <translation>élément de liste inconnu : « {value} »</translation>
    </message>
    <message>
        <source>step &apos;{value}&apos; has no notes</source>
        <translation>l’étape « {value} » n’a pas de notes</translation>
    </message>
    <message>
        <source>the note ({step})</source>
        <translation>la note ({step})</translation>
    </message>
    <message>
        <source>unknown event: &apos;{value}&apos;</source>
        <translation>événement inconnu : « {value} »</translation>
    </message>
    <message>
        <source>unknown stress driver: &apos;{value}&apos;</source>
        <translation>facteur de stress inconnu : « {value} »</translation>
    </message>
    <message>
        <source>follow-up plan</source>
        <translation>plan de suivi</translation>
    </message>
    <message>
        <source>choose the peer this session was with</source>
        <translation>choisissez le pair avec qui a eu lieu cet entretien</translation>
    </message>
    <message>
        <source>choose the kind of contact</source>
        <translation>choisissez le type de contact</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>cet entretien n’existe pas</translation>
    </message>
    <message>
        <source>this peer no longer exists</source>
        <translation>ce pair n’existe plus</translation>
    </message>
    <message>
        <source>this follow-up no longer exists</source>
        <translation>ce suivi n’existe plus</translation>
    </message>
    <message>
        <source>a resource marked no longer exists</source>
        <translation>une ressource marquée n’existe plus</translation>
    </message>
    <message>
        <source>this follow-up is for another peer</source>
        <translation>ce suivi concerne un autre pair</translation>
    </message>
    <message>
        <source>bad setting name &apos;{key}&apos;</source>
        <translation>nom de réglage invalide « {key} »</translation>
    </message>
    <message>
        <source>setting {key} cannot hold this value</source>
        <translation>le réglage {key} ne peut pas prendre cette valeur</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>pseudonyme</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>{name} contains a null character</source>
        <translation>{name} contient un caractère nul</translation>
    </message>
    <message>
        <source>{name} contains characters that cannot be stored</source>
        <translation>{name} contient des caractères qui ne peuvent pas être enregistrés</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>le champ {name} est vide</translation>
    </message>
    <message>
        <source>{name} is {length} characters long; at most {most} fit</source>
        <translation>{name} fait {length} caractères ; {most} au plus tiennent</translation>
    </message>
    <message>
        <source>{field} is not a date (YYYY-MM-DD)</source>
        <translation>{field} n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the journal file holds no journal</source>
        <translation>le fichier du journal ne contient aucun journal</translation>
    </message>
    <message>
        <source>the journal file has no journal id</source>
        <translation>le fichier du journal n’a pas d’identifiant de journal</translation>
    </message>
    <message>
        <source>the journal file belongs to another journal than its key file</source>
        <translation>le fichier du journal appartient à un autre journal que son fichier de clés</translation>
    </message>
    <message>
        <source>the journal is closed</source>
        <translation>le journal est fermé</translation>
    </message>
    <message>
        <source>the read was interrupted</source>
        <translation>la lecture a été interrompue</translation>
    </message>
    <message>
        <source>the journal file failed its checks</source>
        <translation>le fichier du journal a échoué à ses contrôles</translation>
    </message>
    <message>
        <source>the recovery code has a typo</source>
        <translation>le code de récupération contient une faute de frappe</translation>
    </message>
    <message>
        <source>the handout could not be drawn on the chosen printer or file</source>
        <translation>la fiche n’a pas pu être dessinée sur l’imprimante ou le fichier choisis</translation>
    </message>
    <message>
        <source>making the demo&apos;s temporary folder</source>
        <translation>la création du dossier temporaire de la démonstration</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
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
        <translation>Trousseau d’accès macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <source>PeerDesk&apos;s temporary in-memory keyring</source>
        <translation>trousseau temporaire de PeerDesk, en mémoire</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>aucun trousseau</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute de crise</translation>
    </message>
    <message>
        <source>Physician health</source>
        <translation>Aide aux soignants</translation>
    </message>
    <message>
        <source>Counselling and EAP</source>
        <translation>Soutien psychologique et aide aux salariés</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Soutien par les pairs</translation>
    </message>
    <message>
        <source>Legal and litigation support</source>
        <translation>Soutien juridique et contentieux</translation>
    </message>
    <message>
        <source>Self-care and well-being</source>
        <translation>Prendre soin de soi et bien-être</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Autres soutiens</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>PeerDesk could not finish what you asked.</source>
        <translation>PeerDesk n’a pas pu terminer ce que vous avez demandé.</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, restart PeerDesk.</source>
        <translation>Réessayez. Si cela se reproduit, redémarrez PeerDesk.</translation>
    </message>
    <message>
        <source>Something on this computer got in the way</source>
        <translation>Quelque chose sur cet ordinateur a fait obstacle</translation>
    </message>
    <message>
        <source>PeerDesk was stopped by something outside it (a file, a folder or the keyring).</source>
        <translation>PeerDesk a été arrêté par quelque chose d’extérieur (un fichier, un dossier ou le trousseau).</translation>
    </message>
    <message>
        <source>Nothing in your journal was changed. Please try again in a moment.</source>
        <translation>Rien n’a été modifié dans votre journal. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Cette valeur ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Please check what you typed</source>
        <translation>Vérifiez ce que vous avez tapé</translation>
    </message>
    <message>
        <source>Correct it and try again; nothing was saved yet.</source>
        <translation>Corrigez-le et réessayez&#xa0;; rien n’a encore été enregistré.</translation>
    </message>
    <message>
        <source>That recovery code does not look right</source>
        <translation>Ce code de récupération ne semble pas correct</translation>
    </message>
    <message>
        <source>The recovery code has a typo.</source>
        <translation>Le code de récupération contient une faute de frappe.</translation>
    </message>
    <message>
        <source>Compare it group by group with your recovery sheet. Capitals, spaces and dashes do not matter.</source>
        <translation>Comparez-le groupe par groupe avec votre feuille de récupération. Majuscules, espaces et tirets ne comptent pas.</translation>
    </message>
    <message>
        <source>No system keyring is available</source>
        <translation>Aucun trousseau système n’est disponible</translation>
    </message>
    <message>
        <source>This computer has no keyring PeerDesk can safely keep the journal&apos;s key in, so it cannot open the journal on its own.</source>
        <translation>Cet ordinateur n’a pas de trousseau où PeerDesk puisse garder la clé du journal en sécurité&#xa0;: il ne peut donc pas ouvrir le journal tout seul.</translation>
    </message>
    <message>
        <source>Type your lock passphrase, or your recovery code, to open the journal.</source>
        <translation>Tapez votre phrase secrète de verrouillage, ou votre code de récupération, pour ouvrir le journal.</translation>
    </message>
    <message>
        <source>Your keyring is locked</source>
        <translation>Votre trousseau est verrouillé</translation>
    </message>
    <message>
        <source>Your system keyring is locked, so PeerDesk cannot read the journal&apos;s key.</source>
        <translation>Le trousseau de votre système est verrouillé&#xa0;: PeerDesk ne peut donc pas lire la clé du journal.</translation>
    </message>
    <message>
        <source>Unlock it (usually by logging in again) and choose Try again.</source>
        <translation>Déverrouillez-le (en général en vous reconnectant) et choisissez Réessayer.</translation>
    </message>
    <message>
        <source>The key was kept in another keyring</source>
        <translation>La clé était gardée dans un autre trousseau</translation>
    </message>
    <message>
        <source>The journal&apos;s key was kept in {recorded}, but PeerDesk is now using {current}, which does not have it.</source>
        <translation>La clé du journal était gardée dans {recorded}, mais PeerDesk utilise maintenant {current}, qui ne l’a pas.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal; PeerDesk then keeps the key in the keyring in use now.</source>
        <translation>Tapez votre code de récupération pour ouvrir le journal&#xa0;; PeerDesk garde ensuite la clé dans le trousseau utilisé maintenant.</translation>
    </message>
    <message>
        <source>The keyring no longer has the key</source>
        <translation>Le trousseau n’a plus la clé</translation>
    </message>
    <message>
        <source>Your system keyring has no key for this journal. This happens on a new computer, after a reinstall, or when the keyring was reset.</source>
        <translation>Le trousseau de votre système n’a pas de clé pour ce journal. Cela arrive sur un nouvel ordinateur, après une réinstallation, ou quand le trousseau a été réinitialisé.</translation>
    </message>
    <message>
        <source>Type your recovery code to open the journal; PeerDesk then puts the key back in the keyring.</source>
        <translation>Tapez votre code de récupération pour ouvrir le journal&#xa0;; PeerDesk remet ensuite la clé dans le trousseau.</translation>
    </message>
    <message>
        <source>The keyring did not keep the key</source>
        <translation>Le trousseau n’a pas gardé la clé</translation>
    </message>
    <message>
        <source>PeerDesk gave the journal&apos;s key to your system keyring, but could not read it back.</source>
        <translation>PeerDesk a confié la clé du journal au trousseau de votre système, mais n’a pas pu la relire.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, choose &quot;Ask for my passphrase every time&quot; in Settings: the journal then opens with the passphrase and needs no keyring.</source>
        <translation>Réessayez. Si l’échec se répète, choisissez «&#xa0;Me demander ma phrase secrète à chaque fois&#xa0;» dans les Réglages&#xa0;: le journal s’ouvre alors avec la phrase secrète et n’a besoin d’aucun trousseau.</translation>
    </message>
    <message>
        <source>The keyring still holds the journal&apos;s key</source>
        <translation>Le trousseau détient encore la clé du journal</translation>
    </message>
    <message>
        <source>PeerDesk no longer opens the journal from the keyring, but the keyring did not delete the key, so someone using this computer account could still read it there.</source>
        <translation>PeerDesk n’ouvre plus le journal à partir du trousseau, mais le trousseau n’a pas supprimé la clé&#xa0;: quelqu’un qui utilise ce compte d’ordinateur pourrait donc encore l’y lire.</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the &quot;PeerDesk&quot; entry in your keyring app. PeerDesk tries again every time the journal is unlocked.</source>
        <translation>Déverrouillez votre trousseau et réessayez, ou supprimez l’entrée «&#xa0;PeerDesk&#xa0;» dans l’application de votre trousseau. PeerDesk réessaie à chaque déverrouillage du journal.</translation>
    </message>
    <message>
        <source>Type your lock passphrase to open the journal</source>
        <translation>Tapez votre phrase secrète de verrouillage pour ouvrir le journal</translation>
    </message>
    <message>
        <source>This journal asks for your passphrase every time. Its key is in no keyring, so nobody can open it without the passphrase or the recovery code.</source>
        <translation>Ce journal demande votre phrase secrète à chaque fois. Sa clé n’est dans aucun trousseau&#xa0;: personne ne peut donc l’ouvrir sans la phrase secrète ou le code de récupération.</translation>
    </message>
    <message>
        <source>If you have forgotten the passphrase, use your recovery code.</source>
        <translation>Si vous avez oublié la phrase secrète, utilisez votre code de récupération.</translation>
    </message>
    <message>
        <source>That does not open this journal</source>
        <translation>Cela n’ouvre pas ce journal</translation>
    </message>
    <message>
        <source>What was given does not open this journal. It may be mistyped, or it may belong to another journal or to a recovery code that was replaced.</source>
        <translation>Ce qui a été saisi n’ouvre pas ce journal. Il y a peut-être une faute de frappe, ou cela appartient à un autre journal ou à un code de récupération qui a été remplacé.</translation>
    </message>
    <message>
        <source>Check Caps Lock and type it again carefully.</source>
        <translation>Vérifiez le verrouillage des majuscules et retapez-le soigneusement.</translation>
    </message>
    <message>
        <source>No lock passphrase is set</source>
        <translation>Aucune phrase secrète de verrouillage n’est définie</translation>
    </message>
    <message>
        <source>This journal has no lock passphrase, so one cannot be used to open it.</source>
        <translation>Ce journal n’a pas de phrase secrète de verrouillage&#xa0;: aucune ne peut donc servir à l’ouvrir.</translation>
    </message>
    <message>
        <source>Use your recovery code instead. You can set a passphrase later in Settings.</source>
        <translation>Utilisez plutôt votre code de récupération. Vous pourrez définir une phrase secrète plus tard dans les Réglages.</translation>
    </message>
    <message>
        <source>The journal file is not there</source>
        <translation>Le fichier du journal est introuvable</translation>
    </message>
    <message>
        <source>PeerDesk cannot find the journal file in its data folder.</source>
        <translation>PeerDesk ne trouve pas le fichier du journal dans son dossier de données.</translation>
    </message>
    <message>
        <source>If the folder is on a drive that is not connected, connect it and try again. Otherwise, restore the journal from a backup.</source>
        <translation>Si le dossier est sur un disque qui n’est pas branché, branchez-le et réessayez. Sinon, restaurez le journal à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>A journal already exists here</source>
        <translation>Un journal existe déjà ici</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. PeerDesk never replaces a journal.</source>
        <translation>Il y a déjà un journal dans ce dossier. PeerDesk ne remplace jamais un journal.</translation>
    </message>
    <message>
        <source>Open the existing journal instead, or choose another data folder.</source>
        <translation>Ouvrez plutôt le journal existant, ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The journal file is missing from PeerDesk&apos;s data folder, but its key file (journal.keys) is still there: the journal was moved, deleted or lost. PeerDesk will not start a new, empty journal in its place.</source>
        <translation>Le fichier du journal manque dans le dossier de données de PeerDesk, mais son fichier de clés (journal.keys) est toujours là&#xa0;: le journal a été déplacé, supprimé ou perdu. PeerDesk ne créera pas de nouveau journal vide à sa place.</translation>
    </message>
    <message>
        <source>The journal file is empty, cut short, or does not hold this journal, for example after a disk problem or a copy that did not finish. PeerDesk has not changed the file and will not start a new, empty journal in its place.</source>
        <translation>Le fichier du journal est vide, tronqué, ou ne contient pas ce journal, par exemple après un problème de disque ou une copie qui n’a pas abouti. PeerDesk n’a pas modifié le fichier et ne créera pas de nouveau journal vide à sa place.</translation>
    </message>
    <message>
        <source>The key is right, but the journal file fails its checks: part of it was changed or lost, for example by a disk problem or a copy that did not finish. PeerDesk has not changed the file.</source>
        <translation>La clé est la bonne, mais le fichier du journal échoue à ses vérifications&#xa0;: une partie a été modifiée ou perdue, par exemple par un problème de disque ou une copie qui n’a pas abouti. PeerDesk n’a pas modifié le fichier.</translation>
    </message>
    <message>
        <source>Restore from a backup. If you moved the journal yourself, put journal.db back beside journal.keys and start PeerDesk again.</source>
        <translation>Restaurez une sauvegarde. Si vous avez déplacé le journal vous-même, remettez journal.db à côté de journal.keys et relancez PeerDesk.</translation>
    </message>
    <message>
        <source>Restore from a backup. The file is moved aside when you restore, not deleted.</source>
        <translation>Restaurez une sauvegarde. Le fichier est mis à l’écart lors de la restauration, pas supprimé.</translation>
    </message>
    <message>
        <source>Restore from a backup first. The damaged file is kept aside in case someone can recover more from it later (with shredding of notes on, until it is older than both periods).</source>
        <translation>Restaurez d’abord une sauvegarde. Le fichier endommagé est mis à l’écart au cas où quelqu’un pourrait en sauver davantage plus tard (avec la destruction des notes activée, jusqu’à ce qu’il soit plus ancien que les deux délais).</translation>
    </message>
    <message>
        <source>The journal file is damaged</source>
        <translation>Le fichier du journal est endommagé</translation>
    </message>
    <message>
        <source>The journal&apos;s key file is missing or damaged</source>
        <translation>Le fichier de clés du journal est absent ou endommagé</translation>
    </message>
    <message>
        <source>The small key file kept beside the journal (journal.keys) is missing or damaged, so the journal cannot be unlocked. The journal itself has not been changed.</source>
        <translation>Le petit fichier de clés gardé à côté du journal (journal.keys) est absent ou endommagé&#xa0;: le journal ne peut donc pas être déverrouillé. Le journal lui-même n’a pas été modifié.</translation>
    </message>
    <message>
        <source>It is {size}, far larger than a key file.</source>
        <translation>Il fait {size}, bien plus qu’un fichier de clés.</translation>
    </message>
    <message>
        <source>Restore from a backup: each backup carries its own key file. If you moved files by hand, put journal.keys back beside journal.db.</source>
        <translation>Restaurez une sauvegarde&#xa0;: chacune a son propre fichier de clés. Si vous avez déplacé des fichiers à la main, remettez journal.keys à côté de journal.db.</translation>
    </message>
    <message>
        <source>This journal needs a newer PeerDesk</source>
        <translation>Ce journal demande une version plus récente de PeerDesk</translation>
    </message>
    <message>
        <source>The journal was last opened by a newer version of PeerDesk (journal format {found}; this version understands up to {supported}). To keep it safe, this version will not open or change it.</source>
        <translation>Le journal a été ouvert pour la dernière fois par une version plus récente de PeerDesk (format de journal {found}&#xa0;; cette version comprend jusqu’au format {supported}). Pour le protéger, cette version ne l’ouvrira ni ne le modifiera.</translation>
    </message>
    <message>
        <source>Update PeerDesk to the latest version, then open the journal again.</source>
        <translation>Mettez PeerDesk à jour vers la dernière version, puis rouvrez le journal.</translation>
    </message>
    <message>
        <source>PeerDesk is installed without encryption</source>
        <translation>PeerDesk est installé sans chiffrement</translation>
    </message>
    <message>
        <source>The database library PeerDesk found cannot encrypt, so it will not open or create a journal with it.</source>
        <translation>La bibliothèque de base de données trouvée par PeerDesk ne sait pas chiffrer&#xa0;: PeerDesk n’ouvrira ni ne créera de journal avec elle.</translation>
    </message>
    <message>
        <source>Reinstall PeerDesk from its official package, or ask whoever installed it.</source>
        <translation>Réinstallez PeerDesk à partir de son paquet officiel, ou demandez à la personne qui l’a installé.</translation>
    </message>
    <message>
        <source>The journal is already open</source>
        <translation>Le journal est déjà ouvert</translation>
    </message>
    <message>
        <source>Another PeerDesk window has this journal open, and only one may use it at a time.</source>
        <translation>Une autre fenêtre de PeerDesk a ouvert ce journal, et une seule peut l’utiliser à la fois.</translation>
    </message>
    <message>
        <source>Switch to the other PeerDesk window (or close it), then choose Try again here. If none is open, wait a moment and try again.</source>
        <translation>Passez à l’autre fenêtre de PeerDesk (ou fermez-la), puis choisissez Réessayer ici. Si aucune n’est ouverte, attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>There is no room left on the disk. Nothing was lost: the last save is kept.</source>
        <translation>Il n’y a plus de place sur le disque. Rien n’a été perdu&#xa0;: le dernier enregistrement est gardé.</translation>
    </message>
    <message>
        <source>Free some space (empty the trash, remove large files) and try again.</source>
        <translation>Libérez de la place (videz la corbeille, supprimez de gros fichiers) et réessayez.</translation>
    </message>
    <message>
        <source>A file could not be read or written</source>
        <translation>Un fichier n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>The computer refused to read or write one of PeerDesk&apos;s files. The folder may be read-only, on a drive that went away, or its permissions may have changed.</source>
        <translation>L’ordinateur a refusé de lire ou d’écrire l’un des fichiers de PeerDesk. Le dossier est peut-être en lecture seule, sur un disque qui a été débranché, ou ses droits ont changé.</translation>
    </message>
    <message>
        <source>Check the drive and folder, then try again. Your journal was not changed.</source>
        <translation>Vérifiez le disque et le dossier, puis réessayez. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The new key is chosen but not yet in place</source>
        <translation>La nouvelle clé est choisie mais pas encore en place</translation>
    </message>
    <message>
        <source>PeerDesk had finished the journal under its new key, but could not put it in place (the disk may have turned read-only). The next start finishes it: from then on the NEW recovery code and the new passphrase open the journal, and the old ones do not.</source>
        <translation>PeerDesk avait terminé le journal sous sa nouvelle clé, mais n’a pas pu le mettre en place (le disque est peut-être passé en lecture seule). Le prochain démarrage termine l’opération&#xa0;: à partir de là, c’est le NOUVEAU code de récupération et la nouvelle phrase secrète qui ouvrent le journal, plus les anciens.</translation>
    </message>
    <message>
        <source>Keep the new recovery code. Make the folder writable again, then unlock with the new recovery code (or the new passphrase).</source>
        <translation>Gardez le nouveau code de récupération. Rendez le dossier de nouveau accessible en écriture, puis déverrouillez avec le nouveau code de récupération (ou la nouvelle phrase secrète).</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in its folder</source>
        <translation>PeerDesk ne peut pas écrire dans son dossier</translation>
    </message>
    <message>
        <source>PeerDesk cannot write in the folder {folder}: it is read-only, or it does not belong to you. Your journal was not changed.</source>
        <translation>PeerDesk ne peut pas écrire dans le dossier {folder}&#xa0;: il est en lecture seule, ou il ne vous appartient pas. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Make the folder writable (check that its drive is not mounted read-only and that the folder belongs to you), then try again.</source>
        <translation>Rendez le dossier accessible en écriture (vérifiez que son disque n’est pas monté en lecture seule et que le dossier vous appartient), puis réessayez.</translation>
    </message>
    <message>
        <source>This is not a usable backup</source>
        <translation>Ce n’est pas une sauvegarde utilisable</translation>
    </message>
    <message>
        <source>The chosen file is not a PeerDesk backup, or it is damaged.</source>
        <translation>Le fichier choisi n’est pas une sauvegarde PeerDesk, ou il est endommagé.</translation>
    </message>
    <message>
        <source>Choose another backup file; backups are kept in the backups folder by default.</source>
        <translation>Choisissez un autre fichier de sauvegarde&#xa0;; par défaut, les sauvegardes sont gardées dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>It is no longer there</source>
        <translation>Cet élément n’existe plus</translation>
    </message>
    <message>
        <source>What you chose no longer exists; it may have been removed a moment ago.</source>
        <translation>Ce que vous avez choisi n’existe plus&#xa0;; il a peut-être été retiré il y a un instant.</translation>
    </message>
    <message>
        <source>Refresh the list and choose again.</source>
        <translation>Actualisez la liste et choisissez de nouveau.</translation>
    </message>
    <message>
        <source>This peer already has a follow-up planned</source>
        <translation>Un suivi est déjà prévu pour ce pair</translation>
    </message>
    <message>
        <source>A second open follow-up for the same peer is planned only when you say so.</source>
        <translation>Un deuxième suivi en cours pour le même pair n’est prévu que si vous le demandez.</translation>
    </message>
    <message>
        <source>Complete or cancel the open one on the Follow-ups page, or save again and choose to plan a second one.</source>
        <translation>Réalisez ou annulez celui qui est en cours depuis la page Suivis, ou enregistrez de nouveau et choisissez d’en prévoir un deuxième.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Supporter hours</source>
        <translation>Heures de soutien</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Follow-ups completed</source>
        <translation>Suivis réalisés</translation>
    </message>
    <message>
        <source>PeerDesk program totals</source>
        <translation>Totaux du programme PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk report</source>
        <translation>Rapport PeerDesk</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>de {first} à {last}</translation>
    </message>
    <message>
        <source>De-identified: counts only, by month at most. It holds no names, pseudonyms, notes, contact details or dates.</source>
        <translation>Anonymisé&#xa0;: des comptages seulement, par mois au plus fin. Il ne contient ni noms, ni pseudonymes, ni notes, ni coordonnées, ni dates.</translation>
    </message>
    <message>
        <source>The reports cover different periods.</source>
        <translation>Les rapports couvrent des périodes différentes.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Conversations with a referral</source>
        <translation>Conversations avec une orientation</translation>
    </message>
    <message>
        <source>Referral rate</source>
        <translation>Taux d’orientation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>not shown (a count behind it is held back)</source>
        <translation>non affiché (un comptage dont il dépend est masqué)</translation>
    </message>
    <message>
        <source>x marks a count held back: a count from 1 to {below}, or one that adds up with such a count, so that none can be worked out from the totals.</source>
        <translation>x marque un comptage masqué&#xa0;: un comptage de 1 à {below}, ou un comptage qui s’additionne avec un tel comptage, pour qu’aucun ne puisse être retrouvé à partir des totaux.</translation>
    </message>
    <message>
        <source>Reports combined: {count}. Where a report held back a count, the total is held back too; totals below {t} are held back again.</source>
        <translation>Rapports combinés&#xa0;: {count}. Là où un rapport a masqué un comptage, le total est masqué aussi&#xa0;; les totaux inférieurs à {t} sont de nouveau masqués.</translation>
    </message>
    <message>
        <source>PeerDesk de-identified report</source>
        <translation>Rapport anonymisé PeerDesk</translation>
    </message>
    <message>
        <source>Supporter minutes</source>
        <translation>Minutes de soutien</translation>
    </message>
    <message>
        <source>Conversations with help mentioned</source>
        <translation>Conversations avec une aide mentionnée</translation>
    </message>
    <message>
        <source>Conversations with a handout</source>
        <translation>Conversations avec une fiche remise</translation>
    </message>
    <message>
        <source>Contacts by kind</source>
        <translation>Contacts par type</translation>
    </message>
    <message>
        <source>Contacts by mode</source>
        <translation>Contacts par mode</translation>
    </message>
    <message>
        <source>Outreach outcome</source>
        <translation>Issue de la prise de contact</translation>
    </message>
    <message>
        <source>Event categories</source>
        <translation>Catégories d’événements</translation>
    </message>
    <message>
        <source>Stress drivers</source>
        <translation>Facteurs de stress</translation>
    </message>
    <message>
        <source>Referrals by type</source>
        <translation>Orientations par type</translation>
    </message>
</context>
</TS>
