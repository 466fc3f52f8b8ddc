<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>Ynghylch {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Fersiwn {version}</translation>
    </message>
    <message>
        <source>Runs co-production readiness workshops on this computer, with no internet. Free software under the {licence} licence: you may use, copy, change and share it.</source>
        <translation>Mae&apos;n cynnal gweithdai parodrwydd i gyd-gynhyrchu ar y cyfrifiadur hwn, heb y rhyngrwyd. Meddalwedd rydd dan drwydded {licence}: cewch ei defnyddio, ei chopïo, ei newid a&apos;i rhannu.</translation>
    </message>
    <message>
        <source>Made with Qt {qt} and Python {python}.</source>
        <translation>Wedi&apos;i wneud gyda Qt {qt} a Python {python}.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ffolder data</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Ffolder &amp;data:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Agor y ffolder data</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Trwyddedau</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <source>Qt and the LGPL</source>
        <translation>Qt a&apos;r LGPL</translation>
    </message>
    <message>
        <source>The licence texts are in English, as written.</source>
        <translation>Mae testunau&apos;r trwyddedau yn Saesneg, fel y&apos;u hysgrifennwyd.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CoProd Desktop is already open</source>
        <translation>Mae CoProd Desktop eisoes ar agor</translation>
    </message>
    <message>
        <source>This is not a CoProd Desktop file</source>
        <translation>Nid ffeil CoProd Desktop yw hon</translation>
    </message>
    <message>
        <source>Made by a newer CoProd Desktop</source>
        <translation>Wedi&apos;i gwneud gan fersiwn mwy newydd o CoProd Desktop</translation>
    </message>
    <message>
        <source>Your workshops file is damaged</source>
        <translation>Mae ffeil eich gweithdai wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>Your workshops file is in use</source>
        <translation>Mae ffeil eich gweithdai yn cael ei defnyddio</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Mae&apos;r ffolder data yn un darllen yn unig</translation>
    </message>
    <message>
        <source>Cannot save in the data folder</source>
        <translation>Methu cadw yn y ffolder data</translation>
    </message>
    <message>
        <source>Your workshops cannot be opened</source>
        <translation>Does dim modd agor eich gweithdai</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>CoProd Desktop could not open your workshops because of an unexpected error ({problem}). Nothing was changed.</source>
        <translation>Nid oedd modd i CoProd Desktop agor eich gweithdai oherwydd gwall annisgwyl ({problem}). Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>✓ Agreed</source>
        <translation>✓ Cytunwyd</translation>
    </message>
    <message>
        <source>≠ Split view</source>
        <translation>≠ Barn ranedig</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Hepgorwyd</translation>
    </message>
    <message>
        <source>✓ agreed</source>
        <translation>✓ cytunwyd</translation>
    </message>
    <message>
        <source>≠ split</source>
        <translation>≠ rhanedig</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– hepgorwyd</translation>
    </message>
    <message>
        <source>○ to do</source>
        <translation>○ i&apos;w wneud</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>NOW is the median of the dots ({median}, rounded up)</source>
        <translation>NAWR yw canolrif y dotiau ({median}, wedi&apos;i dalgrynnu i fyny)</translation>
    </message>
    <message>
        <source>NOW is the median of the dots</source>
        <translation>NAWR yw canolrif y dotiau</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s): {on} on {level}, {elsewhere} elsewhere</source>
        <translation>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n dot(s) on {level}</source>
        <translation>
            <numerusform>y %n dot i gyd ar {level}</numerusform>
            <numerusform>y %n dot i gyd ar {level}</numerusform>
            <numerusform>y %n dot i gyd ar {level}</numerusform>
            <numerusform>y %n dot i gyd ar {level}</numerusform>
            <numerusform>y %n dot i gyd ar {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>range {low}–{high}</source>
        <translation>amrediad {low}–{high}</translation>
    </message>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Eitem {number} o {total}</translation>
    </message>
    <message>
        <source>What the audience sees</source>
        <extracomment>The page size previewed when the audience view is not on a screen of its own.</extracomment>
        <translation>Yr hyn y mae&apos;r gynulleidfa yn ei weld</translation>
    </message>
    <message>
        <source>Time {time}</source>
        <extracomment>Type shrinks evenly to this share of the zoom before the headline gives way to the body. The drawing steps, when rendered with ``record=True``: replaying them all paints the frame; replaying those that touch a region repaints just that region.</extracomment>
        <translation>Amser {time}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>The change table&apos;s column heads.</extracomment>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Bryd hynny</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n wedi&apos;u cau</numerusform>
            <numerusform>%n wedi&apos;i gau</numerusform>
            <numerusform>%n wedi&apos;u cau</numerusform>
            <numerusform>%n wedi&apos;u cau</numerusform>
            <numerusform>%n wedi&apos;u cau</numerusform>
        </translation>
    </message>
    <message>
        <source>Training needs: {closed} · {persisting} persisting · {new} new</source>
        <translation>Anghenion hyfforddi: {closed} · {persisting} yn parhau · {new} newydd</translation>
    </message>
    <message>
        <source>Results: {group}</source>
        <extracomment>Chart roles drawn in the theme&apos;s colours; the radar uses no others. (pages for the stage and needs, pages for the gaps) the slide may take, fewest first.</extracomment>
        <translation>Canlyniadau: {group}</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Fesul maes</translation>
    </message>
    <message>
        <source>Placed itself at</source>
        <translation>Wedi&apos;i osod ei hun ar</translation>
    </message>
    <message>
        <source>Ratings indicate</source>
        <translation>Mae&apos;r sgorau&apos;n awgrymu</translation>
    </message>
    <message>
        <source>Training needs: none yet (no gap of 1 or more).</source>
        <translation>Anghenion hyfforddi: dim eto (dim bwlch o 1 neu fwy).</translation>
    </message>
    <message>
        <source>Top training needs ({shown} of {total})</source>
        <translation>Prif anghenion hyfforddi ({shown} o {total})</translation>
    </message>
    <message>
        <source>gap +{gap}</source>
        <translation>bwlch +{gap}</translation>
    </message>
    <message>
        <source>shared by {groups}</source>
        <translation>yn gyffredin i {groups}</translation>
    </message>
    <message>
        <source>Largest differences between groups</source>
        <translation>Y gwahaniaethau mwyaf rhwng grwpiau</translation>
    </message>
    <message>
        <source>No item&apos;s ratings are two or more levels apart between groups.</source>
        <translation>Nid oes sgorau unrhyw eitem ddwy lefel neu fwy ar wahân rhwng grwpiau.</translation>
    </message>
    <message>
        <source>Each group&apos;s level now; ▼ lowest, ▲ highest, * split view, – not assessed.</source>
        <translation>Lefel pob grŵp nawr; ▼ isaf, ▲ uchaf, * barn ranedig, – heb ei asesu.</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the report.</source>
        <translation>
            <numerusform>%n arall yn yr adroddiad.</numerusform>
            <numerusform>%n arall yn yr adroddiad.</numerusform>
            <numerusform>%n arall yn yr adroddiad.</numerusform>
            <numerusform>%n arall yn yr adroddiad.</numerusform>
            <numerusform>%n arall yn yr adroddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apart</source>
        <translation>Ar wahân</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Since the baseline: {group}</source>
        <translation>Ers y llinell sylfaen: {group}</translation>
    </message>
    <message>
        <source>Compared with “{title}”: level now minus level then; + is progress.</source>
        <translation>O&apos;i gymharu â “{title}”: y lefel nawr llai&apos;r lefel bryd hynny; mae + yn gynnydd.</translation>
    </message>
    <message>
        <source>This group had {before} people then and {after} now: compare with care.</source>
        <translation>Roedd {before} o bobl yn y grŵp hwn bryd hynny a {after} nawr: cymharwch yn ofalus.</translation>
    </message>
    <message>
        <source>Indicative stage</source>
        <translation>Cam dangosol</translation>
    </message>
    <message>
        <source>No result captured yet.</source>
        <translation>Dim canlyniad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Easy Read</source>
        <translation>Hawdd ei Ddarllen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Diolch</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>The group chose to skip this item.</source>
        <translation>Dewisodd y grŵp hepgor yr eitem hon.</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>dim cytundeb</translation>
    </message>
    <message>
        <source>For a split view, Now is the median of the dots.</source>
        <translation>Ar gyfer barn ranedig, Nawr yw canolrif y dotiau.</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>NAWR</translation>
    </message>
    <message>
        <source>NEEDED</source>
        <translation>ANGEN</translation>
    </message>
    <message>
        <source>● Here now</source>
        <extracomment>Without the points there is room for larger type.</extracomment>
        <translation>● Yma nawr</translation>
    </message>
    <message>
        <source>→ Aiming for this</source>
        <translation>→ Yn anelu at hwn</translation>
    </message>
    <message>
        <source>Not a strict ladder: where is your group now, and where do you aim to be?</source>
        <translation>Nid ysgol gaeth mohoni: ble mae eich grŵp nawr, a ble rydych chi&apos;n anelu at fod?</translation>
    </message>
    <message>
        <source>The stages of co-production</source>
        <translation>Camau cyd-gynhyrchu</translation>
    </message>
    <message>
        <source>Summary: {group}</source>
        <translation>Crynodeb: {group}</translation>
    </message>
    <message>
        <source>Now → needed</source>
        <translation>Nawr → angen</translation>
    </message>
    <message>
        <source>CoProd Desktop — audience view</source>
        <translation>CoProd Desktop — golwg y gynulleidfa</translation>
    </message>
    <message>
        <source>Strengths to share: who could help whom</source>
        <translation>Cryfderau i&apos;w rhannu: pwy allai helpu pwy</translation>
    </message>
    <message>
        <source>None yet: no group is at the top two levels on an item another group needs.</source>
        <translation>Dim eto: nid oes grŵp ar y ddwy lefel uchaf ar eitem y mae grŵp arall ei hangen.</translation>
    </message>
    <message>
        <source>* split view.</source>
        <translation>* barn ranedig.</translation>
    </message>
    <message>
        <source>Could help (level now)</source>
        <translation>Gallai helpu (lefel nawr)</translation>
    </message>
    <message>
        <source>Could learn (now → needed)</source>
        <translation>Gallai ddysgu (nawr → angen)</translation>
    </message>
    <message>
        <source>How others see {group}</source>
        <translation>Sut mae eraill yn gweld {group}</translation>
    </message>
    <message>
        <source>No other group has given its view of this group yet.</source>
        <translation>Nid oes grŵp arall wedi rhoi ei farn am y grŵp hwn eto.</translation>
    </message>
    <message>
        <source>Own: the group&apos;s own level. Others − own above 0: others think it readier than it thinks itself; ≠ a level or more either way: worth talking about.</source>
        <translation>Ei hun: lefel y grŵp ei hun. Eraill − ei hun uwchlaw 0: mae eraill yn meddwl ei fod yn fwy parod nag y mae&apos;n ei feddwl ei hun; ≠ lefel neu fwy y naill ffordd neu&apos;r llall: gwerth ei drafod.</translation>
    </message>
    <message>
        <source>Others − own</source>
        <translation>Eraill − ei hun</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Ei hun</translation>
    </message>
    <message>
        <source>How others see it</source>
        <translation>Sut mae eraill yn ei weld</translation>
    </message>
    <message>
        <source>For: {groups}</source>
        <translation>I bwy: {groups}</translation>
    </message>
    <message>
        <source>Leads: {lead}</source>
        <translation>Yn arwain: {lead}</translation>
    </message>
    <message>
        <source>Our training plan</source>
        <translation>Ein cynllun hyfforddi</translation>
    </message>
    <message>
        <source>No plan has been made yet.</source>
        <translation>Nid oes cynllun wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Perchennog: {owner}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Nesaf: {step}</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Beth sy&apos;n sefyll yn y ffordd</translation>
    </message>
    <message>
        <source>No barrier is open.</source>
        <translation>Does dim rhwystr ar agor.</translation>
    </message>
</context>
<context>
    <name>Barriers</name>
    <message>
        <source>Barrier</source>
        <translation>Rhwystr</translation>
    </message>
    <message>
        <source>New barrier</source>
        <translation>Rhwystr newydd</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Beth sy&apos;n sefyll yn y ffordd</translation>
    </message>
    <message>
        <source>Kind of barrier</source>
        <translation>Math o rwystr</translation>
    </message>
    <message>
        <source>Holds back</source>
        <translation>Yn dal yn ôl</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>For</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>What stands in the way:</source>
        <translation>Beth sy&apos;n sefyll yn y ffordd:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Holds back:</source>
        <translation>Yn dal yn ôl:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Perchennog:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Y cam nesaf:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>I bwy:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Barrier log — {title}</source>
        <translation>Cofnod rhwystrau — {title}</translation>
    </message>
    <message>
        <source>The barrier log</source>
        <translation>Y cofnod rhwystrau</translation>
    </message>
    <message>
        <source>Show on the projector (Alt+8)</source>
        <translation>Dangos ar y taflunydd (Alt+8)</translation>
    </message>
    <message>
        <source>Log a barrier (N)</source>
        <translation>Cofnodi rhwystr (N)</translation>
    </message>
    <message>
        <source>Change (Enter)</source>
        <translation>Newid (Enter)</translation>
    </message>
    <message>
        <source>Dealt with / open again (D)</source>
        <translation>Wedi delio ag ef / ar agor eto (D)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Tynnu (Del)</translation>
    </message>
    <message>
        <source>Barriers logged: {logged}. Still open: {open}, of which {unowned} without an owner.</source>
        <translation>Rhwystrau wedi&apos;u cofnodi: {logged}. Yn dal ar agor: {open}, a {unowned} o&apos;r rheini heb berchennog.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>A cell&apos;s padding left and right (``QTableView::item`` in the style sheet). Columns&apos; widths (the barrier&apos;s own words take the rest): words wrap within them.</extracomment>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>No stage or principle named</source>
        <translation>Dim cam nac egwyddor wedi&apos;u henwi</translation>
    </message>
    <message>
        <source>The whole partnership</source>
        <translation>Y bartneriaeth gyfan</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>Status of this item</source>
        <translation>Statws yr eitem hon</translation>
    </message>
    <message>
        <source>Where the group is now</source>
        <translation>Ble mae&apos;r grŵp nawr</translation>
    </message>
    <message>
        <source>keys 1–5</source>
        <translation>bysellau 1–5</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Lefel bresennol</translation>
    </message>
    <message>
        <source>Where it needs to be</source>
        <translation>Ble mae angen iddo fod</translation>
    </message>
    <message>
        <source>Shift + 1–5</source>
        <translation>Shift + 1–5</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Lefel ofynnol</translation>
    </message>
    <message>
        <source>Where the needed level came from</source>
        <translation>O ble daeth y lefel angenrheidiol</translation>
    </message>
    <message>
        <source>✓ Agreed (Y)</source>
        <translation>✓ Cytuno (Y)</translation>
    </message>
    <message>
        <source>Mark agreed</source>
        <translation>Nodi bod cytundeb</translation>
    </message>
    <message>
        <source>≈ Split (S)</source>
        <translation>≈ Rhanedig (S)</translation>
    </message>
    <message>
        <source>Mark split, no consensus</source>
        <translation>Nodi barn ranedig, dim consensws</translation>
    </message>
    <message>
        <source>– Skip (K)</source>
        <translation>– Hepgor (K)</translation>
    </message>
    <message>
        <source>Skip this item</source>
        <translation>Hepgor yr eitem hon</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Clirio (Del)</translation>
    </message>
    <message>
        <source>Clear this rating</source>
        <translation>Clirio&apos;r sgôr hon</translation>
    </message>
    <message>
        <source>Note for the room (N)</source>
        <translation>Nodyn i&apos;r ystafell (N)</translation>
    </message>
    <message>
        <source>Private note (P): never projected or printed, but exported workshop files carry it unless you leave it out</source>
        <translation>Nodyn preifat (P): byth ar y sgrin nac wedi&apos;i argraffu, ond mae ffeiliau gweithdy a allforir yn ei gario oni bai eich bod yn ei adael allan</translation>
    </message>
    <message>
        <source>Private note (P) — for you only: never projected, never printed</source>
        <translation>Nodyn preifat (P) — i chi yn unig: byth ar y sgrin, byth wedi&apos;i argraffu</translation>
    </message>
    <message>
        <source>Note for the room (N) — shown on the projector with the result</source>
        <translation>Nodyn i&apos;r ystafell (N) — i&apos;w weld ar y taflunydd gyda&apos;r canlyniad</translation>
    </message>
    <message>
        <source>More dots than people</source>
        <translation>Mwy o ddotiau na phobl</translation>
    </message>
    <message>
        <source>The tally has {total} dots, but {group} was planned with {planned} people. Make the group {total} people?</source>
        <translation>Mae {total} dot yn y cyfrif, ond cynlluniwyd {group} gyda {planned} o bobl. Gwneud y grŵp yn {total} o bobl?</translation>
    </message>
    <message>
        <source>{group}  ·  item {number} of {total}  ·  {code}  ·  {area}  ·  {principle}</source>
        <translation>{group}  ·  eitem {number} o {total}  ·  {code}  ·  {area}  ·  {principle}</translation>
    </message>
    <message>
        <source>Easy Read: {text}</source>
        <translation>Hawdd ei Ddarllen: {text}</translation>
    </message>
    <message>
        <source>No needed level: set the group&apos;s aim stage, or choose one with Shift + 1–5.</source>
        <translation>Dim lefel angenrheidiol: gosodwch gam nod y grŵp, neu dewiswch un gyda Shift + 1–5.</translation>
    </message>
    <message>
        <source>Needed level chosen by the group.</source>
        <translation>Lefel angenrheidiol wedi&apos;i dewis gan y grŵp.</translation>
    </message>
    <message>
        <source>Needed level filled in from the framework&apos;s profile for {role} at {stage} (the group&apos;s aim); Shift + 1–5 chooses another.</source>
        <translation>Llenwyd y lefel angenrheidiol o broffil y fframwaith ar gyfer {role} ar {stage} (nod y grŵp); mae Shift + 1–5 yn dewis un arall.</translation>
    </message>
    <message>
        <source>Needed level filled in from the framework for {stage} (the group&apos;s aim); Shift + 1–5 chooses another.</source>
        <translation>Lefel angenrheidiol wedi&apos;i llenwi o&apos;r fframwaith ar gyfer {stage} (nod y grŵp); mae Shift + 1–5 yn dewis un arall.</translation>
    </message>
    <message>
        <source>Where this needed level came from was not recorded.</source>
        <translation>Ni chofnodwyd o ble daeth y lefel angenrheidiol hon.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>now {value}</source>
        <extracomment>How much taller a printed radar grows to fit the baseline&apos;s line under each axis. Number every ring (1), every other ring (2), …, counting from the lowest level. The report&apos;s and the results window&apos;s radar: a square.</extracomment>
        <translation>nawr {value}</translation>
    </message>
    <message>
        <source>needed {value}</source>
        <translation>angen {value}</translation>
    </message>
    <message>
        <source>then {value}</source>
        <translation>bryd hynny {value}</translation>
    </message>
    <message>
        <source>{title}: now {now}, needed {needed}</source>
        <translation>{title}: nawr {now}, angen {needed}</translation>
    </message>
    <message>
        <source>, at the baseline {then}</source>
        <translation>, ar y llinell sylfaen {then}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <source>Apart</source>
        <extracomment>With the panel of needs beside the levels, the cells take more of the width.</extracomment>
        <translation>Ar wahân</translation>
    </message>
    <message>
        <source>Level now:</source>
        <translation>Lefel nawr:</translation>
    </message>
    <message>
        <source>split view</source>
        <translation>barn ranedig</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>hepgor</translation>
    </message>
    <message>
        <source>Gap:</source>
        <translation>Bwlch:</translation>
    </message>
    <message>
        <source>{needs} training needs: the gap is needed minus now</source>
        <translation>{needs} angen hyfforddi: y bwlch yw&apos;r angen llai&apos;r lefel nawr</translation>
    </message>
    <message>
        <source>no training need</source>
        <translation>dim angen hyfforddi</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hepgorwyd</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>heb ei sgorio</translation>
    </message>
    <message>
        <source>n  difference between groups: their own ratings are n levels apart; the lowest and highest cells are outlined</source>
        <translation>n  gwahaniaeth rhwng grwpiau: mae eu sgorau eu hunain n lefel ar wahân; amlinellir y celloedd isaf ac uchaf</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Lefel nawr</translation>
    </message>
    <message>
        <source>Gap: needed − now</source>
        <translation>Bwlch: angen − nawr</translation>
    </message>
    <message>
        <source>differences between groups on {codes}</source>
        <translation>gwahaniaethau rhwng grwpiau ar {codes}</translation>
    </message>
    <message>
        <source>{title}: current level of {groups} groups on {items} items</source>
        <translation>{title}: lefel bresennol {groups} grŵp ar {items} eitem</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Title</source>
        <extracomment>Every slide, in the console&apos;s running order: the one place a slide is registered.</extracomment>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Group summary</source>
        <translation>Crynodeb y grŵp</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>{title} — CoProd Desktop</source>
        <translation>{title} — CoProd Desktop</translation>
    </message>
    <message>
        <source>Items rated for this group</source>
        <translation>Eitemau wedi&apos;u sgorio i&apos;r grŵp hwn</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Blaenorol</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Eitem flaenorol</translation>
    </message>
    <message>
        <source>Next →  (Enter)</source>
        <translation>Nesaf →  (Enter)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Eitem nesaf</translation>
    </message>
    <message>
        <source>Next group (G)</source>
        <translation>Grŵp nesaf (G)</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Grŵp nesaf</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Ar y taflunydd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Maes parcio</translation>
    </message>
    <message>
        <source>Stage, actions and parking lot</source>
        <translation>Cam, camau gweithredu a maes parcio</translation>
    </message>
    <message>
        <source>&amp;Groups: name, size, add, remove…</source>
        <translation>G&amp;rwpiau: enw, maint, ychwanegu, tynnu…</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <source>Show the slide: {name}</source>
        <translation>Dangos y sleid: {name}</translation>
    </message>
    <message>
        <source>Reveal (Space)</source>
        <translation>Datgelu (Space)</translation>
    </message>
    <message>
        <source>Curtain (B)</source>
        <translation>Llen (B)</translation>
    </message>
    <message>
        <source>Freeze (F)</source>
        <translation>Rhewi (F)</translation>
    </message>
    <message>
        <source>Easy Read (E)</source>
        <translation>Hawdd ei Ddarllen (E)</translation>
    </message>
    <message>
        <source>Timer on projector</source>
        <translation>Amserydd ar y sgrin</translation>
    </message>
    <message>
        <source>Stage (C)</source>
        <translation>Cam (C)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Allforio &amp;adroddiad…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Allforio &amp;data…</translation>
    </message>
    <message>
        <source>&amp;Blank form…</source>
        <translation>Ffurflen &amp;wag…</translation>
    </message>
    <message>
        <source>Participants&apos; s&amp;heet…</source>
        <translation>Taflen y cyfra&amp;nogwyr…</translation>
    </message>
    <message>
        <source>Barriers in the &amp;way… (W)</source>
        <translation>Rhwystrau ar y ff&amp;ordd… (W)</translation>
    </message>
    <message>
        <source>Enter from &amp;paper forms…</source>
        <translation>Rhoi i mewn o ffurflenni &amp;papur…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Export the report, the data or a blank form</source>
        <translation>Allforio&apos;r adroddiad, y data neu ffurflen wag</translation>
    </message>
    <message>
        <source>Export the report (Ctrl+Shift+E), the data, or a blank paper form</source>
        <translation>Allforio&apos;r adroddiad (Ctrl+Shift+E), y data, neu ffurflen bapur wag</translation>
    </message>
    <message>
        <source>Results (R)</source>
        <translation>Canlyniadau (R)</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Dangos y canlyniadau</translation>
    </message>
    <message>
        <source>Profiles, training needs, heat map, stages and follow-up</source>
        <translation>Proffiliau, anghenion hyfforddi, map gwres, camau a gwaith dilynol</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Time on this item</source>
        <translation>Amser ar yr eitem hon</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Bysellau (F1)</translation>
    </message>
    <message>
        <source>Time on item:</source>
        <translation>Amser ar yr eitem:</translation>
    </message>
    <message>
        <source>Plan (M)</source>
        <translation>Cynllun (M)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Dim i&apos;w ddadwneud</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Wedi dadwneud: {step}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Dim i&apos;w ail-wneud</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Wedi ail-wneud: {step}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>Preview of the projector</source>
        <translation>Rhagolwg o&apos;r taflunydd</translation>
    </message>
    <message>
        <source>Item by item ⇄ (O)</source>
        <translation>Fesul eitem ⇄ (O)</translation>
    </message>
    <message>
        <source>Group by group ⇄ (O)</source>
        <translation>Fesul grŵp ⇄ (O)</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Grŵp: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n item(s) rated</source>
        <translation>
            <numerusform>{done} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{done} o %n eitem wedi&apos;i sgorio</numerusform>
            <numerusform>{done} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{done} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{done} o %n eitem wedi&apos;u sgorio</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {message} at {time}</source>
        <translation>✓ {message} am {time}</translation>
    </message>
    <message>
        <source>⚠ Not saved: {problem}</source>
        <translation>⚠ Heb ei gadw: {problem}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Day</name>
    <message>
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Minutes you have for the ratings</source>
        <translation>Munudau sydd gennych ar gyfer y sgoriau</translation>
    </message>
    <message>
        <source>&amp;Time you have:</source>
        <translation>&amp;Amser sydd gennych:</translation>
    </message>
    <message numerus="yes">
        <source>About {time} of ratings: {items} items × %n group(s), {pace}.</source>
        <translation>
            <numerusform>Tua {time} o sgorio: {items} eitem × %n grŵp, {pace}.</numerusform>
            <numerusform>Tua {time} o sgorio: {items} eitem × %n grŵp, {pace}.</numerusform>
            <numerusform>Tua {time} o sgorio: {items} eitem × %n grŵp, {pace}.</numerusform>
            <numerusform>Tua {time} o sgorio: {items} eitem × %n grŵp, {pace}.</numerusform>
            <numerusform>Tua {time} o sgorio: {items} eitem × %n grŵp, {pace}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep %n item(s) that fit</source>
        <translation>
            <numerusform>&amp;Cadw %n eitem sy&apos;n ffitio</numerusform>
            <numerusform>&amp;Cadw %n eitem sy&apos;n ffitio</numerusform>
            <numerusform>&amp;Cadw %n eitem sy&apos;n ffitio</numerusform>
            <numerusform>&amp;Cadw %n eitem sy&apos;n ffitio</numerusform>
            <numerusform>&amp;Cadw %n eitem sy&apos;n ffitio</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how long you have to see what fits.</source>
        <translation>Dywedwch faint o amser sydd gennych i weld beth sy&apos;n ffitio.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n item(s) fit in {time}; the button keeps that many, some from each area, in running order.</source>
        <translation>
            <numerusform>Dim ond %n eitem sy&apos;n ffitio yn {time}; mae&apos;r botwm yn cadw cynifer â hynny, rhai o bob maes, yn nhrefn y rhaglen.</numerusform>
            <numerusform>Dim ond %n eitem sy&apos;n ffitio yn {time}; mae&apos;r botwm yn cadw cynifer â hynny, rhai o bob maes, yn nhrefn y rhaglen.</numerusform>
            <numerusform>Dim ond %n eitem sy&apos;n ffitio yn {time}; mae&apos;r botwm yn cadw cynifer â hynny, rhai o bob maes, yn nhrefn y rhaglen.</numerusform>
            <numerusform>Dim ond %n eitem sy&apos;n ffitio yn {time}; mae&apos;r botwm yn cadw cynifer â hynny, rhai o bob maes, yn nhrefn y rhaglen.</numerusform>
            <numerusform>Dim ond %n eitem sy&apos;n ffitio yn {time}; mae&apos;r botwm yn cadw cynifer â hynny, rhai o bob maes, yn nhrefn y rhaglen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It fits, with {spare} to spare.</source>
        <translation>Mae&apos;n ffitio, gyda {spare} dros ben.</translation>
    </message>
    <message>
        <source>How the day is going</source>
        <translation>Sut mae&apos;r diwrnod yn mynd</translation>
    </message>
    <message>
        <source>Day: all rated</source>
        <translation>Diwrnod: y cyfan wedi&apos;i sgorio</translation>
    </message>
    <message>
        <source>Day: {left} to go</source>
        <translation>Diwrnod: {left} i fynd</translation>
    </message>
    <message>
        <source>Day: on track</source>
        <translation>Diwrnod: ar y trywydd iawn</translation>
    </message>
    <message>
        <source>Day: {over} behind</source>
        <translation>Diwrnod: {over} ar ei hôl hi</translation>
    </message>
    <message>
        <source>{done} of {total} ratings; about {left} to go ({pace}), so finishing about {finish}.</source>
        <translation>{done} o {total} sgôr; tua {left} i fynd ({pace}), felly gorffen tua {finish}.</translation>
    </message>
    <message>
        <source>Set the time the day must end: {key}.</source>
        <translation>Gosodwch pryd mae&apos;n rhaid i&apos;r diwrnod orffen: {key}.</translation>
    </message>
    <message>
        <source>On track for {end}, with {spare} to spare.</source>
        <translation>Ar y trywydd iawn i orffen erbyn {end}, gyda {spare} dros ben.</translation>
    </message>
    <message>
        <source>About {over} past {end}: skip or park items, or take fewer groups.</source>
        <translation>Tua {over} ar ôl {end}: hepgorwch neu parciwch eitemau, neu cymerwch lai o grwpiau.</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>Gorffen erbyn</translation>
    </message>
    <message>
        <source>The time the day must end</source>
        <translation>Yr amser mae&apos;n rhaid i&apos;r diwrnod orffen</translation>
    </message>
    <message>
        <source>&amp;No finishing time</source>
        <translation>&amp;Dim amser gorffen</translation>
    </message>
    <message>
        <source>&amp;Finish by:</source>
        <translation>&amp;Gorffen erbyn:</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} awr {minutes} munud</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} munud</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} eiliad</translation>
    </message>
    <message numerus="yes">
        <source>{each} a rating, learned from %n past workshop(s)</source>
        <translation>
            <numerusform>{each} y sgôr, wedi&apos;i ddysgu o %n gweithdy blaenorol</numerusform>
            <numerusform>{each} y sgôr, wedi&apos;i ddysgu o %n gweithdy blaenorol</numerusform>
            <numerusform>{each} y sgôr, wedi&apos;i ddysgu o %n gweithdy blaenorol</numerusform>
            <numerusform>{each} y sgôr, wedi&apos;i ddysgu o %n gweithdy blaenorol</numerusform>
            <numerusform>{each} y sgôr, wedi&apos;i ddysgu o %n gweithdy blaenorol</numerusform>
        </translation>
    </message>
    <message>
        <source>{each} a rating, the usual time: too few past sessions to learn from</source>
        <translation>{each} y sgôr, yr amser arferol: rhy ychydig o sesiynau blaenorol i ddysgu ohonynt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>Does dim modd darllen {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no workshops.</source>
        <translation>Mae {path} yn wag (0 beit), felly nid oes gweithdai ynddo.</translation>
    </message>
    <message>
        <source>{path} is not a CoProd Desktop store (it is not an SQLite database).</source>
        <translation>Nid storfa CoProd Desktop yw {path} (nid cronfa ddata SQLite yw hi).</translation>
    </message>
    <message>
        <source>{path} is cut short: its SQLite header is incomplete.</source>
        <translation>Mae {path} wedi&apos;i dorri&apos;n fyr: mae ei bennyn SQLite yn anghyflawn.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not a CoProd Desktop store; it was left untouched.</source>
        <translation>Cronfa ddata SQLite yw {path}, ond nid storfa CoProd Desktop; ni chafodd ei newid.</translation>
    </message>
    <message>
        <source>{path} was written by a newer CoProd Desktop (schema {revision}); install that version to open it. The file was left untouched.</source>
        <translation>Cafodd {path} ei ysgrifennu gan fersiwn mwy newydd o CoProd Desktop (sgema {revision}); gosodwch y fersiwn honno i&apos;w agor. Ni chafodd y ffeil ei newid.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}).</source>
        <translation>Mae {path} wedi&apos;i ddifrodi ({detail}).</translation>
    </message>
    <message>
        <source>{path} is damaged: it fails its integrity check ({detail}).</source>
        <translation>Mae {path} wedi&apos;i ddifrodi: mae&apos;n methu ei wiriad cyfanrwydd ({detail}).</translation>
    </message>
    <message>
        <source>{path} is cut short: it should be {expected_kb} KB but is only {size_kb} KB (a copy or save was interrupted).</source>
        <translation>Mae {path} wedi&apos;i dorri&apos;n fyr: dylai fod yn {expected_kb} KB ond dim ond {size_kb} KB yw e (torrwyd ar draws copïo neu gadw).</translation>
    </message>
    <message>
        <source>{path}: the store cannot be created here ({detail}).</source>
        <translation>{path}: does dim modd creu&apos;r storfa yma ({detail}).</translation>
    </message>
    <message>
        <source>{path} is read-only here; copy the data folder somewhere writable, or fix its permissions.</source>
        <translation>Mae {path} yn ddarllen-yn-unig yma; copïwch y ffolder data i rywle y gellir ysgrifennu iddo, neu cywirwch ei ganiatâd.</translation>
    </message>
    <message>
        <source>{path} could not be saved ({detail}).</source>
        <translation>Methu cadw {path} ({detail}).</translation>
    </message>
    <message>
        <source>The disk is full — {path} could not be saved. Free some space, or save to another folder. Everything saved before is safe.</source>
        <translation>Mae&apos;r ddisg yn llawn — methu cadw {path}. Rhyddhewch ychydig o le, neu cadwch mewn ffolder arall. Mae popeth a gadwyd o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only — changes cannot be saved there. Save to another folder, or make it writable. Everything saved before is safe.</source>
        <translation>Mae&apos;r ffolder {folder} yn ddarllen-yn-unig — does dim modd cadw newidiadau yno. Cadwch mewn ffolder arall, neu gwnewch hi&apos;n bosibl ysgrifennu iddi. Mae popeth a gadwyd o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded: the upgrade left broken links in table {table}, so it was rolled back.</source>
        <translation>Methu uwchraddio {path}: gadawodd yr uwchraddio ddolenni wedi torri yn y tabl {table}, felly cafodd ei ddadwneud.</translation>
    </message>
    <message>
        <source>{path}: this data folder is already open in another CoProd Desktop. Close that one first, or choose another folder with --data-dir.</source>
        <translation>{path}: mae&apos;r ffolder data hon eisoes ar agor mewn CoProd Desktop arall. Caewch hwnnw yn gyntaf, neu dewiswch ffolder arall gyda --data-dir.</translation>
    </message>
    <message>
        <source>{path}: this data folder is already open in another CoProd Desktop (process {process}). Close that one first, or choose another folder with --data-dir.</source>
        <translation>{path}: mae&apos;r ffolder data hon eisoes ar agor mewn CoProd Desktop arall (proses {process}). Caewch hwnnw yn gyntaf, neu dewiswch ffolder arall gyda --data-dir.</translation>
    </message>
    <message>
        <source>{path}: the data folder cannot be created ({detail}).</source>
        <translation>{path}: does dim modd creu&apos;r ffolder data ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the data folder is read-only.</source>
        <translation>{path}: mae&apos;r ffolder data yn ddarllen-yn-unig.</translation>
    </message>
    <message>
        <source>{path}: the data folder cannot be written ({detail}); is it read-only?</source>
        <translation>{path}: does dim modd ysgrifennu i&apos;r ffolder data ({detail}); ydy hi&apos;n ddarllen-yn-unig?</translation>
    </message>
    <message>
        <source>{path} is in use by another program, such as a database browser, a sync client or a virus scan. It is not damaged and was left untouched.</source>
        <translation>Mae {path} yn cael ei ddefnyddio gan raglen arall, fel porwr cronfa ddata, cleient cysoni neu sgan firws. Nid yw wedi&apos;i ddifrodi ac ni chafodd ei newid.</translation>
    </message>
    <message>
        <source>{path} has a write-ahead log beside it ({wal}) that belongs to another store file (a copy from elsewhere, or left from before a backup was copied over the store): opening them together would mix two stores&apos; workshops. Both files were left exactly as they are. Move {wal} out of the folder to open the store without it, or restore a backup.</source>
        <translation>{path}: Mae log ysgrifennu-ymlaen wrth ei ymyl ({wal}) sy’n perthyn i ffeil storfa arall (copi o rywle arall, neu un a adawyd o’r adeg cyn i gopi wrth gefn gael ei gopïo dros y storfa): byddai eu hagor gyda’i gilydd yn cymysgu gweithdai dwy storfa. Gadawyd y ddwy ffeil yn union fel yr oeddent. Symudwch {wal} allan o’r ffolder i agor y storfa hebddo, neu adferwch gopi wrth gefn.</translation>
    </message>
    <message>
        <source>{path} is in use by another program (process {process}), such as a database browser, a sync client or a virus scan. It is not damaged and was left untouched.</source>
        <translation>Mae {path} yn cael ei ddefnyddio gan raglen arall (proses {process}), fel porwr cronfa ddata, cleient cysoni neu sgan firws. Nid yw wedi&apos;i ddifrodi ac ni chafodd ei newid.</translation>
    </message>
    <message>
        <source>{path} could not be brought up to date ({detail}); rolled back: nothing was changed.</source>
        <translation>Methu diweddaru {path} ({detail}); cafodd ei ddadwneud: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{path}: {backup} could not be restored ({detail}); the file was left as it was.</source>
        <translation>{path}: methu adfer {backup} ({detail}); cafodd y ffeil ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>{path} could not be set aside ({detail}); it was left as it was.</source>
        <translation>Methu rhoi {path} o&apos;r neilltu ({detail}); cafodd ei adael fel yr oedd.</translation>
    </message>
    <message>
        <source>{path} opens normally: there is nothing to set aside.</source>
        <translation>Mae {path} yn agor fel arfer: does dim i&apos;w roi o&apos;r neilltu.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: there is no automatic backup in {backups}. The file was left as it was.</source>
        <translation>Does dim modd adfer {path}: does dim copi wrth gefn awtomatig yn {backups}. Cafodd y ffeil ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: none of the automatic backups in {backups} passes its integrity check ({count} checked). The file was left as it was.</source>
        <translation>Does dim modd adfer {path}: nid yw&apos;r un o&apos;r copïau wrth gefn awtomatig yn {backups} yn pasio ei wiriad cyfanrwydd ({count} wedi&apos;u gwirio). Cafodd y ffeil ei gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}</source>
        <translation>Does dim modd adfer {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not one of this data folder&apos;s automatic backups (see restore --list; they are in {backups}).</source>
        <translation>Nid yw {path} yn un o gopïau wrth gefn awtomatig y ffolder data hon (gweler restore --list; maen nhw yn {backups}).</translation>
    </message>
    <message>
        <source>It is not a CoProd Desktop store.</source>
        <translation>Nid storfa CoProd Desktop yw hi.</translation>
    </message>
    <message>
        <source>It fails its integrity check ({detail}).</source>
        <translation>Mae&apos;n methu ei gwiriad cyfanrwydd ({detail}).</translation>
    </message>
    <message>
        <source>It has an unknown schema version.</source>
        <translation>Mae ganddi fersiwn sgema anhysbys.</translation>
    </message>
    <message>
        <source>It cannot be read ({detail}).</source>
        <translation>Does dim modd ei darllen ({detail}).</translation>
    </message>
    <message>
        <source>The automatic backups in {path} cannot be read ({detail}).</source>
        <translation>Does dim modd darllen y copïau wrth gefn awtomatig yn {path} ({detail}).</translation>
    </message>
    <message>
        <source>The automatic backups in {path} could not all be rewritten ({detail}).</source>
        <translation>Methu ailysgrifennu pob un o&apos;r copïau wrth gefn awtomatig yn {path} ({detail}).</translation>
    </message>
    <message>
        <source>Workshop {uid} is still in the store; delete it first (delete ID --purge-backups does both).</source>
        <translation>Mae gweithdy {uid} yn y storfa o hyd; dilëwch ef yn gyntaf (mae delete ID --purge-backups yn gwneud y ddau).</translation>
    </message>
    <message>
        <source>{path} was left by an interrupted restore and cannot be read; nothing was changed. Ask for help before deleting it.</source>
        <translation>Cafodd {path} ei adael gan adfer a dorrwyd ar ei draws ac nid oes modd ei ddarllen; ni newidiwyd dim. Gofynnwch am help cyn ei ddileu.</translation>
    </message>
    <message>
        <source>“{text}” is not a database URL; write postgresql+psycopg://USER@HOST/DATABASE or sqlite:///PATH.</source>
        <translation>Nid URL cronfa ddata yw “{text}”; ysgrifennwch postgresql+psycopg://USER@HOST/DATABASE neu sqlite:///PATH.</translation>
    </message>
    <message>
        <source>A SQLite organisation store needs a file: sqlite:///PATH.</source>
        <translation>Mae angen ffeil ar storfa SQLite y sefydliad: sqlite:///PATH.</translation>
    </message>
    <message>
        <source>“{backend}” databases are not supported; use PostgreSQL 15 or newer, or SQLite.</source>
        <translation>Nid yw cronfeydd data “{backend}” yn cael eu cefnogi; defnyddiwch PostgreSQL 15 neu fwy newydd, neu SQLite.</translation>
    </message>
    <message>
        <source>The URL contains a password; remove it and set PGPASSWORD, or store it in the system keyring (service “{service}”) so it is never written to a file.</source>
        <translation>Mae&apos;r URL yn cynnwys cyfrinair; tynnwch ef a gosodwch PGPASSWORD, neu cadwch ef yng nghylch allweddi&apos;r system (gwasanaeth “{service}”) fel nad yw byth yn cael ei ysgrifennu i ffeil.</translation>
    </message>
    <message>
        <source>sslmode={mode} would send workshop data to {host} unencrypted; use sslmode=verify-full (the default), or ask IT whether an unencrypted connection is acceptable (--allow-plaintext, or the box in Settings).</source>
        <translation>Byddai sslmode={mode} yn anfon data&apos;r gweithdy i {host} heb ei amgryptio; defnyddiwch sslmode=verify-full (y rhagosodiad), neu gofynnwch i TG a yw cysylltiad heb ei amgryptio yn dderbyniol (--allow-plaintext, neu&apos;r blwch yn y Gosodiadau).</translation>
    </message>
    <message>
        <source>The system keyring could not keep the password ({detail}); nothing was saved. Set PGPASSWORD instead, or ask IT to set up the system keyring.</source>
        <translation>Ni allai allweddgylch y system gadw&apos;r cyfrinair ({detail}); ni chadwyd dim. Gosodwch PGPASSWORD yn lle hynny, neu gofynnwch i TG osod allweddgylch y system.</translation>
    </message>
    <message>
        <source>The organisation store {where} refused: the database role may not do this ({detail}); see docs/organisation-store.md for the publisher&apos;s rights.</source>
        <translation>Gwrthododd storfa&apos;r sefydliad {where}: ni chaiff rôl y gronfa ddata wneud hyn ({detail}); gweler docs/organisation-store.md am hawliau&apos;r cyhoeddwr.</translation>
    </message>
    <message>
        <source>The organisation store {where} could not be used ({detail}).</source>
        <translation>Methu defnyddio storfa&apos;r sefydliad {where} ({detail}).</translation>
    </message>
    <message>
        <source>The organisation store {where} was upgraded by a newer CoProd Desktop (schema {revision}); install that version.</source>
        <translation>Cafodd storfa&apos;r sefydliad {where} ei huwchraddio gan fersiwn mwy newydd o CoProd Desktop (sgema {revision}); gosodwch y fersiwn honno.</translation>
    </message>
    <message>
        <source>The organisation store {where} is empty; someone with the database owner&apos;s rights must run `coprod-desktop org-upgrade --to URL` first.</source>
        <translation>Mae storfa&apos;r sefydliad {where} yn wag; rhaid i rywun â hawliau perchennog y gronfa ddata redeg `coprod-desktop org-upgrade --to URL` yn gyntaf.</translation>
    </message>
    <message>
        <source>The organisation store {where} has the older schema {revision}; someone with the database owner&apos;s rights must run `coprod-desktop org-upgrade --to URL` first.</source>
        <translation>Mae gan storfa&apos;r sefydliad {where} yr hen sgema {revision}; rhaid i rywun â hawliau perchennog y gronfa ddata redeg `coprod-desktop org-upgrade --to URL` yn gyntaf.</translation>
    </message>
    <message>
        <source>Database roles exist on PostgreSQL only; a SQLite file has none.</source>
        <translation>Ar PostgreSQL yn unig y mae rolau cronfa ddata; does dim rolau gan ffeil SQLite.</translation>
    </message>
    <message>
        <source>There is no database role “{role}”; create it first (CREATE ROLE {quoted} LOGIN PASSWORD &apos;…&apos;).</source>
        <translation>Does dim rôl cronfa ddata “{role}”; crëwch hi yn gyntaf (CREATE ROLE {quoted} LOGIN PASSWORD &apos;…&apos;).</translation>
    </message>
    <message>
        <source>“{title}” was not published: the organisation store already has revision {head}, published from another laptop since revision {parent} that this laptop last published or merged. Nothing was changed. Merge the two first (coprod-desktop merge {id} --published), choose where ratings differ, then publish again.</source>
        <translation>Ni chafodd “{title}” ei gyhoeddi: mae gan storfa&apos;r sefydliad eisoes fersiwn {head}, a gyhoeddwyd o liniadur arall ers fersiwn {parent} a gyhoeddwyd neu a gyfunwyd ddiwethaf o&apos;r gliniadur hwn. Ni newidiwyd dim. Cyfunwch y ddau yn gyntaf (coprod-desktop merge {id} --published), dewiswch lle mae&apos;r sgorau&apos;n wahanol, yna cyhoeddwch eto.</translation>
    </message>
    <message>
        <source>“{title}” was not published: the organisation store already has revision {head}, published from another laptop, and this laptop&apos;s copy was never merged with it. Nothing was changed. Merge the two first (coprod-desktop merge {id} --published), choose where ratings differ, then publish again.</source>
        <translation>Ni chafodd “{title}” ei gyhoeddi: mae gan storfa&apos;r sefydliad eisoes fersiwn {head}, a gyhoeddwyd o liniadur arall, ac ni chafodd copi&apos;r gliniadur hwn erioed ei gyfuno â hi. Ni newidiwyd dim. Cyfunwch y ddau yn gyntaf (coprod-desktop merge {id} --published), dewiswch lle mae&apos;r sgorau&apos;n wahanol, yna cyhoeddwch eto.</translation>
    </message>
    <message>
        <source>“{title}” was withdrawn from the organisation store, so it is not published again. Ask whoever manages the store if it should come back.</source>
        <translation>Cafodd “{title}” ei dynnu&apos;n ôl o storfa&apos;r sefydliad, felly nid yw&apos;n cael ei gyhoeddi eto. Gofynnwch i bwy bynnag sy&apos;n rheoli&apos;r storfa a ddylai ddod yn ôl.</translation>
    </message>
    <message>
        <source>Publishing stopped before it was done (exit code {exit_code}); the computer may be short of memory. The workshop being published was left out whole and those before it stay published: publish all again to go on.</source>
        <translation>Daeth y cyhoeddi i ben cyn gorffen (cod gadael {exit_code}); efallai fod y cyfrifiadur yn brin o gof. Cafodd y gweithdy oedd yn cael ei gyhoeddi ei adael allan yn gyfan, ac mae’r rhai a gyhoeddwyd cyn hynny yn dal wedi’u cyhoeddi: cyhoeddwch y cyfan eto i barhau.</translation>
    </message>
    <message>
        <source>“{title}” is not in the organisation store, so there is nothing there to merge; publish it instead.</source>
        <translation>Nid yw “{title}” yn storfa&apos;r sefydliad, felly does dim i&apos;w gyfuno oddi yno; cyhoeddwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>{count} ratings or placements differ between the two copies; choose for each which to keep (nothing was changed).</source>
        <translation>Mae {count} o sgorau neu leoliadau&apos;n wahanol rhwng y ddau gopi; dewiswch ar gyfer pob un pa un i&apos;w gadw (ni newidiwyd dim).</translation>
    </message>
    <message>
        <source>“{theirs}” is another workshop (uid {uid}), not a copy of “{ours}”; import it instead.</source>
        <translation>Gweithdy arall yw “{theirs}” (uid {uid}), nid copi o “{ours}”; mewnforiwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>The two copies use different frameworks ({ours} {ours_version} and {theirs} {theirs_version}), so their ratings do not match.</source>
        <translation>Mae&apos;r ddau gopi&apos;n defnyddio fframweithiau gwahanol ({ours} {ours_version} a {theirs} {theirs_version}), felly nid yw eu sgorau&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>There is no workshop with id {id}.</source>
        <translation>Does dim gweithdy â&apos;r rhif adnabod {id}.</translation>
    </message>
    <message>
        <source>Workshop {id} “{title}” cannot be read: group “{group}”, item {item}: {problem} Another program may have changed the workshops file. The workshop can still be deleted; “check” lists every such problem.</source>
        <translation>Ni ellir darllen gweithdy {id} “{title}”: grŵp “{group}”, eitem {item}: {problem} Efallai fod rhaglen arall wedi newid y ffeil gweithdai. Gellir dileu’r gweithdy o hyd; mae “check” yn rhestru pob problem o’r fath.</translation>
    </message>
    <message>
        <source>Workshop {id} “{title}” cannot be read: {problem} Another program may have changed the workshops file. The workshop can still be deleted; “check” lists every such problem.</source>
        <translation>Ni ellir darllen gweithdy {id} “{title}”: {problem} Efallai fod rhaglen arall wedi newid y ffeil gweithdai. Gellir dileu’r gweithdy o hyd; mae “check” yn rhestru pob problem o’r fath.</translation>
    </message>
    <message>
        <source>There is no framework with key “{key}”.</source>
        <translation>Does dim fframwaith â&apos;r allwedd “{key}”.</translation>
    </message>
    <message>
        <source>The framework “{key}” is built in; duplicate it to make changes.</source>
        <translation>Mae&apos;r fframwaith “{key}” yn rhan o&apos;r rhaglen; gwnewch gopi ohono i wneud newidiadau.</translation>
    </message>
    <message>
        <source>The framework “{key}” is built in, so it cannot be deleted.</source>
        <translation>Mae&apos;r fframwaith “{key}” yn rhan o&apos;r rhaglen, felly does dim modd ei ddileu.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>Nid ffeil yw {path}.</translation>
    </message>
    <message>
        <source>{path} is {megabytes:.1f} MB; the limit is {limit:.0f} MB.</source>
        <translation>Mae {path} yn {megabytes:.1f} MB; y terfyn yw {limit:.0f} MB.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: does dim ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>{path}: a file cannot be written here ({detail}).</source>
        <translation>{path}: does dim modd ysgrifennu ffeil yma ({detail}).</translation>
    </message>
    <message>
        <source>{path} is inside the data folder {folder}, which holds the workshops file, its backups and lock; choose another folder.</source>
        <translation>Mae {path} y tu mewn i&apos;r ffolder data {folder}, sy&apos;n dal ffeil y gweithdai, ei chopïau wrth gefn a&apos;i chlo; dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>{path} is a link to {target}; name the file itself instead.</source>
        <translation>Dolen i {target} yw {path}; enwch y ffeil ei hun yn lle hynny.</translation>
    </message>
    <message>
        <source>{path} is not a plain file (a folder, a device or a pipe); choose a file name.</source>
        <translation>Nid ffeil gyffredin yw {path} (ffolder, dyfais neu bibell); dewiswch enw ffeil.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({detail}).</source>
        <translation>Does dim modd ysgrifennu {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} already exists; use --force to replace it.</source>
        <translation>Mae {path} yn bodoli eisoes; defnyddiwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}).</source>
        <translation>Methu ysgrifennu {path} ({detail}).</translation>
    </message>
    <message>
        <source>Data cannot be exported as “{suffix}”: name the file {known}.</source>
        <translation>Does dim modd allforio data fel “{suffix}”: rhowch yr enw {known} i&apos;r ffeil.</translation>
    </message>
    <message>
        <source>A workshop needs at least one item.</source>
        <translation>Mae angen o leiaf un eitem ar weithdy.</translation>
    </message>
    <message>
        <source>Item {item} is listed twice.</source>
        <translation>Mae eitem {item} wedi&apos;i rhestru ddwywaith.</translation>
    </message>
    <message>
        <source>Item {item} is not in the framework.</source>
        <translation>Nid yw eitem {item} yn y fframwaith.</translation>
    </message>
    <message>
        <source>Item {item} is not in this workshop.</source>
        <translation>Nid yw eitem {item} yn y gweithdy hwn.</translation>
    </message>
    <message>
        <source>A workshop needs 1 to {most} groups.</source>
        <translation>Mae angen rhwng 1 a {most} grŵp ar weithdy.</translation>
    </message>
    <message>
        <source>The group key {key} is used twice.</source>
        <translation>Mae allwedd y grŵp {key} wedi&apos;i defnyddio ddwywaith.</translation>
    </message>
    <message>
        <source>Two groups are called “{name}”.</source>
        <translation>Mae dau grŵp o&apos;r enw “{name}”.</translation>
    </message>
    <message>
        <source>There is no group with key {key}.</source>
        <translation>Does dim grŵp â&apos;r allwedd {key}.</translation>
    </message>
    <message>
        <source>Group “{group}”: the number of participants must be a whole number from 1 to {most:,}.</source>
        <translation>Grŵp “{group}”: rhaid i nifer y cyfranogwyr fod yn rhif cyfan o 1 i {most:,}.</translation>
    </message>
    <message>
        <source>Group “{group}” rates item {item}, which is not in this workshop.</source>
        <translation>Mae grŵp “{group}” yn sgorio eitem {item}, nad yw yn y gweithdy hwn.</translation>
    </message>
    <message>
        <source>An action names a group that is not in this workshop ({key}).</source>
        <translation>Mae cam gweithredu yn enwi grŵp nad yw yn y gweithdy hwn ({key}).</translation>
    </message>
    <message>
        <source>A plan entry names the same group twice.</source>
        <translation>Mae cofnod yn y cynllun yn enwi&apos;r un grŵp ddwywaith.</translation>
    </message>
    <message>
        <source>This workshop would make a workshop file of {megabytes:.1f} MB, and workshop files are limited to {limit:.0f} MB, so no laptop could import it. Leave the private notes out, or shorten the longest notes and lists, then export it again; the report and the data exports still hold everything.</source>
        <translation>Byddai’r gweithdy hwn yn gwneud ffeil gweithdy o {megabytes:.1f} MB, ac mae ffeiliau gweithdy wedi’u cyfyngu i {limit:.0f} MB, felly ni allai unrhyw liniadur ei mewnforio. Gadewch y nodiadau preifat allan, neu byrhewch y nodiadau a’r rhestrau hiraf, yna allforiwch ef eto; mae’r adroddiad a’r allforion data yn dal i gynnwys popeth.</translation>
    </message>
    <message>
        <source>The process making the file stopped before it was done (exit code {exit_code}); the computer may be short of memory. Close other programs and try again.</source>
        <translation>Daeth y broses oedd yn gwneud y ffeil i ben cyn gorffen (cod gadael {exit_code}); efallai fod y cyfrifiadur yn brin o gof. Caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A barrier holds back a stage or a principle, not both: choose one.</source>
        <translation>Mae rhwystr yn dal cam neu egwyddor yn ôl, nid y ddau: dewiswch un.</translation>
    </message>
    <message>
        <source>A barrier log holds at most {most:,} barriers.</source>
        <translation>Gall cofnod rhwystrau ddal {most:,} o rwystrau ar y mwyaf.</translation>
    </message>
    <message>
        <source>A barrier names a group that is not in this workshop ({key}).</source>
        <translation>Mae rhwystr yn enwi grŵp nad yw yn y gweithdy hwn ({key}).</translation>
    </message>
    <message>
        <source>A barrier names principle {principle}, which is not in this workshop&apos;s framework.</source>
        <translation>Mae rhwystr yn enwi egwyddor {principle}, nad yw yn fframwaith y gweithdy hwn.</translation>
    </message>
    <message>
        <source>A group cannot learn from itself: choose another group to learn from ({key}).</source>
        <translation>Ni all grŵp ddysgu ganddo&apos;i hun: dewiswch grŵp arall i ddysgu ganddo ({key}).</translation>
    </message>
    <message>
        <source>A plan holds at most {most:,} entries.</source>
        <translation>Gall cynllun ddal {most:,} o gofnodion ar y mwyaf.</translation>
    </message>
    <message>
        <source>A plan entry names a group that is not in this workshop ({key}).</source>
        <translation>Mae cofnod yn y cynllun yn enwi grŵp nad yw yn y gweithdy hwn ({key}).</translation>
    </message>
    <message>
        <source>A plan entry names item {item}, which is not in this workshop.</source>
        <translation>Mae cofnod yn y cynllun yn enwi eitem {item}, nad yw yn y gweithdy hwn.</translation>
    </message>
    <message>
        <source>An action is about item {item}, which is not in this workshop.</source>
        <translation>Mae cam gweithredu yn ymwneud ag eitem {item}, nad yw yn y gweithdy hwn.</translation>
    </message>
    <message>
        <source>An action is about plan entry {number}, which is not in the training plan.</source>
        <translation>Mae cam gweithredu yn ymwneud â chofnod {number} yn y cynllun, nad yw yn y cynllun hyfforddi.</translation>
    </message>
    <message>
        <source>An action can be about an item or a plan entry, not both.</source>
        <translation>Gall cam gweithredu ymwneud ag eitem neu â chofnod yn y cynllun, nid y ddau.</translation>
    </message>
    <message>
        <source>A parking-lot entry names a group that is not in this workshop ({key}).</source>
        <translation>Mae cofnod yn y maes parcio yn enwi grŵp nad yw yn y gweithdy hwn ({key}).</translation>
    </message>
    <message>
        <source>A view of another group names a group that is not in this workshop ({key}).</source>
        <translation>Mae barn am grŵp arall yn enwi grŵp nad yw yn y gweithdy hwn ({key}).</translation>
    </message>
    <message>
        <source>A group gives its own view of itself by rating the item, not as another&apos;s view.</source>
        <translation>Mae grŵp yn rhoi ei farn amdano&apos;i hun drwy sgorio&apos;r eitem, nid fel barn am grŵp arall.</translation>
    </message>
    <message>
        <source>A view of another group is on item {item}, which is not in this workshop.</source>
        <translation>Mae barn am grŵp arall ar eitem {item}, nad yw yn y gweithdy hwn.</translation>
    </message>
    <message>
        <source>Group {key} gives its view of the same group on item {item} twice.</source>
        <translation>Mae grŵp {key} yn rhoi ei farn am yr un grŵp ar eitem {item} ddwywaith.</translation>
    </message>
    <message>
        <source>The rating is for another item than {item}.</source>
        <translation>Mae&apos;r sgôr ar gyfer eitem wahanol i {item}.</translation>
    </message>
    <message>
        <source>Choose the level the group agrees on first.</source>
        <translation>Dewiswch y lefel y mae&apos;r grŵp yn cytuno arni yn gyntaf.</translation>
    </message>
    <message>
        <source>Item {item}: an agreed rating needs the level now.</source>
        <translation>Eitem {item}: mae angen y lefel nawr ar sgôr y cytunwyd arni.</translation>
    </message>
    <message>
        <source>Item {item}: a skipped item has no dots.</source>
        <translation>Eitem {item}: does dim dotiau ar eitem a hepgorwyd.</translation>
    </message>
    <message>
        <source>Level {level} has a negative count of dots.</source>
        <translation>Mae gan lefel {level} nifer negyddol o ddotiau.</translation>
    </message>
    <message>
        <source>The dots add up to {total}, but the group has {participants} participants.</source>
        <translation>Mae&apos;r dotiau&apos;n dod i {total}, ond mae gan y grŵp {participants} o gyfranogwyr.</translation>
    </message>
    <message>
        <source>{level} is not on the scale: levels run from {lowest} to {highest}.</source>
        <translation>Nid yw {level} ar y raddfa: mae&apos;r lefelau&apos;n mynd o {lowest} i {highest}.</translation>
    </message>
    <message>
        <source>Item {item}: an agreed item needs the level now; type it, or mark the item split.</source>
        <translation>Eitem {item}: mae angen y lefel nawr ar eitem y cytunwyd arni; teipiwch hi, neu nodwch farn ranedig.</translation>
    </message>
    <message>
        <source>A scale needs between 2 and 9 levels.</source>
        <translation>Mae angen rhwng 2 a 9 lefel ar raddfa.</translation>
    </message>
    <message>
        <source>A scale&apos;s levels must count up by one from 0 or more, not {levels}.</source>
        <translation>Rhaid i lefelau graddfa gyfrif i fyny fesul un o 0 neu fwy, nid {levels}.</translation>
    </message>
    <message>
        <source>{value} is outside the scale {lowest}–{highest}.</source>
        <translation>Mae {value} y tu allan i&apos;r raddfa {lowest}–{highest}.</translation>
    </message>
    <message>
        <source>A framework must describe each area once, in order.</source>
        <translation>Rhaid i fframwaith ddisgrifio pob maes unwaith, yn eu trefn.</translation>
    </message>
    <message>
        <source>A framework must describe each of the four stages once, in order.</source>
        <translation>Rhaid i fframwaith ddisgrifio pob un o&apos;r pedwar cam unwaith, yn eu trefn.</translation>
    </message>
    <message>
        <source>A framework needs at least one principle.</source>
        <translation>Mae angen o leiaf un egwyddor ar fframwaith.</translation>
    </message>
    <message>
        <source>A framework needs at least one item.</source>
        <translation>Mae angen o leiaf un eitem ar fframwaith.</translation>
    </message>
    <message>
        <source>There is no item with code {item}.</source>
        <translation>Does dim eitem â&apos;r cod {item}.</translation>
    </message>
    <message>
        <source>There is no principle with code {principle}.</source>
        <translation>Does dim egwyddor â&apos;r cod {principle}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” appears more than once.</source>
        <translation>{field}: mae “{value}” yn ymddangos fwy nag unwaith.</translation>
    </message>
    <message>
        <source>Item {item} names an unknown principle, {principle}.</source>
        <translation>Mae eitem {item} yn enwi egwyddor anhysbys, {principle}.</translation>
    </message>
    <message>
        <source>Item {item}: the required levels must not fall from one stage to the next.</source>
        <translation>Eitem {item}: rhaid i&apos;r lefelau gofynnol beidio â gostwng o un cam i&apos;r nesaf.</translation>
    </message>
    <message>
        <source>An item&apos;s source must name at least one line of the paper, counting from 1.</source>
        <translation>Rhaid i ffynhonnell eitem enwi o leiaf un llinell o&apos;r papur, gan gyfrif o 1.</translation>
    </message>
    <message>
        <source>Item {item}: “{typed}” is not a list of the paper&apos;s line numbers (whole numbers from 1 to 100,000, at most 50, separated by commas).</source>
        <translation>Eitem {item}: nid yw “{typed}” yn rhestr o rifau llinellau&apos;r papur (rhifau cyfan o 1 i 100,000, dim mwy na 50, wedi&apos;u gwahanu gan atalnodau).</translation>
    </message>
    <message>
        <source>Item {item}: a source needs both the paper&apos;s line numbers and its quote.</source>
        <translation>Eitem {item}: mae angen rhifau llinellau&apos;r papur a&apos;r dyfyniad ar ffynhonnell.</translation>
    </message>
    <message>
        <source>The paper&apos;s lines for a role: “{typed}” is not a list of line numbers (whole numbers from 1 to 100,000, at most 50, separated by commas).</source>
        <translation>Llinellau&apos;r papur ar gyfer rôl: nid yw “{typed}” yn rhestr o rifau llinellau (rhifau cyfan o 1 i 100,000, dim mwy na 50, wedi&apos;u gwahanu gan atalnodau).</translation>
    </message>
    <message>
        <source>{entry}: {problem}</source>
        <translation>{entry}: {problem}</translation>
    </message>
    <message>
        <source>Default group {number} has no name in this language: name it, or clear its name in every language to drop it.</source>
        <translation>Nid oes gan grŵp diofyn {number} enw yn yr iaith hon: rhowch enw iddo, neu cliriwch ei enw ym mhob iaith i&apos;w hepgor.</translation>
    </message>
    <message>
        <source>This stage has {count} points; a stage has at most {most}, one a line.</source>
        <translation>Mae gan y cam hwn {count} o bwyntiau; mae gan gam {most} ar y mwyaf, un ar bob llinell.</translation>
    </message>
    <message>
        <source>A role is given for “{name}”, which is not one of the default groups.</source>
        <translation>Mae rôl wedi&apos;i rhoi i “{name}”, nad yw&apos;n un o&apos;r grwpiau diofyn.</translation>
    </message>
    <message>
        <source>{language}: {problem}</source>
        <translation>{language}: {problem}</translation>
    </message>
    <message>
        <source>The level words for {area} must cover the same levels as the scale.</source>
        <translation>Rhaid i eiriau&apos;r lefelau ar gyfer {area} gwmpasu&apos;r un lefelau â&apos;r raddfa.</translation>
    </message>
    <message>
        <source>{field}: this must be text.</source>
        <translation>{field}: rhaid i hwn fod yn destun.</translation>
    </message>
    <message>
        <source>{field}: this must not be empty.</source>
        <translation>{field}: ni all hwn fod yn wag.</translation>
    </message>
    <message>
        <source>{field}: this is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>{field}: mae hwn yn {length:,} nod o hyd; y terfyn yw {limit:,}.</translation>
    </message>
    <message>
        <source>{field}: this contains the control character {character}.</source>
        <translation>{field}: mae hwn yn cynnwys y nod rheoli {character}.</translation>
    </message>
    <message>
        <source>{field}: this contains {character}, half of a character pair.</source>
        <translation>{field}: mae hwn yn cynnwys {character}, hanner pâr o nodau.</translation>
    </message>
    <message>
        <source>{source} is {megabytes:.1f} MB; the limit is {limit:.0f} MB.</source>
        <translation>Mae {source} yn {megabytes:.1f} MB; y terfyn yw {limit:.0f} MB.</translation>
    </message>
    <message>
        <source>{source} is empty: it holds no workshop or framework.</source>
        <translation>Mae {source} yn wag: does dim gweithdy na fframwaith ynddo.</translation>
    </message>
    <message>
        <source>{source} is an SQLite database, not a workshop or framework file.</source>
        <translation>Cronfa ddata SQLite yw {source}, nid ffeil gweithdy na fframwaith.</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text (bad byte at offset {offset}).</source>
        <translation>Nid testun UTF-8 yw {source} (beit gwael yn safle {offset}).</translation>
    </message>
    <message>
        <source>{source} is not valid JSON (line {line}, column {column}: {detail}).</source>
        <translation>Nid yw {source} yn JSON dilys (llinell {line}, colofn {column}: {detail}).</translation>
    </message>
    <message>
        <source>{source} is not valid JSON ({detail}).</source>
        <translation>Nid yw {source} yn JSON dilys ({detail}).</translation>
    </message>
    <message>
        <source>{source} contains a number too long to read (thousands of digits).</source>
        <translation>Mae {source} yn cynnwys rhif sy&apos;n rhy hir i&apos;w ddarllen (miloedd o ddigidau).</translation>
    </message>
    <message>
        <source>{source} contains {name}, which is not a valid JSON number.</source>
        <translation>Mae {source} yn cynnwys {name}, nad yw&apos;n rhif JSON dilys.</translation>
    </message>
    <message>
        <source>{source} gives the field “{key}” twice in one object.</source>
        <translation>Mae {source} yn rhoi&apos;r maes “{key}” ddwywaith mewn un gwrthrych.</translation>
    </message>
    <message>
        <source>{source} is nested more than {most} levels deep.</source>
        <translation>Mae {source} wedi&apos;i nythu mwy na {most} lefel o ddyfnder.</translation>
    </message>
    <message>
        <source>{source}{at}: this must be an object, not {kind}.</source>
        <translation>{source}{at}: rhaid i hwn fod yn wrthrych, nid {kind}.</translation>
    </message>
    <message>
        <source>{source}{at}: this has an unknown field, “{field}”.</source>
        <translation>{source}{at}: mae gan hwn faes anhysbys, “{field}”.</translation>
    </message>
    <message>
        <source>{source}{at}: the field “{field}” is missing.</source>
        <translation>{source}{at}: mae&apos;r maes “{field}” ar goll.</translation>
    </message>
    <message>
        <source>{source}{at}: this must be a list, not {kind}.</source>
        <translation>{source}{at}: rhaid i hwn fod yn rhestr, nid {kind}.</translation>
    </message>
    <message>
        <source>{source}{at}: this has {entries:,} entries; the limit is {most:,}.</source>
        <translation>{source}{at}: mae gan hwn {entries:,} o gofnodion; y terfyn yw {most:,}.</translation>
    </message>
    <message>
        <source>{source}{at}: this must be text, not {kind}.</source>
        <translation>{source}{at}: rhaid i hwn fod yn destun, nid {kind}.</translation>
    </message>
    <message>
        <source>{source}{at}: this is {length:,} characters long; the limit is {limit:,}.</source>
        <translation>{source}{at}: mae hwn yn {length:,} nod o hyd; y terfyn yw {limit:,}.</translation>
    </message>
    <message>
        <source>{source}{at}: this contains the control character {character}.</source>
        <translation>{source}{at}: mae hwn yn cynnwys y nod rheoli {character}.</translation>
    </message>
    <message>
        <source>{source}{at}: this contains {character}, half of a character pair, which is not text (the file is damaged).</source>
        <translation>{source}{at}: mae hwn yn cynnwys {character}, hanner pâr o nodau, nad yw&apos;n destun (mae&apos;r ffeil wedi&apos;i difrodi).</translation>
    </message>
    <message>
        <source>{source}{at}: this must be a whole number, not {kind}.</source>
        <translation>{source}{at}: rhaid i hwn fod yn rhif cyfan, nid {kind}.</translation>
    </message>
    <message>
        <source>{source}{at}: {value} is outside {low}–{high}.</source>
        <translation>{source}{at}: mae {value} y tu allan i {low}–{high}.</translation>
    </message>
    <message>
        <source>{source}{at}: this must be true or false, not {kind}.</source>
        <translation>{source}{at}: rhaid i hwn fod yn true neu false, nid {kind}.</translation>
    </message>
    <message>
        <source>{source}{at}: “{text}” is not a date written YYYY-MM-DD.</source>
        <translation>{source}{at}: nid dyddiad ar ffurf BBBB-MM-DD yw “{text}”.</translation>
    </message>
    <message>
        <source>{source}{at}: “{text}” is not a known {what}.</source>
        <translation>{source}{at}: nid yw “{text}” yn {what} hysbys.</translation>
    </message>
    <message>
        <source>{source}{at}: {problem}</source>
        <translation>{source}{at}: {problem}</translation>
    </message>
    <message>
        <source>{source}{at}: this must be “{expected}”: this is not a workshop file.</source>
        <translation>{source}{at}: rhaid i hwn fod yn “{expected}”: nid ffeil gweithdy yw hon.</translation>
    </message>
    <message>
        <source>{source}{at}: this must be “{expected}”: this is a framework file, not a workshop file.</source>
        <translation>{source}{at}: rhaid i hwn fod yn “{expected}”: ffeil fframwaith yw hon, nid ffeil gweithdy.</translation>
    </message>
    <message>
        <source>{source}{at}: this must be “{expected}”: this is not a framework file.</source>
        <translation>{source}{at}: rhaid i hwn fod yn “{expected}”: nid ffeil fframwaith yw hon.</translation>
    </message>
    <message>
        <source>{source}{at}: version {version} is not supported (this app reads versions 1 to {supported}; a newer CoProd Desktop may have written it).</source>
        <translation>{source}{at}: nid yw fersiwn {version} yn cael ei chefnogi (mae&apos;r rhaglen hon yn darllen fersiynau 1 i {supported}; efallai mai fersiwn mwy newydd o CoProd Desktop a&apos;i hysgrifennodd).</translation>
    </message>
    <message>
        <source>{source}{at}: version {version} is not supported (this app reads version {supported}).</source>
        <translation>{source}{at}: nid yw fersiwn {version} yn cael ei chefnogi (mae&apos;r rhaglen hon yn darllen fersiwn {supported}).</translation>
    </message>
    <message>
        <source>{source}{at}: a version {version} framework file cannot have this field (it came with version 2).</source>
        <translation>{source}{at}: ni all ffeil fframwaith fersiwn {version} gynnwys y maes hwn (daeth gyda fersiwn 2).</translation>
    </message>
    <message>
        <source>{source}{at}: this must be letters, digits and hyphens.</source>
        <translation>{source}{at}: rhaid i hwn fod yn llythrennau, digidau a chysylltnodau.</translation>
    </message>
    <message>
        <source>{source}{at}: item {item} is rated a second time.</source>
        <translation>{source}{at}: mae eitem {item} yn cael ei sgorio eilwaith.</translation>
    </message>
    <message>
        <source>{source}{at}: “{level}” is not a level on the scale {lowest}–{highest}.</source>
        <translation>{source}{at}: nid yw “{level}” yn lefel ar y raddfa {lowest}–{highest}.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PDF on {paper} paper (*.pdf)</source>
        <translation>PDF ar bapur {paper} (*.pdf)</translation>
    </message>
    <message>
        <source>Accessible web page (*.html)</source>
        <extracomment>Every format, the first of each export its default.</extracomment>
        <translation>Tudalen we hygyrch (*.html)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV ar gyfer taenlenni (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Data JSON (*.json)</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>Ni chafodd yr adroddiad ei wneud</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Ni chafodd yr adroddiad ei gadw</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Adroddiad wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Exporting the report</source>
        <translation>Yn allforio&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Making the report for “{title}”…</source>
        <translation>Yn gwneud yr adroddiad ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The report for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae&apos;r adroddiad ar gyfer “{title}” wedi&apos;i gadw fel
{path}

Ei agor nawr?</translation>
    </message>
    <message>
        <source>The data was not made</source>
        <translation>Ni chafodd y data eu gwneud</translation>
    </message>
    <message>
        <source>The data was not saved</source>
        <translation>Ni chafodd y data eu cadw</translation>
    </message>
    <message>
        <source>Data saved</source>
        <translation>Data wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>Exporting the data</source>
        <translation>Yn allforio&apos;r data</translation>
    </message>
    <message>
        <source>Making the data for “{title}”…</source>
        <translation>Yn gwneud y data ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The data for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae&apos;r data ar gyfer “{title}” wedi&apos;u cadw fel
{path}

Eu hagor nawr?</translation>
    </message>
    <message>
        <source>The blank form was not made</source>
        <translation>Ni chafodd y ffurflen wag ei gwneud</translation>
    </message>
    <message>
        <source>The blank form was not saved</source>
        <translation>Ni chafodd y ffurflen wag ei chadw</translation>
    </message>
    <message>
        <source>Blank form saved</source>
        <translation>Ffurflen wag wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Exporting the blank form</source>
        <translation>Yn allforio&apos;r ffurflen wag</translation>
    </message>
    <message>
        <source>Making the blank form for “{title}”…</source>
        <translation>Yn gwneud y ffurflen wag ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The blank form for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae&apos;r ffurflen wag ar gyfer “{title}” wedi&apos;i chadw fel
{path}

Ei hagor nawr?</translation>
    </message>
    <message>
        <source>The participants&apos; sheet was not made</source>
        <translation>Ni wnaed taflen y cyfranogwyr</translation>
    </message>
    <message>
        <source>The participants&apos; sheet was not saved</source>
        <translation>Ni chadwyd taflen y cyfranogwyr</translation>
    </message>
    <message>
        <source>Participants&apos; sheet saved</source>
        <translation>Taflen y cyfranogwyr wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Exporting the participants&apos; sheet</source>
        <translation>Yn allforio taflen y cyfranogwyr</translation>
    </message>
    <message>
        <source>Making the participants&apos; sheet for “{title}”…</source>
        <translation>Yn gwneud taflen y cyfranogwyr ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The participants&apos; sheet for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae taflen y cyfranogwyr ar gyfer “{title}” wedi&apos;i chadw fel
{path}

Ei hagor nawr?</translation>
    </message>
    <message>
        <source>Export the report of “{title}”</source>
        <extracomment>The paper sizes a PDF is offered on, as the save dialog names them. Each export&apos;s messages as whole sentences (Welsh mutates the noun, so no &quot;{what}&quot; slots).</extracomment>
        <translation>Allforio adroddiad “{title}”</translation>
    </message>
    <message>
        <source>Save a blank form for “{title}”</source>
        <translation>Cadw ffurflen wag ar gyfer “{title}”</translation>
    </message>
    <message>
        <source>{title} form</source>
        <translation>Ffurflen {title}</translation>
    </message>
    <message>
        <source>Save the participants&apos; sheet for “{title}”</source>
        <translation>Cadw taflen y cyfranogwyr ar gyfer “{title}”</translation>
    </message>
    <message>
        <source>{title} what you told us</source>
        <translation>{title} beth ddywedoch chi wrthym ni</translation>
    </message>
    <message>
        <source>Export the data of “{title}”</source>
        <translation>Allforio data “{title}”</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Disodli&apos;r ffeil?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>Mae {path} yn bodoli&apos;n barod. Ei disodli?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>Nid oedd modd agor y ffeil</translation>
    </message>
    <message>
        <source>No app on this computer opened {name}. It is saved in {folder}.</source>
        <translation>Ni wnaeth unrhyw ap ar y cyfrifiadur hwn agor {name}. Mae wedi&apos;i chadw yn {folder}.</translation>
    </message>
    <message>
        <source>Nothing was written.

{problem}</source>
        <translation>Ni ysgrifennwyd dim.

{problem}</translation>
    </message>
    <message>
        <source>unexpected error ({problem})</source>
        <translation>gwall annisgwyl ({problem})</translation>
    </message>
    <message>
        <source>The organisation report was not saved</source>
        <extracomment>Light (not ready) to mid blue (ready): black text stays above 6:1 contrast on every shade.</extracomment>
        <translation>Ni chafodd adroddiad y sefydliad ei gadw</translation>
    </message>
    <message>
        <source>Organisation report saved</source>
        <translation>Adroddiad y sefydliad wedi’i gadw</translation>
    </message>
    <message>
        <source>Saving the organisation report</source>
        <translation>Yn cadw adroddiad y sefydliad</translation>
    </message>
    <message>
        <source>Making the organisation report from {title}…</source>
        <translation>Yn gwneud adroddiad y sefydliad o {title}…</translation>
    </message>
    <message>
        <source>The organisation report is saved as
{path}

Open it now?</source>
        <translation>Mae adroddiad y sefydliad wedi’i gadw fel
{path}

Ei agor nawr?</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ychwanegu eitem</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i l&amp;awr</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <extracomment>Development activities an item may suggest in the editor (more when a framework has more).</extracomment>
        <translation>&amp;Cod:</translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation>&amp;Maes:</translation>
    </message>
    <message>
        <source>&amp;Principle:</source>
        <translation>E&amp;gwyddor:</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Easy Read</source>
        <translation>Hawdd ei Ddarllen</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Gweithgaredd {number}</translation>
    </message>
    <message>
        <source>Kind of activity {number}</source>
        <translation>Math o weithgaredd {number}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Where the item comes from in the method&apos;s paper (leave both blank if it does not): the line numbers of the paper&apos;s text, and the quote in the paper&apos;s own words.</source>
        <translation>O ble y daw&apos;r eitem ym mhapur y dull (gadewch y ddau&apos;n wag os nad yw&apos;n dod ohono): rhifau llinellau testun y papur, a&apos;r dyfyniad yng ngeiriau&apos;r papur ei hun.</translation>
    </message>
    <message>
        <source>Paper&apos;s l&amp;ines:</source>
        <translation>&amp;Llinellau&apos;r papur:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>Dyfy&amp;niad:</translation>
    </message>
    <message>
        <source>Quote from the paper</source>
        <translation>Dyfyniad o&apos;r papur</translation>
    </message>
    <message>
        <source>The level each item needs at each stage. A group&apos;s needed levels are filled in from its role&apos;s row, or from the first row when it has no role. Levels must not fall from one stage to the next.</source>
        <translation>Y lefel sydd ei hangen ar bob eitem ym mhob cam. Caiff lefelau angenrheidiol grŵp eu llenwi o res ei rôl, neu o&apos;r rhes gyntaf pan nad oes ganddo rôl. Rhaid i&apos;r lefelau beidio â gostwng o un cam i&apos;r nesaf.</translation>
    </message>
    <message>
        <source>Every role</source>
        <translation>Pob rôl</translation>
    </message>
    <message>
        <source>&amp;Every role</source>
        <translation>&amp;Pob rôl</translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation>Ffeiliau fframwaith (*.json)</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Fframweithiau</translation>
    </message>
    <message>
        <source>A workshop keeps the framework as it was when the workshop was created: editing a framework never changes past workshops. The built-in frameworks cannot be changed: duplicate one to tailor it. A copy keeps its Welsh version beside it.</source>
        <translation>Mae gweithdy&apos;n cadw&apos;r fframwaith fel yr oedd pan grëwyd y gweithdy: nid yw golygu fframwaith byth yn newid gweithdai&apos;r gorffennol. Ni ellir newid y fframweithiau adeiledig: dyblygwch un i&apos;w addasu. Mae copi&apos;n cadw ei fersiwn Gymraeg wrth ei ochr.</translation>
    </message>
    <message>
        <source>&amp;Duplicate to tailor</source>
        <translation>&amp;Dyblygu i&apos;w addasu</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>adeiledig</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>golygadwy</translation>
    </message>
    <message>
        <source>The framework was not copied</source>
        <translation>Ni chopïwyd y fframwaith</translation>
    </message>
    <message>
        <source>The framework cannot be opened</source>
        <translation>Does dim modd agor y fframwaith</translation>
    </message>
    <message>
        <source>Export a framework</source>
        <translation>Allforio fframwaith</translation>
    </message>
    <message>
        <source>The framework was not written</source>
        <translation>Ni ysgrifennwyd y fframwaith</translation>
    </message>
    <message>
        <source>Import a framework</source>
        <translation>Mewnforio fframwaith</translation>
    </message>
    <message>
        <source>The framework was not imported</source>
        <translation>Ni fewnforiwyd y fframwaith</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Framework: {name}</source>
        <translation>Fframwaith: {name}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Needed levels</source>
        <translation>Lefelau angenrheidiol</translation>
    </message>
    <message>
        <source>Level words</source>
        <translation>Geiriau&apos;r lefelau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Testunau</translation>
    </message>
    <message>
        <source>Roles and groups</source>
        <translation>Rolau a grwpiau</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Cau heb gadw?</translation>
    </message>
    <message>
        <source>Your changes to this framework are not saved.</source>
        <translation>Nid yw eich newidiadau i&apos;r fframwaith hwn wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Words for</source>
        <translation>Geiriau ar gyfer</translation>
    </message>
    <message>
        <source>The scale (skills)</source>
        <translation>Y raddfa (sgiliau)</translation>
    </message>
    <message>
        <source>This area has its &amp;own words</source>
        <translation>Mae gan y maes hwn ei eiriau ei h&amp;un</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Lefel {level}</translation>
    </message>
    <message>
        <source>Level {level}, meaning</source>
        <translation>Lefel {level}, ystyr</translation>
    </message>
    <message>
        <source>Level {level}, Easy Read</source>
        <translation>Lefel {level}, Hawdd ei Ddarllen</translation>
    </message>
    <message>
        <source>Words &amp;for:</source>
        <translation>Geiriau a&amp;r gyfer:</translation>
    </message>
    <message>
        <source>Why each group role needs the levels it does (its row on the Needed levels page), and the lines of the method&apos;s paper that say so.</source>
        <extracomment>Blank rows offered below a framework&apos;s default groups, to add more. The framework file&apos;s limit on default groups.</extracomment>
        <translation>Pam mae angen ei lefelau ar bob rôl grŵp (ei rhes ar y dudalen Lefelau angenrheidiol), a llinellau papur y dull sy&apos;n dweud hynny.</translation>
    </message>
    <message>
        <source>Role no&amp;tes</source>
        <translation>&amp;Nodiadau&apos;r rolau</translation>
    </message>
    <message>
        <source>&amp;Groups a new workshop starts with</source>
        <translation>&amp;Grwpiau y mae gweithdy newydd yn dechrau gyda nhw</translation>
    </message>
    <message>
        <source>A new workshop offers these groups, each with its role. Clear a group&apos;s names to drop it; type in a blank row to add one.</source>
        <translation>Mae gweithdy newydd yn cynnig y grwpiau hyn, pob un gyda&apos;i rôl. Cliriwch enwau grŵp i&apos;w hepgor; teipiwch mewn rhes wag i ychwanegu un.</translation>
    </message>
    <message>
        <source>{role}: the paper&apos;s lines</source>
        <translation>{role}: llinellau&apos;r papur</translation>
    </message>
    <message>
        <source>The paper&apos;s lines, e.g. 95, 114</source>
        <translation>Llinellau&apos;r papur, e.e. 95, 114</translation>
    </message>
    <message>
        <source>Paper&apos;s lines</source>
        <translation>Llinellau&apos;r papur</translation>
    </message>
    <message>
        <source>Group {number}, name ({language})</source>
        <translation>Grŵp {number}, enw ({language})</translation>
    </message>
    <message>
        <source>Group {number}, role</source>
        <translation>Grŵp {number}, rôl</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Dim rôl</translation>
    </message>
    <message>
        <source>Texts of</source>
        <translation>Testunau ar gyfer</translation>
    </message>
    <message>
        <source>This framework</source>
        <translation>Y fframwaith hwn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Points, one a line</source>
        <translation>Pwyntiau, un ar bob llinell</translation>
    </message>
    <message>
        <source>Easy Read title</source>
        <translation>Teitl Hawdd ei Ddarllen</translation>
    </message>
    <message>
        <source>Area: {title}</source>
        <translation>Maes: {title}</translation>
    </message>
    <message>
        <source>Principle {code}: {title}</source>
        <translation>Egwyddor {code}: {title}</translation>
    </message>
    <message>
        <source>Stage: {title}</source>
        <translation>Cam: {title}</translation>
    </message>
    <message>
        <source>&amp;Texts of:</source>
        <translation>Testunau ar &amp;gyfer:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
</context>
<context>
    <name>Frameworks</name>
    <message>
        <source>built-in</source>
        <translation>adeiledig</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>golygadwy</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>eitemau: {count}</translation>
    </message>
    <message>
        <source>Levels for {area}:</source>
        <translation>Lefelau ar gyfer {area}:</translation>
    </message>
    <message>
        <source>Needed levels by stage ({stages}):</source>
        <translation>Lefelau angenrheidiol fesul cam ({stages}):</translation>
    </message>
    <message>
        <source>paper, lines {lines}</source>
        <translation>y papur, llinellau {lines}</translation>
    </message>
    <message>
        <source>every role</source>
        <translation>pob rôl</translation>
    </message>
    <message>
        <source>From the paper, lines {lines}: “{quote}”</source>
        <translation>O&apos;r papur, llinellau {lines}: “{quote}”</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Ysgrifennwyd {path}</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Ratings grid: items by groups</source>
        <translation>Grid sgorau: eitemau fesul grŵp</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>People in the group</source>
        <translation>Pobl yn y grŵp</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Pobl:</translation>
    </message>
    <message>
        <source>&amp;Add a group…</source>
        <translation>Ychw&amp;anegu grŵp…</translation>
    </message>
    <message>
        <source>&amp;Remove this group…</source>
        <translation>Tynnu&apos;&amp;r grŵp hwn…</translation>
    </message>
    <message>
        <source>Remove “{group}” from the workshop</source>
        <translation>Tynnu “{group}” o&apos;r gweithdy</translation>
    </message>
    <message>
        <source>Remove a group</source>
        <translation>Tynnu grŵp</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{group}” and its %n rating(s), with their notes and tallies? Its actions and parked questions stay, for all groups. Ctrl+Z puts it all back.</source>
        <translation>
            <numerusform>Tynnu “{group}” a&apos;i %n sgôr, gyda&apos;u nodiadau a&apos;u cyfrifon? Mae ei gamau gweithredu a&apos;i gwestiynau a barciwyd yn aros, ar gyfer pob grŵp. Mae Ctrl+Z yn rhoi&apos;r cyfan yn ôl.</numerusform>
            <numerusform>Tynnu “{group}” a&apos;i %n sgôr, gyda&apos;u nodiadau a&apos;u cyfrifon? Mae ei gamau gweithredu a&apos;i gwestiynau a barciwyd yn aros, ar gyfer pob grŵp. Mae Ctrl+Z yn rhoi&apos;r cyfan yn ôl.</numerusform>
            <numerusform>Tynnu “{group}” a&apos;i %n sgôr, gyda&apos;u nodiadau a&apos;u cyfrifon? Mae ei gamau gweithredu a&apos;i gwestiynau a barciwyd yn aros, ar gyfer pob grŵp. Mae Ctrl+Z yn rhoi&apos;r cyfan yn ôl.</numerusform>
            <numerusform>Tynnu “{group}” a&apos;i %n sgôr, gyda&apos;u nodiadau a&apos;u cyfrifon? Mae ei gamau gweithredu a&apos;i gwestiynau a barciwyd yn aros, ar gyfer pob grŵp. Mae Ctrl+Z yn rhoi&apos;r cyfan yn ôl.</numerusform>
            <numerusform>Tynnu “{group}” a&apos;i %n sgôr, gyda&apos;u nodiadau a&apos;u cyfrifon? Mae ei gamau gweithredu a&apos;i gwestiynau a barciwyd yn aros, ar gyfer pob grŵp. Mae Ctrl+Z yn rhoi&apos;r cyfan yn ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Ychwanegu grŵp</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Not set</source>
        <extracomment>Rows shown before the list scrolls, and the height each takes.</extracomment>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nifer y bobl</translation>
    </message>
    <message>
        <source>e.g. Front-line staff</source>
        <translation>e.e. Staff rheng flaen</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>The group&apos;s role</source>
        <translation>Rôl y grŵp</translation>
    </message>
    <message>
        <source>The organisation view compares groups with the same role</source>
        <translation>Mae golwg y sefydliad yn cymharu grwpiau sydd â&apos;r un rôl</translation>
    </message>
    <message>
        <source>Stage the group aims for</source>
        <translation>Y cam y mae&apos;r grŵp yn anelu ato</translation>
    </message>
    <message>
        <source>Choosing a stage fills in the levels each item typically needs</source>
        <translation>Mae dewis cam yn llenwi&apos;r lefelau sydd eu hangen fel arfer ar gyfer pob eitem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Tynnu&apos;r grŵp hwn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Aims for</source>
        <translation>Yn anelu at</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Ychwanegu grŵp</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import a workshop file</source>
        <translation>Mewnforio ffeil gweithdy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Sgorau</translation>
    </message>
    <message>
        <source>{rated} of {possible}</source>
        <translation>{rated} o {possible}</translation>
    </message>
    <message>
        <source>Import adds this workshop to your list; the file is not changed. If the workshop is already on this computer, a separate copy is added.</source>
        <translation>Mae Mewnforio yn ychwanegu&apos;r gweithdy hwn at eich rhestr; nid yw&apos;r ffeil yn newid. Os yw&apos;r gweithdy ar y cyfrifiadur hwn yn barod, caiff copi ar wahân ei ychwanegu.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The workshop file ``path`` was added as the workshop with this id (not yet on the undo stack: the listener puts it there).</extracomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Yn darllen {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Yn mewnforio {name}…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
</context>
<context>
    <name>ItemScope</name>
    <message>
        <source>Items in scope</source>
        <translation>Eitemau i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} items in scope</source>
        <translation>
            <numerusform>%n o {total} eitem i&apos;w cynnwys</numerusform>
            <numerusform>%n o {total} eitem i&apos;w cynnwys</numerusform>
            <numerusform>%n o {total} eitem i&apos;w cynnwys</numerusform>
            <numerusform>%n o {total} eitem i&apos;w cynnwys</numerusform>
            <numerusform>%n o {total} eitem i&apos;w cynnwys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Capture</source>
        <extracomment>Windows: the keyboard scan code (set 1) of the digit row. macOS: the virtual key code (kVK_ANSI_1 …), a position on the keyboard, not a character. Where the window system gives no key code (tests, VNC, the offscreen platform): the characters Shift+digit types on US and UK keyboards.</extracomment>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Where the group is now (agreed)</source>
        <translation>Ble mae&apos;r grŵp nawr (wedi cytuno)</translation>
    </message>
    <message>
        <source>Where it needs to be</source>
        <translation>Ble mae angen iddo fod</translation>
    </message>
    <message>
        <source>Split: no consensus yet (then type the tally)</source>
        <translation>Rhanedig: dim consensws eto (yna teipiwch y cyfrif)</translation>
    </message>
    <message>
        <source>Agreed after all</source>
        <translation>Wedi cytuno wedi&apos;r cyfan</translation>
    </message>
    <message>
        <source>Skip this item</source>
        <translation>Hepgor yr eitem hon</translation>
    </message>
    <message>
        <source>Clear this item&apos;s rating</source>
        <translation>Clirio sgôr yr eitem hon</translation>
    </message>
    <message>
        <source>Type the tally (dots at each level)</source>
        <translation>Teipio&apos;r cyfrif (dotiau ar bob lefel)</translation>
    </message>
    <message>
        <source>Note for the room / private note</source>
        <translation>Nodyn i&apos;r ystafell / nodyn preifat</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Dadwneud, ail-wneud</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Next item (Enter in a note or the tally saves it first)</source>
        <translation>Eitem nesaf (mae Enter mewn nodyn neu yn y cyfrif yn ei gadw&apos;n gyntaf)</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Eitem flaenorol</translation>
    </message>
    <message>
        <source>Next / previous group</source>
        <translation>Grŵp nesaf / blaenorol</translation>
    </message>
    <message>
        <source>Switch running order: group by group ⇄ item by item</source>
        <translation>Newid y drefn: fesul grŵp ⇄ fesul eitem</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <source>Reveal / hide the agreed result</source>
        <translation>Datgelu / cuddio&apos;r canlyniad a gytunwyd</translation>
    </message>
    <message>
        <source>Curtain: blank the projector, or open it again</source>
        <translation>Llen: gwagio&apos;r taflunydd, neu ei agor eto</translation>
    </message>
    <message>
        <source>Freeze the projector while you type, or unfreeze</source>
        <translation>Rhewi&apos;r taflunydd tra byddwch yn teipio, neu ei ddadrewi</translation>
    </message>
    <message>
        <source>Title, stages, item, group summary, closing, results slide</source>
        <translation>Teitl, camau, eitem, crynodeb y grŵp, cloi, sleid canlyniadau</translation>
    </message>
    <message>
        <source>The training plan, for the close of the day</source>
        <translation>Y cynllun hyfforddi, ar gyfer diwedd y dydd</translation>
    </message>
    <message>
        <source>The barriers still open</source>
        <translation>Y rhwystrau sy&apos;n dal ar agor</translation>
    </message>
    <message>
        <source>Strengths to share: who could help whom</source>
        <translation>Cryfderau i&apos;w rhannu: pwy allai helpu pwy</translation>
    </message>
    <message>
        <source>How others see the group</source>
        <translation>Sut mae eraill yn gweld y grŵp</translation>
    </message>
    <message>
        <source>Next / previous page of a slide set over pages (never by itself)</source>
        <translation>Tudalen nesaf / flaenorol sleid sydd dros sawl tudalen (byth ar ei phen ei hun)</translation>
    </message>
    <message>
        <source>Easy Read wording on / off</source>
        <translation>Geiriad Hawdd ei Ddarllen ymlaen / i ffwrdd</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Cyfnewid sgriniau</translation>
    </message>
    <message>
        <source>At any moment</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>Stage placement: ↑ ↓ choose the stage, Tab the aim, Enter back</source>
        <translation>Lleoli ar y camau: ↑ ↓ dewis y cam, Tab y nod, Enter yn ôl</translation>
    </message>
    <message>
        <source>Add an action (what — who)</source>
        <translation>Ychwanegu cam gweithredu (beth — pwy)</translation>
    </message>
    <message>
        <source>Rename the group or change its size; add a group or remove it</source>
        <translation>Ailenwi&apos;r grŵp neu newid ei faint; ychwanegu grŵp neu ei dynnu</translation>
    </message>
    <message>
        <source>How ready this group thinks the others and the partnership are</source>
        <translation>Pa mor barod y mae&apos;r grŵp hwn yn meddwl yw&apos;r lleill a&apos;r bartneriaeth</translation>
    </message>
    <message>
        <source>Park a question</source>
        <translation>Parcio cwestiwn</translation>
    </message>
    <message>
        <source>When the day must end (the status bar: on track?)</source>
        <translation>Pryd mae&apos;n rhaid i&apos;r diwrnod orffen (y bar statws: ar y trywydd iawn?)</translation>
    </message>
    <message>
        <source>Results: profiles, needs, heat map, stages, change</source>
        <translation>Canlyniadau: proffiliau, anghenion, map gwres, camau, newid</translation>
    </message>
    <message>
        <source>Training plan: make an entry from each need</source>
        <translation>Cynllun hyfforddi o&apos;r anghenion</translation>
    </message>
    <message>
        <source>Barrier log: what stands in the way</source>
        <translation>Cofnod y rhwystrau yn y ffordd</translation>
    </message>
    <message>
        <source>Export the training-needs report (PDF)</source>
        <translation>Allforio&apos;r adroddiad anghenion hyfforddi (PDF)</translation>
    </message>
    <message>
        <source>Back to the capture keys from a note, box or button</source>
        <translation>Yn ôl at y bysellau cofnodi o nodyn, blwch neu fotwm</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Y rhestr hon</translation>
    </message>
    <message>
        <source>Close the workshop, back to the list</source>
        <translation>Cau&apos;r gweithdy, yn ôl i&apos;r rhestr</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>at {now}, aiming for {aim}</source>
        <translation>yn {now}, yn anelu at {aim}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>wedi&apos;i hepgor</translation>
    </message>
    <message>
        <source>now {now}, needs {needed}</source>
        <translation>nawr {now}, angen {needed}</translation>
    </message>
    <message>
        <source>; note: {note}</source>
        <translation>; nodyn: {note}</translation>
    </message>
    <message>
        <source>Merge the two copies</source>
        <translation>Cyfuno&apos;r ddau gopi</translation>
    </message>
    <message>
        <source>What only one copy has is merged as it is. These were captured differently on the two copies: choose which to keep for each. Nothing changes until you choose Merge.</source>
        <translation>Mae&apos;r hyn sydd gan un copi yn unig yn cael ei gyfuno fel y mae. Cofnodwyd y rhain yn wahanol ar y ddau gopi: dewiswch pa un i&apos;w gadw ar gyfer pob un. Does dim yn newid nes i chi ddewis Cyfuno.</translation>
    </message>
    <message>
        <source>Where the copies differ</source>
        <translation>Lle mae&apos;r copïau&apos;n wahanol</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Y gliniadur hwn</translation>
    </message>
    <message>
        <source>The other copy</source>
        <translation>Y copi arall</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stage placement</source>
        <translation>Lleoliad cam</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>This laptop&apos;s</source>
        <translation>Un y gliniadur hwn</translation>
    </message>
    <message>
        <source>The other copy&apos;s</source>
        <translation>Un y copi arall</translation>
    </message>
    <message>
        <source>Keep for {group}, {item}</source>
        <translation>Cadw ar gyfer {group}, {item}</translation>
    </message>
</context>
<context>
    <name>NewWorkshop</name>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <source>e.g. Tenancy support: co-production readiness</source>
        <translation>e.e. Cymorth tenantiaeth: parodrwydd i gyd-gynhyrchu</translation>
    </message>
    <message>
        <source>Town, ward or neighbourhood</source>
        <translation>Tref, ward neu gymdogaeth</translation>
    </message>
    <message>
        <source>e.g. Adult social care (compared across workshops)</source>
        <translation>e.e. Gofal cymdeithasol oedolion (yn cael ei gymharu ar draws gweithdai)</translation>
    </message>
    <message>
        <source>e.g. St Anne&apos;s Community Hall</source>
        <translation>e.e. Neuadd Gymunedol y Santes Ann</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n item(s))</source>
        <translation>
            <numerusform>{name} (%n eitem)</numerusform>
            <numerusform>{name} (%n eitem)</numerusform>
            <numerusform>{name} (%n eitem)</numerusform>
            <numerusform>{name} (%n eitem)</numerusform>
            <numerusform>{name} (%n eitem)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title (needed)</source>
        <translation>Teitl (angenrheidiol)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>About the workshop</source>
        <translation>Am y gweithdy</translation>
    </message>
    <message>
        <source>Groups in the room</source>
        <translation>Grwpiau yn yr ystafell</translation>
    </message>
    <message>
        <source>Each group rates itself. Leave “People” as “Not set” if you don&apos;t know yet.</source>
        <translation>Mae pob grŵp yn sgorio&apos;i hun. Gadewch “Pobl” fel “Heb ei osod” os nad ydych chi&apos;n gwybod eto.</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Creu gweithdy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Untick what this workshop will not cover; move items to set the running order.</source>
        <translation>Dad-diciwch yr hyn na fydd y gweithdy hwn yn ei gynnwys; symudwch eitemau i osod y drefn.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Items in scope</source>
        <translation>Eitemau i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>Please check: {problem}</source>
        <translation>Gwiriwch: {problem}</translation>
    </message>
    <message>
        <source>Items in scope ({chosen} of {total})</source>
        <translation>Eitemau i&apos;w cynnwys ({chosen} o {total})</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>&amp;Organisation</source>
        <extracomment>The laptop&apos;s store; None while the data folder is still opening (nothing to do yet). The workshop chosen in the list, and what to tell the list after a merge (set with the store, by the window).</extracomment>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>Organisation &amp;view…</source>
        <translation>&amp;Golwg y sefydliad…</translation>
    </message>
    <message>
        <source>&amp;Publish all…</source>
        <translation>C&amp;yhoeddi&apos;r cyfan…</translation>
    </message>
    <message>
        <source>&amp;Merge a workshop file…</source>
        <translation>&amp;Cyfuno ffeil gweithdy…</translation>
    </message>
    <message>
        <source>Merge the &amp;newest published copy…</source>
        <translation>Cyfuno&apos;r copi cyhoeddedig &amp;diweddaraf…</translation>
    </message>
    <message>
        <source>Organisation &amp;store…</source>
        <translation>&amp;Storfa&apos;r sefydliad…</translation>
    </message>
    <message>
        <source>Publishing stopped. The workshops published before you cancelled stay published, and the one being published was left out whole. Publish all again to go on.</source>
        <translation>Daeth y cyhoeddi i ben. Mae’r gweithdai a gyhoeddwyd cyn i chi ganslo yn dal wedi’u cyhoeddi, a chafodd yr un oedd yn cael ei gyhoeddi ei adael allan yn gyfan. Cyhoeddwch y cyfan eto i barhau.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message numerus="yes">
        <source>%n more not published: Show Details… says why.</source>
        <translation>
            <numerusform>Ni chyhoeddwyd %n arall: mae Dangos y manylion… yn dweud pam.</numerusform>
            <numerusform>Ni chyhoeddwyd %n arall: mae Dangos y manylion… yn dweud pam.</numerusform>
            <numerusform>Ni chyhoeddwyd %n arall: mae Dangos y manylion… yn dweud pam.</numerusform>
            <numerusform>Ni chyhoeddwyd %n arall: mae Dangos y manylion… yn dweud pam.</numerusform>
            <numerusform>Ni chyhoeddwyd %n arall: mae Dangos y manylion… yn dweud pam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge a workshop file</source>
        <translation>Cyfuno ffeil gweithdy</translation>
    </message>
    <message>
        <source>Choose the workshop to merge into in the list first.</source>
        <translation>Dewiswch y gweithdy i gyfuno iddo yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Workshop files (*.coprod)</source>
        <translation>Ffeiliau gweithdy (*.coprod)</translation>
    </message>
    <message>
        <source>Merge the newest published copy</source>
        <translation>Cyfuno&apos;r copi cyhoeddedig diweddaraf</translation>
    </message>
    <message>
        <source>Publish it again to share the merged workshop.</source>
        <translation>Cyhoeddwch ef eto i rannu&apos;r gweithdy cyfun.</translation>
    </message>
    <message>
        <source>Merged into “{title}”: {count} ratings.</source>
        <translation>Wedi cyfuno i mewn i “{title}”: {count} o raddfeydd.</translation>
    </message>
    <message>
        <source>Organisation view</source>
        <translation>Golwg y sefydliad</translation>
    </message>
    <message>
        <source>Publish all</source>
        <translation>Cyhoeddi&apos;r cyfan</translation>
    </message>
    <message>
        <source>Choose the organisation store first (Organisation → Organisation store…).</source>
        <translation>Dewiswch storfa&apos;r sefydliad yn gyntaf (Sefydliad → Storfa&apos;r sefydliad…).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wrthi&apos;n cyhoeddi…</translation>
    </message>
    <message>
        <source>{done} published or already up to date.</source>
        <translation>{done} wedi&apos;u cyhoeddi neu eisoes yn gyfredol.</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>All localities</source>
        <translation>Pob ardal</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Pob gwasanaeth</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>Pob diben</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Held on or after</source>
        <translation>Wedi&apos;i gynnal ar neu ar ôl</translation>
    </message>
    <message>
        <source>Held on or before</source>
        <translation>Wedi&apos;i gynnal ar neu cyn</translation>
    </message>
    <message>
        <source>What the figures cover</source>
        <translation>Beth mae&apos;r ffigurau&apos;n ei gynnwys</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Ffynhonnell: {0}</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Readiness by locality and group role</source>
        <translation>Parodrwydd fesul ardal a rôl grŵp</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Spread of stages</source>
        <translation>Lledaeniad y camau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Most common needs</source>
        <translation>Anghenion mwyaf cyffredin</translation>
    </message>
    <message>
        <source>Groups with the need</source>
        <translation>Grwpiau â&apos;r angen</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Bwlch cymedrig</translation>
    </message>
    <message>
        <source>Strengths to share</source>
        <translation>Cryfderau i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Strong locality</source>
        <translation>Ardal gryf</translation>
    </message>
    <message>
        <source>Could share with</source>
        <translation>Gallai rannu â</translation>
    </message>
    <message>
        <source>Trend by locality</source>
        <translation>Tuedd fesul ardal</translation>
    </message>
    <message>
        <source>&amp;Readiness</source>
        <translation>&amp;Parodrwydd</translation>
    </message>
    <message>
        <source>St&amp;ages</source>
        <translation>Ca&amp;mau</translation>
    </message>
    <message>
        <source>Common &amp;needs</source>
        <translation>A&amp;nghenion cyffredin</translation>
    </message>
    <message>
        <source>Stren&amp;gths to share</source>
        <translation>C&amp;ryfderau i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Tr&amp;end</source>
        <translation>&amp;Tuedd</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Ardal</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <source>{workshops} workshops, {groups} groups</source>
        <translation>{workshops} gweithdy, {groups} grŵp</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Sylfaen</translation>
    </message>
    <message>
        <source>Follow-up {n}</source>
        <translation>Gweithdy dilynol {n}</translation>
    </message>
    <message>
        <source>Save the organisation report</source>
        <translation>Cadw adroddiad y sefydliad</translation>
    </message>
    <message>
        <source>organisation.pdf</source>
        <translation>sefydliad.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>{title} – overview</source>
        <translation>{title} – trosolwg</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n rating(s) recorded</source>
        <translation>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;i chofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
        </translation>
    </message>
    <message>
        <source>“2 → 4” means the group is at level 2 now and needs level 4. Cells with a gap are shaded and say how big the gap is. “split” means the group did not agree: point at the cell to see the votes.
Levels: {levels}</source>
        <translation>Mae “2 → 4” yn golygu bod y grŵp ar lefel 2 nawr a bod angen lefel 4 arno. Mae celloedd â bwlch wedi&apos;u lliwio ac yn dweud pa mor fawr yw&apos;r bwlch. Mae “rhanedig” yn golygu nad oedd y grŵp yn cytuno: pwyntiwch at y gell i weld y pleidleisiau.
Lefelau: {levels}</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Sgorau</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message numerus="yes">
        <source>Enter %n rating(s) for “{group}” from the paper form</source>
        <translation>
            <numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o&apos;r ffurflen bapur</numerusform>
            <numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o&apos;r ffurflen bapur</numerusform>
            <numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o&apos;r ffurflen bapur</numerusform>
            <numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o&apos;r ffurflen bapur</numerusform>
            <numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o&apos;r ffurflen bapur</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>In the workshop</source>
        <translation>Yn y gweithdy</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>cytunwyd</translation>
    </message>
    <message>
        <source>split</source>
        <translation>rhanedig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hepgorwyd</translation>
    </message>
    <message>
        <source> split</source>
        <translation> rhanedig</translation>
    </message>
    <message>
        <source>Enter from paper forms – {title}</source>
        <extracomment>Saves one group&apos;s entry as one undoable, committed step; returns the workshop as stored. Raises CoprodError (and saves nothing) if it cannot. What has been typed and not yet saved, per group: item code -&gt; row.</extracomment>
        <translation>Rhoi i mewn o ffurflenni papur – {title}</translation>
    </message>
    <message>
        <source>Group whose form you are typing</source>
        <translation>Y grŵp y mae ei ffurflen yn cael ei theipio</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <source>How many items are entered</source>
        <translation>Faint o eitemau sydd wedi&apos;u rhoi i mewn</translation>
    </message>
    <message>
        <source>Type the level now, then the level needed: the next item follows by itself. S marks a split view, K a skipped item, Backspace clears a row, ↑ ↓ move, Ctrl+S saves this group.
Scale: {levels}</source>
        <translation>Teipiwch y lefel nawr, yna&apos;r lefel sydd ei hangen: mae&apos;r eitem nesaf yn dilyn ohoni&apos;i hun. Mae S yn nodi barn ranedig, K eitem a hepgorwyd, mae Backspace yn clirio rhes, ↑ ↓ yn symud, Ctrl+S yn cadw&apos;r grŵp hwn.
Graddfa: {levels}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Save this group (Ctrl+S)</source>
        <translation>Cadw&apos;r grŵp hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Nothing new to save for {group}.</source>
        <translation>Dim byd newydd i&apos;w gadw ar gyfer {group}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rating(s) for {group}. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Wedi cadw %n sgôr ar gyfer {group}. Mae Ctrl+Z yn ei ddadwneud.</numerusform>
            <numerusform>Wedi cadw %n sgôr ar gyfer {group}. Mae Ctrl+Z yn ei ddadwneud.</numerusform>
            <numerusform>Wedi cadw %n sgôr ar gyfer {group}. Mae Ctrl+Z yn ei ddadwneud.</numerusform>
            <numerusform>Wedi cadw %n sgôr ar gyfer {group}. Mae Ctrl+Z yn ei ddadwneud.</numerusform>
            <numerusform>Wedi cadw %n sgôr ar gyfer {group}. Mae Ctrl+Z yn ei ddadwneud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace ratings already in the workshop?</source>
        <translation>Disodli sgorau sydd yn y gweithdy yn barod?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) you typed already have a rating in the workshop: {codes}.

Yes replaces them with what you typed; No keeps them as they are and saves the rest; Cancel goes back to the form.</source>
        <translation>
            <numerusform>Mae gan %n eitem a deipiwyd gennych sgôr yn y gweithdy yn barod: {codes}.

Mae Ydw yn eu disodli â&apos;r hyn a deipiwyd gennych; mae Na yn eu cadw fel y maent ac yn cadw&apos;r gweddill; mae Canslo yn mynd yn ôl i&apos;r ffurflen.</numerusform>
            <numerusform>Mae gan %n eitem a deipiwyd gennych sgôr yn y gweithdy yn barod: {codes}.

Mae Ydw yn eu disodli â&apos;r hyn a deipiwyd gennych; mae Na yn eu cadw fel y maent ac yn cadw&apos;r gweddill; mae Canslo yn mynd yn ôl i&apos;r ffurflen.</numerusform>
            <numerusform>Mae gan %n eitem a deipiwyd gennych sgôr yn y gweithdy yn barod: {codes}.

Mae Ydw yn eu disodli â&apos;r hyn a deipiwyd gennych; mae Na yn eu cadw fel y maent ac yn cadw&apos;r gweddill; mae Canslo yn mynd yn ôl i&apos;r ffurflen.</numerusform>
            <numerusform>Mae gan %n eitem a deipiwyd gennych sgôr yn y gweithdy yn barod: {codes}.

Mae Ydw yn eu disodli â&apos;r hyn a deipiwyd gennych; mae Na yn eu cadw fel y maent ac yn cadw&apos;r gweddill; mae Canslo yn mynd yn ôl i&apos;r ffurflen.</numerusform>
            <numerusform>Mae gan %n eitem a deipiwyd gennych sgôr yn y gweithdy yn barod: {codes}.

Mae Ydw yn eu disodli â&apos;r hyn a deipiwyd gennych; mae Na yn eu cadw fel y maent ac yn cadw&apos;r gweddill; mae Canslo yn mynd yn ôl i&apos;r ffurflen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items on the paper form</source>
        <extracomment>What the style sheet and the item&apos;s frame take of a cell&apos;s width, and of its height.</extracomment>
        <translation>Eitemau ar y ffurflen bapur</translation>
    </message>
    <message>
        <source>{stored} · replaced on save</source>
        <translation>{stored} · i&apos;w disodli wrth gadw</translation>
    </message>
    <message>
        <source>{done} of {total} entered</source>
        <translation>{done} o {total} wedi&apos;u rhoi i mewn</translation>
    </message>
    <message>
        <source> · {n} already in the workshop</source>
        <translation> · {n} yn y gweithdy yn barod</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Cau heb gadw?</translation>
    </message>
    <message>
        <source>What you typed for {groups} is not saved. Close and lose it?</source>
        <translation>Nid yw&apos;r hyn a deipiwyd gennych ar gyfer {groups} wedi&apos;i gadw. Cau a&apos;i golli?</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Plan entry</source>
        <translation>Cofnod yn y cynllun</translation>
    </message>
    <message>
        <source>New plan entry</source>
        <translation>Cofnod newydd yn y cynllun</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Learn from</source>
        <translation>Dysgu gan</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Dewiswch grŵp</translation>
    </message>
    <message>
        <source>{group} (strong on it)</source>
        <translation>{group} (yn gryf ar hyn)</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Pwy sy&apos;n arwain</translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation>Gosod dyddiad</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Angen:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Beth:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>I bwy:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Sut:</translation>
    </message>
    <message>
        <source>Learn from:</source>
        <translation>Dysgu gan:</translation>
    </message>
    <message>
        <source>Who leads:</source>
        <translation>Pwy sy&apos;n arwain:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>For</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <source>Training plan — {title}</source>
        <translation>Cynllun hyfforddi — {title}</translation>
    </message>
    <message>
        <source>Needs without a plan</source>
        <translation>Anghenion heb gynllun</translation>
    </message>
    <message>
        <source>The plan, soonest first</source>
        <translation>Y cynllun, y cynharaf yn gyntaf</translation>
    </message>
    <message>
        <source>Plan this need (Enter)</source>
        <translation>Cynllunio ar gyfer yr angen hwn (Enter)</translation>
    </message>
    <message>
        <source>New entry (N)</source>
        <translation>Cofnod newydd (N)</translation>
    </message>
    <message>
        <source>Change (Enter)</source>
        <translation>Newid (Enter)</translation>
    </message>
    <message>
        <source>Next status (S)</source>
        <translation>Statws nesaf (S)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Tynnu (Del)</translation>
    </message>
    <message>
        <source>Show on the projector (Alt+7)</source>
        <translation>Dangos ar y taflunydd (Alt+7)</translation>
    </message>
    <message>
        <source>{code} {text}
{groups} · gap up to {gap}</source>
        <translation>{code} {text}
{groups} · bwlch hyd at {gap}</translation>
    </message>
    <message>
        <source>Entries in the plan: {entries}. Needs without a plan: {needs}.</source>
        <translation>Cofnodion yn y cynllun: {entries}. Anghenion heb gynllun: {needs}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <extracomment>Columns&apos; widths (the &quot;What&quot; column takes the rest): names and words wrap within them.</extracomment>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Hyfforddi unigol</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Dysgu gan gymheiriaid</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>{method} from {group}</source>
        <translation>{method} o {group}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>dim dyddiad eto</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>skipped</source>
        <translation>hepgorwyd</translation>
    </message>
    <message>
        <source>split {levels}</source>
        <translation>rhanedig {levels}</translation>
    </message>
    <message>
        <source>{levels}  (gap {gap})</source>
        <translation>{levels}  (bwlch {gap})</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Heb ei sgorio eto.</translation>
    </message>
    <message>
        <source>The group skipped this item.</source>
        <translation>Hepgorodd y grŵp yr eitem hon.</translation>
    </message>
    <message>
        <source>Split: the group did not agree.</source>
        <translation>Rhanedig: nid oedd y grŵp yn cytuno.</translation>
    </message>
    <message>
        <source>Now: {level}</source>
        <translation>Nawr: {level}</translation>
    </message>
    <message>
        <source>Needs: {level}</source>
        <translation>Angen: {level}</translation>
    </message>
    <message>
        <source>Gap: {gap}</source>
        <translation>Bwlch: {gap}</translation>
    </message>
    <message numerus="yes">
        <source>level {level}: %n vote(s)</source>
        <translation>
            <numerusform>lefel {level}: %n pleidlais</numerusform>
            <numerusform>lefel {level}: %n pleidlais</numerusform>
            <numerusform>lefel {level}: %n pleidlais</numerusform>
            <numerusform>lefel {level}: %n pleidlais</numerusform>
            <numerusform>lefel {level}: %n pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes: {votes}</source>
        <translation>Pleidleisiau: {votes}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nodyn: {note}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>people not set</source>
        <translation>nifer y bobl heb ei osod</translation>
    </message>
    <message>
        <source>Easy Read: {text}</source>
        <translation>Hawdd ei Ddarllen: {text}</translation>
    </message>
    <message>
        <source>Area: {area}</source>
        <translation>Maes: {area}</translation>
    </message>
    <message>
        <source>Principle {code}: {title}</source>
        <translation>Egwyddor {code}: {title}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Assessment form</source>
        <translation>Ffurflen asesu</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Tudalen {0} o {1}</translation>
    </message>
    <message>
        <source>For each item, tick the level the group is at now and the level it needs to be at, and whether the group agreed, stayed split or skipped it. For a split view, write the dots per level (for example 1:2 2:4 3:3).</source>
        <translation>Ar gyfer pob eitem, ticiwch y lefel y mae&apos;r grŵp arni nawr a&apos;r lefel y mae angen iddo fod arni, ac a oedd y grŵp yn cytuno, yn parhau&apos;n rhanedig neu wedi&apos;i hepgor. Ar gyfer barn ranedig, ysgrifennwch y dotiau fesul lefel (er enghraifft 1:2 2:4 3:3).</translation>
    </message>
    <message>
        <source>Stage placement</source>
        <translation>Lleoliad cam</translation>
    </message>
    <message>
        <source> ({0} participants)</source>
        <translation> ({0} o gyfranogwyr)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Dots (split)</source>
        <translation>Dotiau (rhanedig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Why (in the group&apos;s words)</source>
        <translation>Pam (yng ngeiriau&apos;r grŵp)</translation>
    </message>
    <message>
        <source>Scale: {0}</source>
        <translation>Graddfa: {0}</translation>
    </message>
    <message>
        <source>Stages: {0}</source>
        <translation>Camau: {0}</translation>
    </message>
    <message>
        <source>Where we are now</source>
        <translation>Ble rydym ni nawr</translation>
    </message>
    <message>
        <source>Where we aim to be</source>
        <translation>Ble rydym yn anelu i fod</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>cytuno</translation>
    </message>
    <message>
        <source>split</source>
        <translation>rhanedig</translation>
    </message>
    <message>
        <source>skip</source>
        <extracomment>Marks a split view in the ratings table (as on the heat map).</extracomment>
        <translation>hepgor</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Hyfforddi unigol</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>no date set</source>
        <extracomment>A heading needs this much room under it (points), or it starts the next page. Centred cells up to this many characters are drawn as plain strings. A cell with this much text (a statement or note of thousands of characters, 24 long group names) may make its row taller than a page, so its table may split inside a row.</extracomment>
        <translation>dim dyddiad wedi&apos;i osod</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Whole workshop</source>
        <translation>Y gweithdy cyfan</translation>
    </message>
    <message>
        <source>Co-production readiness across the organisation</source>
        <extracomment>Makes a paragraph of plain text in a named style.</extracomment>
        <translation>Parodrwydd i gyd-gynhyrchu ar draws y sefydliad</translation>
    </message>
    <message>
        <source>Each cell: the share of assessed ratings at or above the level needed, and how many ratings it covers. Darker means readier.</source>
        <translation>Pob cell: cyfran y graddfeydd a aseswyd sydd ar y lefel sydd ei hangen neu uwch, a faint o raddfeydd y mae&apos;n eu cynnwys. Tywyllach yw mwy parod.</translation>
    </message>
    <message>
        <source>Where groups placed themselves.</source>
        <translation>Ble gosododd y grwpiau eu hunain.</translation>
    </message>
    <message>
        <source>Items where most groups are below the level needed.</source>
        <translation>Eitemau lle mae&apos;r rhan fwyaf o grwpiau islaw&apos;r lefel sydd ei hangen.</translation>
    </message>
    <message>
        <source>Items one locality meets widely (75% or more) where another rarely does (50% or less).</source>
        <translation>Eitemau y mae un ardal yn eu cyrraedd yn eang (75% neu fwy) lle mae ardal arall yn anaml yn gwneud hynny (50% neu lai).</translation>
    </message>
    <message>
        <source>Readiness from each baseline through its follow-ups (a follow-up names the workshop it follows up): the share of assessed ratings at or above the level needed, workshops in brackets. Only baselines with a follow-up in view count.</source>
        <translation>Parodrwydd o bob gweithdy sylfaen drwy ei weithdai dilynol (mae gweithdy dilynol yn enwi&apos;r gweithdy y mae&apos;n ei ddilyn): cyfran y sgoriau a aseswyd sydd ar y lefel sydd ei hangen neu uwch, gyda nifer y gweithdai mewn cromfachau. Dim ond gweithdai sylfaen sydd â gweithdy dilynol yn y golwg sy&apos;n cyfrif.</translation>
    </message>
    <message>
        <source>Role not set</source>
        <translation>Rôl heb ei gosod</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>all workshops</source>
        <translation>pob gweithdy</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Groups with the need</source>
        <translation>Grwpiau â&apos;r angen</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Bwlch cymedrig</translation>
    </message>
    <message>
        <source>Strong locality</source>
        <translation>Ardal gryf</translation>
    </message>
    <message>
        <source>Could share with</source>
        <translation>Gallai rannu â</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Sylfaen</translation>
    </message>
    <message>
        <source>Nothing to show for this filter.</source>
        <translation>Dim i&apos;w ddangos ar gyfer yr hidlydd hwn.</translation>
    </message>
    <message>
        <source>Readiness by locality and group role</source>
        <translation>Parodrwydd fesul ardal a rôl grŵp</translation>
    </message>
    <message>
        <source>Spread of stages</source>
        <translation>Lledaeniad y camau</translation>
    </message>
    <message>
        <source>Most common needs</source>
        <translation>Anghenion mwyaf cyffredin</translation>
    </message>
    <message>
        <source>Strengths to share</source>
        <translation>Cryfderau i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Trend by locality</source>
        <translation>Tuedd fesul ardal</translation>
    </message>
    <message>
        <source>localities {0}</source>
        <translation>ardaloedd {0}</translation>
    </message>
    <message>
        <source>services {0}</source>
        <translation>gwasanaethau {0}</translation>
    </message>
    <message>
        <source>purposes {0}</source>
        <translation>dibenion {0}</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>o {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>hyd at {0}</translation>
    </message>
    <message>
        <source>Filter: {0}</source>
        <translation>Hidlydd: {0}</translation>
    </message>
    <message>
        <source>Workshops: {0} · groups: {1}</source>
        <translation>Gweithdai: {0} · grwpiau: {1}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Ffynhonnell: {0}</translation>
    </message>
    <message>
        <source>Made on {0} with CoProd Desktop {1}.</source>
        <translation>Wedi&apos;i wneud ar {0} gyda CoProd Desktop {1}.</translation>
    </message>
    <message>
        <source>Follow-up {n}</source>
        <translation>Gweithdy dilynol {n}</translation>
    </message>
    <message>
        <source>Co-production readiness report</source>
        <translation>Adroddiad parodrwydd cyd-gynhyrchu</translation>
    </message>
    <message>
        <source>Across groups</source>
        <extracomment>The heat maps are a little narrower than the page, so their rows are shorter. Room (points) the section&apos;s title needs under it: its explanation and a few rows of a map.</extracomment>
        <translation>Ar draws grwpiau</translation>
    </message>
    <message>
        <source>For each item, the left panel is the level each group said it is at now; the right panel is its gap, the level needed minus the level now, where it has a training need. A star and hatching mark a split view; a diamond marks a difference between groups, where their own ratings of an item are two or more levels apart, and outlines its lowest and highest cells.</source>
        <translation>Ar gyfer pob eitem, mae&apos;r panel chwith yn dangos y lefel y dywedodd pob grŵp ei fod arni nawr; mae&apos;r panel de yn dangos ei fwlch, y lefel sydd ei hangen llai&apos;r lefel nawr, lle mae ganddo angen hyfforddi. Mae seren a llinellau croes yn nodi barn ranedig; mae diemwnt yn nodi gwahaniaeth rhwng grwpiau, lle mae eu sgorau eu hunain o eitem ddwy lefel neu fwy ar wahân, ac yn amlinellu ei gelloedd isaf ac uchaf.</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (parhad)</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Bwlch mwyaf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Actions and parking lot</source>
        <translation>Camau gweithredu a maes parcio</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Maes parcio</translation>
    </message>
    <message>
        <source>No actions were recorded.</source>
        <translation>Ni chofnodwyd unrhyw gamau gweithredu.</translation>
    </message>
    <message>
        <source>The parking lot is empty.</source>
        <translation>Mae&apos;r maes parcio&apos;n wag.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Am beth</translation>
    </message>
    <message>
        <source>Question or topic to come back to</source>
        <translation>Cwestiwn neu bwnc i ddod yn ôl ato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Notes the room asked to keep are printed with the ratings. The facilitator&apos;s private notes are never printed in this report or included in the data exports.</source>
        <translation>Mae nodiadau y gofynnodd yr ystafell i&apos;w cadw wedi&apos;u hargraffu gyda&apos;r sgorau. Nid yw nodiadau preifat yr hwylusydd byth yn cael eu hargraffu yn yr adroddiad hwn na&apos;u cynnwys yn yr allforion data.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Atodiad</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Graddfa sgorio</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <source>Method note</source>
        <translation>Nodyn ar y dull</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Egwyddor</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Each group agreed, for each item, the level it is at now. Where a group could not agree, its view is recorded as split, with the dot vote behind it, and needs from split views are marked as less certain: dissent is information, not noise.</source>
        <translation>Cytunodd pob grŵp, ar gyfer pob eitem, y lefel y mae arni nawr. Lle nad oedd grŵp yn gallu cytuno, cofnodir ei farn fel un ranedig, gyda&apos;r bleidlais ddotiau y tu ôl iddi, ac mae anghenion o farnau rhanedig wedi&apos;u nodi&apos;n llai sicr: gwybodaeth yw anghytuno, nid sŵn.</translation>
    </message>
    <message>
        <source>Means in profiles are over the items that have the value.</source>
        <translation>Mae cymedrau mewn proffiliau dros yr eitemau sydd â&apos;r gwerth.</translation>
    </message>
    <message>
        <source>This is a follow-up: groups are matched with the baseline by their key, then by name, and change is compared over the items both workshops assessed.</source>
        <translation>Gweithdy dilynol yw hwn: caiff grwpiau eu paru â&apos;r sylfaen yn ôl eu hallwedd, yna yn ôl enw, a chymharir newid dros yr eitemau a aseswyd gan y ddau weithdy.</translation>
    </message>
    <message>
        <source>In this workshop {0} needed levels were chosen by the groups and {1} were filled in from the framework for the group&apos;s aim stage (marked †), {2} of them from the levels for the group&apos;s role.</source>
        <translation>Yn y gweithdy hwn dewiswyd {0} lefel angenrheidiol gan y grwpiau a llenwyd {1} o&apos;r fframwaith ar gyfer cam nod y grŵp (wedi&apos;u nodi †), {2} ohonynt o&apos;r lefelau ar gyfer rôl y grŵp.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Beth mae&apos;n ei olygu</translation>
    </message>
    <message>
        <source>For {0} it was not recorded which.</source>
        <translation>Ar gyfer {0} ni chofnodwyd pa un.</translation>
    </message>
    <message>
        <source>Co-production readiness: results and training needs</source>
        <extracomment>A need every group has is said &quot;all N groups&quot; from this many groups on.</extracomment>
        <translation>Parodrwydd i gyd-gynhyrchu: canlyniadau ac anghenion hyfforddi</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>The baseline workshop “{0}” was rated on another scale ({1}–{2}; this workshop {3}–{4}), so its levels cannot be compared with these: no change is shown.</source>
        <translation>Cafodd y gweithdy sylfaen “{0}” ei sgorio ar raddfa arall ({1}–{2}; y gweithdy hwn {3}–{4}), felly ni ellir cymharu ei lefelau â’r rhai hyn: ni ddangosir unrhyw newid.</translation>
    </message>
    <message>
        <source>Compared with “{0}”, the mean level now changed by group: {1}.</source>
        <translation>O&apos;i gymharu â “{0}”, newidiodd y lefel gymedrig nawr fesul grŵp: {1}.</translation>
    </message>
    <message>
        <source>What changed since the baseline</source>
        <translation>Beth sydd wedi newid ers y sylfaen</translation>
    </message>
    <message>
        <source>Follow-up: distance travelled</source>
        <translation>Gwaith dilynol: y pellter a deithiwyd</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Fesul grŵp</translation>
    </message>
    <message>
        <source>By area, all groups</source>
        <translation>Fesul maes, pob grŵp</translation>
    </message>
    <message>
        <source>Items that changed</source>
        <translation>Eitemau a newidiodd</translation>
    </message>
    <message>
        <source>No group could be matched with a group of the baseline.</source>
        <translation>Nid oedd modd paru unrhyw grŵp â grŵp o&apos;r sylfaen.</translation>
    </message>
    <message>
        <source>Items compared</source>
        <translation>Eitemau a gymharwyd</translation>
    </message>
    <message>
        <source>Mean then</source>
        <translation>Cymedr bryd hynny</translation>
    </message>
    <message>
        <source>Mean now</source>
        <translation>Cymedr nawr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Compared with the baseline workshop “{0}”. Change is the level now minus the level at the baseline, over the items both workshops assessed: a plus sign is progress.</source>
        <translation>O&apos;i gymharu â&apos;r gweithdy sylfaen “{0}”. Newid yw&apos;r lefel nawr llai&apos;r lefel yn y sylfaen, dros yr eitemau a aseswyd gan y ddau weithdy: mae arwydd plws yn golygu cynnydd.</translation>
    </message>
    <message>
        <source>Baseline group</source>
        <translation>Grŵp sylfaen</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Bryd hynny</translation>
    </message>
    <message>
        <source>Up · same · down</source>
        <translation>I fyny · yr un fath · i lawr</translation>
    </message>
    <message>
        <source>Indicative stage then → now</source>
        <translation>Cam dangosol bryd hynny → nawr</translation>
    </message>
    <message>
        <source>Gap then</source>
        <translation>Bwlch bryd hynny</translation>
    </message>
    <message>
        <source>Gap now</source>
        <translation>Bwlch nawr</translation>
    </message>
    <message>
        <source>New since the baseline, so not compared: {0}.</source>
        <translation>Newydd ers y sylfaen, felly heb eu cymharu: {0}.</translation>
    </message>
    <message>
        <source>In the baseline but not here: {0}.</source>
        <translation>Yn y sylfaen ond nid yma: {0}.</translation>
    </message>
    <message>
        <source>{0} other items compared did not change.</source>
        <translation>Ni newidiodd {0} eitem arall a gymharwyd.</translation>
    </message>
    <message>
        <source> (by name)</source>
        <translation> (yn ôl enw)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <source>no items assessed yet</source>
        <extracomment>Marks a needed level filled in from the framework (as on screen and on the projector). The needs shown on a group&apos;s page (all are in the appendix), and activities shown for each. A group starts a new page unless this much room (points) is left under its heading. Items holding a group back shown on its page.</extracomment>
        <translation>dim eitemau wedi&apos;u hasesu eto</translation>
    </message>
    <message>
        <source>not enough ratings yet</source>
        <translation>dim digon o sgorau eto</translation>
    </message>
    <message>
        <source>not yet at the first stage</source>
        <translation>ddim eto ar y cam cyntaf</translation>
    </message>
    <message>
        <source>Top training needs</source>
        <translation>Prif anghenion hyfforddi</translation>
    </message>
    <message>
        <source>Item, a suggested development activity, who could help</source>
        <translation>Eitem, gweithgaredd datblygu a awgrymir, pwy allai helpu</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Split view: less certain&lt;/i&gt;</source>
        <translation>&lt;i&gt;Barn ranedig: llai sicr&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Notes for the room</source>
        <translation>Nodiadau i&apos;r ystafell</translation>
    </message>
    <message>
        <source>Split views</source>
        <translation>Barnau rhanedig</translation>
    </message>
    <message>
        <source>{0} of {1} items assessed</source>
        <translation>{0} o {1} eitem wedi&apos;u hasesu</translation>
    </message>
    <message>
        <source>{0} training needs</source>
        <translation>{0} angen hyfforddi</translation>
    </message>
    <message>
        <source>Placed itself at</source>
        <translation>Wedi&apos;i osod ei hun ar</translation>
    </message>
    <message>
        <source>Aims for</source>
        <translation>Yn anelu at</translation>
    </message>
    <message>
        <source>Indicative stage from the ratings</source>
        <translation>Cam dangosol o&apos;r sgorau</translation>
    </message>
    <message>
        <source>No item is assessed yet, so there is no indicative stage.</source>
        <translation>Nid oes unrhyw eitem wedi&apos;i hasesu eto, felly nid oes cam dangosol.</translation>
    </message>
    <message>
        <source>The ratings meet the required levels of every stage.</source>
        <translation>Mae&apos;r sgorau&apos;n cyrraedd lefelau gofynnol pob cam.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Bwlch</translation>
    </message>
    <message>
        <source>{0} (so {1})</source>
        <translation>{0} (felly {1})</translation>
    </message>
    <message>
        <source>Ratings item by item</source>
        <translation>Sgorau fesul eitem</translation>
    </message>
    <message>
        <source>Items a group could not agree on. Votes are dots per level; Now is their median (half-way between two levels counts as the higher), or the group&apos;s working view when there are no dots. The note keeps the minority&apos;s view.</source>
        <translation>Eitemau na allai grŵp gytuno arnynt. Dotiau fesul lefel yw&apos;r pleidleisiau; Nawr yw eu canolrif (mae hanner ffordd rhwng dwy lefel yn cyfrif fel yr uchaf), neu farn weithio&apos;r grŵp pan nad oes dotiau. Mae&apos;r nodyn yn cadw barn y lleiafrif.</translation>
    </message>
    <message>
        <source>Votes (level: dots)</source>
        <translation>Pleidleisiau (lefel: dotiau)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Canolrif</translation>
    </message>
    <message>
        <source>Each cell is the level the group is at now → the level it needs to be at. Bold: a training need. {0} a split view (see Split views); skip: the group skipped the item; –: not rated.</source>
        <translation>Mae pob cell yn dangos y lefel y mae&apos;r grŵp arni nawr → y lefel y mae angen iddo fod arni. Trwm: angen hyfforddi. {0} barn ranedig (gweler Barnau rhanedig); hepgor: hepgorodd y grŵp yr eitem; –: heb ei sgorio.</translation>
    </message>
    <message>
        <source>Minority view</source>
        <translation>Barn y lleiafrif</translation>
    </message>
    <message>
        <source>{0} participants</source>
        <translation>{0} o gyfranogwyr</translation>
    </message>
    <message>
        <source>{0} split</source>
        <translation>{0} rhanedig</translation>
    </message>
    <message>
        <source>{0} skipped</source>
        <translation>{0} wedi&apos;u hepgor</translation>
    </message>
    <message>
        <source>{0} without a needed level</source>
        <translation>{0} heb lefel angenrheidiol</translation>
    </message>
    <message>
        <source>Group: {0}</source>
        <translation>Grŵp: {0}</translation>
    </message>
    <message>
        <source>Meets {0} of the {1} items needed for {2}.</source>
        <translation>Yn cyrraedd {0} o&apos;r {1} eitem sydd eu hangen ar gyfer {2}.</translation>
    </message>
    <message>
        <source>No training needs: every rating is at or above the level needed.</source>
        <translation>Dim anghenion hyfforddi: mae pob sgôr ar y lefel sydd ei hangen neu&apos;n uwch.</translation>
    </message>
    <message>
        <source>needed level filled in from the framework for the group&apos;s aim stage, not chosen by the group</source>
        <translation>lefel angenrheidiol wedi&apos;i llenwi o&apos;r fframwaith ar gyfer cam nod y grŵp, nid wedi&apos;i dewis gan y grŵp</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>A stage is shown once {0} of the {1} items are assessed; {2} are so far.</source>
        <translation>Dangosir cam pan fo {0} o&apos;r {1} eitem wedi&apos;u hasesu; mae {2} hyd yn hyn.</translation>
    </message>
    <message>
        <source>Below the level for {0} but within the tolerance: {1}.</source>
        <translation>Islaw&apos;r lefel ar gyfer {0} ond o fewn y goddefiant: {1}.</translation>
    </message>
    <message>
        <source>{0} needs every principle to meet it; not yet: {1}.</source>
        <translation>Mae {0} angen i bob egwyddor ei gyrraedd; ddim eto: {1}.</translation>
    </message>
    <message>
        <source>Holding the group back from {0}, these {1} items need to rise:</source>
        <translation>Yn dal y grŵp yn ôl rhag {0}, mae angen i&apos;r {1} eitem hyn godi:</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Fesul maes</translation>
    </message>
    <message>
        <source>By principle</source>
        <translation>Fesul egwyddor</translation>
    </message>
    <message>
        <source>{0} assessed items have no needed level, so their training needs cannot be worked out. Set the group&apos;s aim stage, or choose the needed levels.</source>
        <translation>Nid oes lefel angenrheidiol gan {0} eitem a aseswyd, felly ni ellir cyfrifo eu hanghenion hyfforddi. Gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Awgrym</translation>
    </message>
    <message>
        <source>… and {0} more training needs: every rating is in the appendix, item by item.</source>
        <translation>… a {0} angen hyfforddi arall: mae pob sgôr yn yr atodiad, fesul eitem.</translation>
    </message>
    <message>
        <source>Needed for {0}</source>
        <translation>Angen ar gyfer {0}</translation>
    </message>
    <message>
        <source>… and {0} more: see the appendix, item by item.</source>
        <translation>… a {0} arall: gweler yr atodiad, fesul eitem.</translation>
    </message>
    <message>
        <source> (from {0} of {1} items)</source>
        <translation> (o {0} o {1} eitem)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source> rated {0} items on a scale from {1} ({2}) to {3} ({4}). {5} of {6} ratings are recorded ({7:.0%}); {8} training needs were found.</source>
        <translation> wedi sgorio {0} eitem ar raddfa o {1} ({2}) i {3} ({4}). Mae {5} o {6} sgôr wedi&apos;u cofnodi ({7:.0%}); cafwyd {8} angen hyfforddi.</translation>
    </message>
    <message>
        <source>Indicative stage</source>
        <translation>Cam dangosol</translation>
    </message>
    <message>
        <source>Where each group is</source>
        <translation>Ble mae pob grŵp</translation>
    </message>
    <message>
        <source>The indicative stage is the highest stage whose required levels the group&apos;s ratings already meet: a prompt for discussion beside the stage the group chose, not a verdict.</source>
        <translation>Y cam dangosol yw&apos;r cam uchaf y mae sgorau&apos;r grŵp eisoes yn cyrraedd ei lefelau gofynnol: sbardun i drafod ochr yn ochr â&apos;r cam a ddewisodd y grŵp, nid dyfarniad.</translation>
    </message>
    <message>
        <source>All {0} groups</source>
        <translation>Pob un o&apos;r {0} grŵp</translation>
    </message>
    <message>
        <source>{0} groups</source>
        <translation>{0} grŵp</translation>
    </message>
    <message>
        <source>On {0} items the groups&apos; own ratings are two or more levels apart (see Across groups).</source>
        <translation>Ar {0} eitem mae sgorau&apos;r grwpiau eu hunain ddwy lefel neu fwy ar wahân (gweler Ar draws grwpiau).</translation>
    </message>
    <message>
        <source>{0} assessed ratings have no needed level, so their training needs are not counted: set each group&apos;s aim stage, or choose the needed levels.</source>
        <translation>Nid oes lefel angenrheidiol gan {0} sgôr a aseswyd, felly nid yw eu hanghenion hyfforddi wedi&apos;u cyfrif: gosodwch gam nod pob grŵp, neu dewiswch y lefelau angenrheidiol.</translation>
    </message>
    <message>
        <source> ({0} people)</source>
        <translation> ({0} o bobl)</translation>
    </message>
    <message>
        <source> ({0} of {1} items)</source>
        <translation> ({0} o {1} eitem)</translation>
    </message>
    <message>
        <source>Strengths to share: who could help whom</source>
        <translation>Cryfderau i&apos;w rhannu: pwy allai helpu pwy</translation>
    </message>
    <message>
        <source>None yet: no group is at the top two levels on an item another group needs.</source>
        <translation>Dim eto: nid oes grŵp ar y ddwy lefel uchaf ar eitem y mae grŵp arall ei hangen.</translation>
    </message>
    <message>
        <source>Could help (level now)</source>
        <translation>Gallai helpu (lefel nawr)</translation>
    </message>
    <message>
        <source>Could learn (now → needed)</source>
        <translation>Gallai ddysgu (nawr → angen)</translation>
    </message>
    <message>
        <source>{0} ({1}, split)</source>
        <translation>{0} ({1}, rhanedig)</translation>
    </message>
    <message numerus="yes">
        <source>{closed} of %n need(s) closed since {date}</source>
        <translation>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers {date}</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;i gau ers {date}</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers {date}</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers {date}</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{closed} of %n need(s) closed since the baseline</source>
        <translation>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers y llinell sylfaen</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;i gau ers y llinell sylfaen</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers y llinell sylfaen</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers y llinell sylfaen</numerusform>
            <numerusform>{closed} o&apos;r %n angen wedi&apos;u cau ers y llinell sylfaen</numerusform>
        </translation>
    </message>
    <message>
        <source>{persisting} persisting · {new} new</source>
        <translation>{persisting} yn parhau · {new} newydd</translation>
    </message>
    <message>
        <source>Training needs since the baseline</source>
        <translation>Anghenion hyfforddi ers y llinell sylfaen</translation>
    </message>
    <message>
        <source>A need is closed when the group now assesses the item at or above the level it needs, persisting when it is still a need, and new when it was not a need at the baseline. Needs the follow-up could not judge (the item not rated, skipped, without a needed level or no longer in scope) are counted apart, as not judged.</source>
        <translation>Mae angen wedi&apos;i gau pan fo&apos;r grŵp nawr yn asesu&apos;r eitem ar y lefel sydd ei hangen neu&apos;n uwch, yn parhau pan fo&apos;n dal yn angen, ac yn newydd pan nad oedd yn angen ar y llinell sylfaen. Caiff anghenion na allai&apos;r gweithdy dilynol eu barnu (yr eitem heb ei sgorio, wedi&apos;i hepgor, heb lefel angenrheidiol neu nad yw yn y cwmpas mwyach) eu cyfrif ar wahân, fel rhai heb eu barnu.</translation>
    </message>
    <message>
        <source>Carried over from the baseline</source>
        <translation>Wedi&apos;u cario drosodd o&apos;r llinell sylfaen</translation>
    </message>
    <message>
        <source>The baseline left no action open.</source>
        <translation>Ni adawodd y llinell sylfaen unrhyw gam gweithredu ar agor.</translation>
    </message>
    <message>
        <source>Needs then</source>
        <translation>Anghenion bryd hynny</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;u cau</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Yn parhau</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Heb eu barnu</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>Cynllun: {0}</translation>
    </message>
    <message>
        <source>{0} had {1} people at the baseline and {2} now: its ratings speak for other people, so compare its change with care.</source>
        <translation>Roedd gan {0} {1} o bobl ar y llinell sylfaen a {2} nawr: mae ei sgorau&apos;n siarad dros bobl eraill, felly cymharwch ei newid yn ofalus.</translation>
    </message>
    <message>
        <source>Strengths to share: it could help {0} with {1} “{2}”</source>
        <translation>Cryfderau i&apos;w rhannu: gallai helpu {0} gyda {1} “{2}”</translation>
    </message>
    <message>
        <source>Could help</source>
        <translation>Gallai helpu</translation>
    </message>
    <message>
        <source>Could learn</source>
        <translation>Gallai ddysgu</translation>
    </message>
    <message>
        <source>, and others with {0} more items: {1}</source>
        <translation>, ac eraill gyda {0} eitem arall: {1}</translation>
    </message>
    <message>
        <source>Could learn from</source>
        <translation>Gallai ddysgu gan</translation>
    </message>
    <message>
        <source>… and {0} more items where one group could help another.</source>
        <translation>… a {0} eitem arall lle gallai un grŵp helpu un arall.</translation>
    </message>
    <message>
        <source>Readiness per stage</source>
        <translation>Parodrwydd fesul cam</translation>
    </message>
    <message>
        <source>A group is ready for a stage when the stage its ratings indicate is that stage or a later one. The items in the way are those below the stage&apos;s level in the framework for the groups not yet ready: the most groups first, then the largest shortfall.</source>
        <translation>Mae grŵp yn barod ar gyfer cam pan fo&apos;r cam y mae ei sgorau&apos;n ei ddangos yn gam hwnnw neu&apos;n gam diweddarach. Yr eitemau yn y ffordd yw&apos;r rhai o dan lefel y cam yn y fframwaith i&apos;r grwpiau nad ydynt yn barod eto: y rhai â&apos;r nifer fwyaf o grwpiau yn gyntaf, yna&apos;r diffyg mwyaf.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} o {1}</translation>
    </message>
    <message>
        <source>Groups ready</source>
        <translation>Grwpiau&apos;n barod</translation>
    </message>
    <message>
        <source>Most in the way</source>
        <translation>Yr eitem fwyaf yn y ffordd</translation>
    </message>
    <message>
        <source>Open barriers</source>
        <translation>Rhwystrau ar agor</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Items most in the way (groups short)</source>
        <translation>Yr eitemau mwyaf yn y ffordd (grwpiau sy&apos;n brin)</translation>
    </message>
    <message>
        <source>Not enough ratings yet to say, so not counted: {0}.</source>
        <translation>Dim digon o sgorau eto i ddweud, felly heb eu cyfrif: {0}.</translation>
    </message>
    <message>
        <source>The partnership</source>
        <translation>Y bartneriaeth</translation>
    </message>
    <message>
        <source>How others see each group</source>
        <translation>Sut mae eraill yn gweld pob grŵp</translation>
    </message>
    <message>
        <source>Each group rated itself. Groups also said how ready they think another group, or the partnership as a whole, is on chosen items. Others minus own: above 0, others think the group readier than it thinks itself; below 0, less ready. ≠ marks a level or more either way: worth talking about. For the partnership, own is the mean of the groups&apos; own levels.</source>
        <translation>Sgoriodd pob grŵp ei hun. Dywedodd grwpiau hefyd pa mor barod y maen nhw&apos;n meddwl yw grŵp arall, neu&apos;r bartneriaeth gyfan, ar eitemau dethol. Eraill llai ei hun: uwchlaw 0, mae eraill yn meddwl bod y grŵp yn fwy parod nag y mae&apos;n ei feddwl ei hun; islaw 0, yn llai parod. Mae ≠ yn nodi lefel neu fwy y naill ffordd neu&apos;r llall: gwerth ei drafod. Ar gyfer y bartneriaeth, ei lefel ei hun yw cymedr lefelau&apos;r grwpiau eu hunain.</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Pwy a welir</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Ei hun</translation>
    </message>
    <message>
        <source>Others&apos; views</source>
        <translation>Barn eraill</translation>
    </message>
    <message>
        <source>Others − own</source>
        <translation>Eraill − ei hun</translation>
    </message>
    <message>
        <source>What you told us</source>
        <translation>Beth ddywedoch chi wrthym ni</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>Diolch am gymryd rhan.</translation>
    </message>
    <message>
        <source>You told us you are good at these things.</source>
        <translation>Dywedoch chi eich bod yn dda am y pethau hyn.</translation>
    </message>
    <message>
        <source>We did not find something you are good at this time.</source>
        <translation>Ni welsom rywbeth rydych chi&apos;n dda amdano y tro hwn.</translation>
    </message>
    <message>
        <source>You told us you want to learn these things.</source>
        <translation>Dywedoch chi eich bod eisiau dysgu&apos;r pethau hyn.</translation>
    </message>
    <message>
        <source>You did not tell us about something you want to learn.</source>
        <translation>Ni ddywedoch chi wrthym am rywbeth rydych chi eisiau ei ddysgu.</translation>
    </message>
    <message>
        <source>We agreed to do these things.</source>
        <translation>Gwnaethom gytuno i wneud y pethau hyn.</translation>
    </message>
    <message>
        <source>We will use what you told us to plan training.</source>
        <translation>Byddwn yn defnyddio beth ddywedoch chi i gynllunio hyfforddiant.</translation>
    </message>
    <message>
        <source>We will tell you about the next meeting.</source>
        <translation>Byddwn yn dweud wrthych chi am y cyfarfod nesaf.</translation>
    </message>
    <message>
        <source>What you are good at</source>
        <translation>Beth rydych chi&apos;n dda am ei wneud</translation>
    </message>
    <message>
        <source>What you want to learn</source>
        <translation>Beth rydych chi eisiau ei ddysgu</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Training plan:</source>
        <translation>Cynllun hyfforddi:</translation>
    </message>
    <message>
        <source>No plan has been made yet.</source>
        <translation>Nid oes cynllun wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <source>Barrier log:</source>
        <translation>Cofnod rhwystrau:</translation>
    </message>
    <message>
        <source>None logged.</source>
        <translation>Dim wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>What stands in the way of co-production, as the room logged it: under the stage or principle each barrier holds back, open ones first, then by kind.</source>
        <translation>Beth sy&apos;n sefyll yn ffordd cyd-gynhyrchu, fel y cofnododd yr ystafell: o dan y cam neu&apos;r egwyddor y mae pob rhwystr yn ei ddal yn ôl, y rhai sydd ar agor yn gyntaf, yna fesul math.</translation>
    </message>
    <message>
        <source>Holds back</source>
        <translation>Yn dal yn ôl</translation>
    </message>
    <message>
        <source>Barrier and its kind</source>
        <translation>Y rhwystr a&apos;i fath</translation>
    </message>
    <message>
        <source>Owner and next step</source>
        <translation>Perchennog a&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>For</source>
        <translation>I bwy</translation>
    </message>
    <message>
        <source>{0} logged; {1} still open.</source>
        <translation>{0} wedi&apos;u cofnodi; {1} yn dal ar agor.</translation>
    </message>
    <message>
        <source>Every barrier logged ({0}) has been dealt with.</source>
        <translation>Rydym wedi delio â phob rhwystr a gofnodwyd ({0}).</translation>
    </message>
    <message>
        <source> Most often: {0} ({1}).</source>
        <translation> Amlaf: {0} ({1}).</translation>
    </message>
    <message>
        <source> Without an owner yet: {0}.</source>
        <translation> Heb berchennog eto: {0}.</translation>
    </message>
    <message>
        <source>Barriers in the way</source>
        <translation>Rhwystrau ar y ffordd</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>dim perchennog eto</translation>
    </message>
    <message>
        <source>No barrier was logged.</source>
        <translation>Ni chofnodwyd unrhyw rwystr.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Pwy sy&apos;n arwain</translation>
    </message>
    <message>
        <source>Peer learning</source>
        <translation>Dysgu gan gymheiriaid</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>{0} plan entries reach {1} of {2} groups: {3} done, {4} under way, {5} planned.</source>
        <translation>Mae {0} o gofnodion y cynllun yn cyrraedd {1} o {2} grŵp: {3} wedi&apos;u gwneud, {4} ar y gweill, {5} wedi&apos;u cynllunio.</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Cynllun hyfforddi</translation>
    </message>
    <message>
        <source> The next is due by {0}.</source>
        <translation> Mae&apos;r nesaf i&apos;w gwblhau erbyn {0}.</translation>
    </message>
    <message>
        <source> {0} training needs have no plan entry yet.</source>
        <translation> Nid oes cofnod yn y cynllun eto ar gyfer {0} o anghenion hyfforddi.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
            <numerusform>%n gweithdy</numerusform>
        </translation>
    </message>
    <message>
        <source>Good automatic backups, newest first:</source>
        <translation>Copïau wrth gefn awtomatig da, y mwyaf newydd yn gyntaf:</translation>
    </message>
    <message>
        <source>No good automatic backup was found in {folder}.</source>
        <translation>Ni chafwyd hyd i gopi wrth gefn awtomatig da yn {folder}.</translation>
    </message>
    <message>
        <source>Starting with an empty file sets this one aside, renamed and unchanged, so the workshops in it may still be rescued; you can then import workshop files or set up a new workshop.</source>
        <translation>Mae dechrau gyda ffeil wag yn rhoi&apos;r un hon o&apos;r neilltu, wedi&apos;i hailenwi a heb ei newid, fel y gellir achub y gweithdai ynddi o hyd; yna gallwch fewnforio ffeiliau gweithdy neu sefydlu gweithdy newydd.</translation>
    </message>
    <message numerus="yes">
        <source>%n other backup(s) failed their integrity check and are not offered.</source>
        <translation>
            <numerusform>Methodd %n copi wrth gefn arall y gwiriad cywirdeb ac nid ydynt yn cael eu cynnig.</numerusform>
            <numerusform>Methodd %n copi wrth gefn arall y gwiriad cywirdeb ac nid ydynt yn cael eu cynnig.</numerusform>
            <numerusform>Methodd %n copi wrth gefn arall y gwiriad cywirdeb ac nid ydynt yn cael eu cynnig.</numerusform>
            <numerusform>Methodd %n copi wrth gefn arall y gwiriad cywirdeb ac nid ydynt yn cael eu cynnig.</numerusform>
            <numerusform>Methodd %n copi wrth gefn arall y gwiriad cywirdeb ac nid ydynt yn cael eu cynnig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring puts the chosen backup in place of the file; anything changed after the backup was taken is not in it. The file is kept beside it, renamed.</source>
        <translation>Mae adfer yn rhoi&apos;r copi wrth gefn a ddewiswyd yn lle&apos;r ffeil; nid yw unrhyw beth a newidiwyd ar ôl gwneud y copi ynddo. Mae&apos;r ffeil yn cael ei chadw wrth ei ymyl, gydag enw newydd.</translation>
    </message>
    <message>
        <source>Good automatic backups</source>
        <translation>Copïau wrth gefn awtomatig da</translation>
    </message>
    <message>
        <source>Restore latest</source>
        <translation>Adfer y diweddaraf</translation>
    </message>
    <message>
        <source>Choose another data folder…</source>
        <translation>Dewis ffolder data arall…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Start with an empty file</source>
        <translation>Dechrau gyda ffeil wag</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Dewis ffolder data arall</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Ni chafodd y copi wrth gefn ei adfer</translation>
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation>Wedi adfer copi wrth gefn {when}.</translation>
    </message>
    <message>
        <source>The previous file is kept, unchanged, as {name}.</source>
        <translation>Mae&apos;r ffeil flaenorol wedi&apos;i chadw, heb ei newid, fel {name}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>The file was not set aside</source>
        <translation>Ni roddwyd y ffeil o&apos;r neilltu</translation>
    </message>
    <message>
        <source>CoProd Desktop starts with an empty workshops file.</source>
        <translation>Mae CoProd Desktop yn dechrau gyda ffeil gweithdai wag.</translation>
    </message>
    <message>
        <source>Started afresh</source>
        <translation>Wedi dechrau o&apos;r newydd</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Results — {title}</source>
        <extracomment>Slides about one group: put up from here (button or Alt+digit), they show the chosen group.</extracomment>
        <translation>Canlyniadau — {title}</translation>
    </message>
    <message>
        <source>Group whose results are shown</source>
        <translation>Y grŵp y mae ei ganlyniadau i&apos;w gweld</translation>
    </message>
    <message>
        <source>Show on the projector (Alt+6)</source>
        <translation>Dangos ar y taflunydd (Alt+6)</translation>
    </message>
    <message>
        <source>Show this group&apos;s results on the projector</source>
        <translation>Dangos canlyniadau&apos;r grŵp hwn ar y taflunydd</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Anghenion hyfforddi</translation>
    </message>
    <message>
        <source>Training needs, by priority</source>
        <translation>Anghenion hyfforddi, yn ôl blaenoriaeth</translation>
    </message>
    <message>
        <source>{group} ({level}, split)</source>
        <translation>{group} ({level}, rhanedig)</translation>
    </message>
    <message>
        <source>{group} ({level})</source>
        <translation>{group} ({level})</translation>
    </message>
    <message>
        <source>{group} ({now} → {needed})</source>
        <translation>{group} ({now} → {needed})</translation>
    </message>
    <message>
        <source>Strengths to share: who could help whom</source>
        <translation>Cryfderau i&apos;w rhannu: pwy allai helpu pwy</translation>
    </message>
    <message>
        <source>Show the strengths to share on the projector</source>
        <translation>Dangos y cryfderau i&apos;w rhannu ar y taflunydd</translation>
    </message>
    <message>
        <source>Strengths to share, most groups helped first</source>
        <translation>Cryfderau i&apos;w rhannu, y nifer fwyaf o grwpiau a helpir yn gyntaf</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>How others see it</source>
        <translation>Sut mae eraill yn ei weld</translation>
    </message>
    <message>
        <source>Others − own</source>
        <translation>Eraill − ei hun</translation>
    </message>
    <message>
        <source>≠ worth talking about</source>
        <translation>≠ gwerth ei drafod</translation>
    </message>
    <message>
        <source>How others see us on the pro&amp;jector (Alt+0)</source>
        <translation>Sut mae eraill yn ein gw&amp;eld ar y taflunydd (Alt+0)</translation>
    </message>
    <message>
        <source>Show how others see this group on the projector</source>
        <translation>Dangos sut mae eraill yn gweld y grŵp hwn ar y taflunydd</translation>
    </message>
    <message>
        <source>Each group rates itself; a group may also say how ready it thinks another group, or the partnership, is (V in the console). Where others see a group a level or more higher or lower than it sees itself, that is worth talking about.</source>
        <translation>Mae pob grŵp yn ei sgorio&apos;i hun; gall grŵp hefyd ddweud pa mor barod y mae&apos;n meddwl yw grŵp arall, neu&apos;r bartneriaeth (V yn y consol). Lle mae eraill yn gweld grŵp lefel neu fwy yn uwch neu&apos;n is nag y mae&apos;n ei weld ei hun, mae hynny&apos;n werth ei drafod.</translation>
    </message>
    <message>
        <source>How others see this group</source>
        <translation>Sut mae eraill yn gweld y grŵp hwn</translation>
    </message>
    <message>
        <source>Own level</source>
        <translation>Lefel ei hun</translation>
    </message>
    <message>
        <source>How the groups see the partnership</source>
        <translation>Sut mae&apos;r grwpiau&apos;n gweld y bartneriaeth</translation>
    </message>
    <message>
        <source>Groups&apos; own, mean</source>
        <translation>Cymedr lefelau&apos;r grwpiau eu hunain</translation>
    </message>
    <message>
        <source>How others see {group}</source>
        <translation>Sut mae eraill yn gweld {group}</translation>
    </message>
    <message>
        <source>No other group has given its view of {group} yet.</source>
        <translation>Nid oes grŵp arall wedi rhoi ei farn am {group} eto.</translation>
    </message>
    <message>
        <source>Strengths on the &amp;projector (Alt+9)</source>
        <translation>Cryfderau ar y &amp;taflunydd (Alt+9)</translation>
    </message>
    <message>
        <source>Could help (level now)</source>
        <translation>Gallai helpu (lefel nawr)</translation>
    </message>
    <message>
        <source>Could learn (now → needed)</source>
        <translation>Gallai ddysgu (nawr → angen)</translation>
    </message>
    <message>
        <source>{group} could help other groups on: {codes}.</source>
        <translation>Gallai {group} helpu grwpiau eraill gyda: {codes}.</translation>
    </message>
    <message>
        <source>{group} is not yet strong on an item another group needs.</source>
        <translation>Nid yw {group} yn gryf eto ar eitem y mae grŵp arall ei hangen.</translation>
    </message>
    <message>
        <source>Other groups could help {group} on: {codes}.</source>
        <translation>Gallai grwpiau eraill helpu {group} gyda: {codes}.</translation>
    </message>
    <message>
        <source>No other group is yet strong on a need of {group}.</source>
        <translation>Nid oes grŵp arall yn gryf eto ar un o anghenion {group}.</translation>
    </message>
    <message>
        <source>None yet: no group is at the top two levels on an item another group needs.</source>
        <translation>Dim eto: nid oes grŵp ar y ddwy lefel uchaf ar eitem y mae grŵp arall ei hangen.</translation>
    </message>
    <message>
        <source>Now → needed</source>
        <translation>Nawr → angen</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Bwlch</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Yn gyffredin i</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Sicrwydd</translation>
    </message>
    <message>
        <source>Change since the baseline, by group</source>
        <translation>Newid ers y llinell sylfaen, fesul grŵp</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>{group} had {before} people at the baseline and {after} now: its ratings speak for other people, so compare its change with care.</source>
        <translation>Roedd gan {group} {before} o bobl ar y llinell sylfaen a {after} nawr: mae ei sgorau&apos;n siarad dros bobl eraill, felly cymharwch ei newid yn ofalus.</translation>
    </message>
    <message>
        <source>A need is closed when the group now assesses the item at or above the level it needs, persisting when it is still a need, new when it was not one at the baseline; needs the follow-up could not judge (not rated, skipped or without a needed level) are counted apart.</source>
        <translation>Mae angen wedi&apos;i gau pan fo&apos;r grŵp nawr yn asesu&apos;r eitem ar y lefel sydd ei hangen neu&apos;n uwch, yn parhau pan fo&apos;n dal yn angen, yn newydd pan nad oedd yn un ar y llinell sylfaen; caiff anghenion na allai&apos;r gweithdy dilynol eu barnu (heb eu sgorio, wedi&apos;u hepgor neu heb lefel angenrheidiol) eu cyfrif ar wahân.</translation>
    </message>
    <message>
        <source>Training needs since the baseline, by group</source>
        <translation>Anghenion hyfforddi ers y llinell sylfaen, fesul grŵp</translation>
    </message>
    <message>
        <source>Needs then</source>
        <translation>Anghenion bryd hynny</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;u cau</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Yn parhau</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Heb eu barnu</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Bryd hynny</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Up · same · down</source>
        <translation>I fyny · yr un fath · i lawr</translation>
    </message>
    <message>
        <source>Stage then → now</source>
        <translation>Cam bryd hynny → nawr</translation>
    </message>
    <message>
        <source>Change since the baseline, by area, for this group</source>
        <translation>Newid ers y llinell sylfaen, fesul maes, i&apos;r grŵp hwn</translation>
    </message>
    <message>
        <source>Area (this group)</source>
        <translation>Maes (y grŵp hwn)</translation>
    </message>
    <message>
        <source>Plan: {what}</source>
        <translation>Cynllun: {what}</translation>
    </message>
    <message>
        <source>{what} (about {code})</source>
        <translation>{what} (am {code})</translation>
    </message>
    <message>
        <source>{what} (about a plan entry)</source>
        <translation>{what} (am gofnod yn y cynllun)</translation>
    </message>
    <message>
        <source>Charts and tables of the results</source>
        <translation>Siartiau a thablau&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>Results: {title}</source>
        <translation>Canlyniadau: {title}</translation>
    </message>
    <message>
        <source>Live: updates as each rating is saved.</source>
        <translation>Byw: yn diweddaru wrth i bob sgôr gael ei chadw.</translation>
    </message>
    <message>
        <source>As saved; open the workshop to carry on capturing.</source>
        <translation>Fel y cafodd ei gadw; agorwch y gweithdy i barhau i gofnodi.</translation>
    </message>
    <message>
        <source>Compared with the baseline “{title}”.</source>
        <translation>O&apos;i gymharu â&apos;r llinell sylfaen “{title}”.</translation>
    </message>
    <message>
        <source>The baseline workshop is not in this store, so there is no comparison.</source>
        <translation>Nid yw gweithdy&apos;r llinell sylfaen yn y storfa hon, felly does dim cymhariaeth.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Across groups</source>
        <translation>Ar draws grwpiau</translation>
    </message>
    <message>
        <source>Each cell is the level a group says it is at now; a star and hatching mark a split view. A diamond marks one of the largest differences between groups (their own ratings two or more levels apart) and outlines its lowest and highest cells.</source>
        <translation>Pob cell yw&apos;r lefel y mae grŵp yn dweud ei fod arni nawr; mae seren a llinellau croes yn dangos barn ranedig. Mae diemwnt yn dangos un o&apos;r gwahaniaethau mwyaf rhwng grwpiau (eu sgorau eu hunain ddwy lefel neu fwy ar wahân) ac yn amlinellu ei chelloedd isaf ac uchaf.</translation>
    </message>
    <message>
        <source>Largest differences between groups ({shown} of {count}): {gaps}</source>
        <translation>Y gwahaniaethau mwyaf rhwng grwpiau ({shown} o {count}): {gaps}</translation>
    </message>
    <message>
        <source>Differences between groups: none — no item&apos;s ratings are two or more levels apart.</source>
        <translation>Gwahaniaethau rhwng grwpiau: dim — nid oes sgorau unrhyw eitem ddwy lefel neu fwy ar wahân.</translation>
    </message>
    <message>
        <source>Change since the baseline</source>
        <translation>Newid ers y llinell sylfaen</translation>
    </message>
    <message>
        <source>The baseline workshop “{0}” was rated on another scale ({1}–{2}; this workshop {3}–{4}), so its levels cannot be compared with these: no change is shown.</source>
        <translation>Cafodd y gweithdy sylfaen “{0}” ei sgorio ar raddfa arall ({1}–{2}; y gweithdy hwn {3}–{4}), felly ni ellir cymharu ei lefelau â’r rhai hyn: ni ddangosir unrhyw newid.</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Fesul maes</translation>
    </message>
    <message>
        <source>By principle</source>
        <translation>Fesul egwyddor</translation>
    </message>
    <message>
        <source>Training needs of {group}: {count}, highest priority first</source>
        <translation>Anghenion hyfforddi {group}: {count}, y flaenoriaeth uchaf yn gyntaf</translation>
    </message>
    <message>
        <source>Training needs of {group}: not worked out yet</source>
        <translation>Anghenion hyfforddi {group}: heb eu cyfrifo eto</translation>
    </message>
    <message>
        <source>Training needs of {group}: none yet (no gap of 1 or more)</source>
        <translation>Anghenion hyfforddi {group}: dim eto (dim bwlch o 1 neu fwy)</translation>
    </message>
    <message>
        <source>{code} ({spread} apart)</source>
        <translation>{code} ({spread} ar wahân)</translation>
    </message>
    <message>
        <source>Change is the level now minus the level at the baseline, over the items both workshops assessed: a plus sign is progress.</source>
        <translation>Newid yw&apos;r lefel nawr llai&apos;r lefel ar y llinell sylfaen, dros yr eitemau a aseswyd gan y ddau weithdy: mae arwydd plws yn gynnydd.</translation>
    </message>
    <message>
        <source>Carried over from the baseline</source>
        <translation>Wedi&apos;u cario drosodd o&apos;r llinell sylfaen</translation>
    </message>
    <message>
        <source>Actions the baseline left open</source>
        <translation>Camau gweithredu a adawodd y llinell sylfaen ar agor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>The baseline left no action open.</source>
        <translation>Ni adawodd y llinell sylfaen unrhyw gam gweithredu ar agor.</translation>
    </message>
    <message>
        <source>Area ({group})</source>
        <translation>Maes ({group})</translation>
    </message>
    <message>
        <source>Placed itself at:</source>
        <translation>Wedi&apos;i osod ei hun ar:</translation>
    </message>
    <message>
        <source>Ratings indicate:</source>
        <translation>Mae&apos;r sgorau&apos;n awgrymu:</translation>
    </message>
    <message>
        <source>Aims for:</source>
        <translation>Yn anelu at:</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>heb ei ddewis</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>heb ei osod eto</translation>
    </message>
    <message>
        <source>≠ split: less certain</source>
        <translation>≠ rhanedig: llai sicr</translation>
    </message>
    <message>
        <source>✓ agreed</source>
        <translation>✓ cytunwyd</translation>
    </message>
    <message>
        <source>no items assessed yet</source>
        <translation>dim eitemau wedi&apos;u hasesu eto</translation>
    </message>
    <message>
        <source>not enough ratings yet</source>
        <translation>dim digon o sgorau eto</translation>
    </message>
    <message>
        <source>not yet the first stage</source>
        <translation>heb gyrraedd y cam cyntaf eto</translation>
    </message>
    <message>
        <source>= the same stage</source>
        <translation>= yr un cam</translation>
    </message>
    <message>
        <source>≠ not the same stage: worth talking about</source>
        <translation>≠ nid yr un cam: gwerth ei drafod</translation>
    </message>
    <message numerus="yes">
        <source>{codes} and %n more</source>
        <translation>
            <numerusform>{codes} ac %n arall</numerusform>
            <numerusform>{codes} ac %n arall</numerusform>
            <numerusform>{codes} a %n arall</numerusform>
            <numerusform>{codes} a %n arall</numerusform>
            <numerusform>{codes} a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage is shown once {needed} of the {total} items are assessed ({counted} so far).</source>
        <translation>Dangosir cam pan fo {needed} o&apos;r {total} eitem wedi&apos;u hasesu ({counted} hyd yn hyn).</translation>
    </message>
    <message>
        <source>The ratings meet every stage&apos;s required levels.</source>
        <translation>Mae&apos;r sgorau&apos;n cyrraedd lefelau gofynnol pob cam.</translation>
    </message>
    <message numerus="yes">
        <source>Meets {met} of the %n item(s) needed for {stage}.</source>
        <translation>
            <numerusform>Yn cyrraedd {met} o&apos;r %n eitem sydd eu hangen ar gyfer {stage}.</numerusform>
            <numerusform>Yn cyrraedd {met} o&apos;r %n eitem sydd eu hangen ar gyfer {stage}.</numerusform>
            <numerusform>Yn cyrraedd {met} o&apos;r %n eitem sydd eu hangen ar gyfer {stage}.</numerusform>
            <numerusform>Yn cyrraedd {met} o&apos;r %n eitem sydd eu hangen ar gyfer {stage}.</numerusform>
            <numerusform>Yn cyrraedd {met} o&apos;r %n eitem sydd eu hangen ar gyfer {stage}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back by: {codes}.</source>
        <translation>Wedi&apos;i ddal yn ôl gan: {codes}.</translation>
    </message>
    <message>
        <source>{stage} needs every principle to meet it; not yet: {principles}.</source>
        <translation>Mae {stage} angen i bob egwyddor ei gyrraedd; ddim eto: {principles}.</translation>
    </message>
    <message>
        <source>Within the tolerance (one item in {n} may fall short): {codes}.</source>
        <translation>O fewn y goddefiant (caiff un eitem o bob {n} fod yn brin): {codes}.</translation>
    </message>
    <message numerus="yes">
        <source>Based on {counted} of %n item(s) assessed.</source>
        <translation>
            <numerusform>Yn seiliedig ar {counted} o %n eitem wedi&apos;u hasesu.</numerusform>
            <numerusform>Yn seiliedig ar {counted} o %n eitem wedi&apos;u hasesu.</numerusform>
            <numerusform>Yn seiliedig ar {counted} o %n eitem wedi&apos;u hasesu.</numerusform>
            <numerusform>Yn seiliedig ar {counted} o %n eitem wedi&apos;u hasesu.</numerusform>
            <numerusform>Yn seiliedig ar {counted} o %n eitem wedi&apos;u hasesu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessed item(s) have no needed level, so their training needs cannot be worked out: set the group&apos;s aim stage, or choose the needed levels (Shift + 1–5).</source>
        <translation>
            <numerusform>Nid oes lefel angenrheidiol gan %n eitem a aseswyd, felly ni ellir cyfrifo eu hanghenion hyfforddi: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol (Shift + 1–5).</numerusform>
            <numerusform>Nid oes lefel angenrheidiol gan %n eitem a aseswyd, felly ni ellir cyfrifo eu hanghenion hyfforddi: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol (Shift + 1–5).</numerusform>
            <numerusform>Nid oes lefel angenrheidiol gan %n eitem a aseswyd, felly ni ellir cyfrifo eu hanghenion hyfforddi: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol (Shift + 1–5).</numerusform>
            <numerusform>Nid oes lefel angenrheidiol gan %n eitem a aseswyd, felly ni ellir cyfrifo eu hanghenion hyfforddi: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol (Shift + 1–5).</numerusform>
            <numerusform>Nid oes lefel angenrheidiol gan %n eitem a aseswyd, felly ni ellir cyfrifo eu hanghenion hyfforddi: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol (Shift + 1–5).</numerusform>
        </translation>
    </message>
    <message>
        <source>this group only</source>
        <translation>y grŵp hwn yn unig</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
            <numerusform>%n grŵp</numerusform>
        </translation>
    </message>
    <message>
        <source>▲ {up} up · = {same} same · ▼ {down} down</source>
        <translation>▲ {up} i fyny · = {same} yr un fath · ▼ {down} i lawr</translation>
    </message>
    <message>
        <source>How the results are worked out</source>
        <translation>Sut mae&apos;r canlyniadau&apos;n cael eu cyfrifo</translation>
    </message>
    <message>
        <source>How is this &amp;worked out?</source>
        <translation>Sut mae hyn yn cael ei gyfri&amp;fo?</translation>
    </message>
    <message>
        <source>Show how the results are worked out</source>
        <translation>Dangos sut mae&apos;r canlyniadau&apos;n cael eu cyfrifo</translation>
    </message>
</context>
<context>
    <name>RoomControls</name>
    <message>
        <source>Present on…</source>
        <translation>Dangos ar…</translation>
    </message>
    <message>
        <source>Choose the projector screen</source>
        <translation>Dewis sgrin y taflunydd</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Cyfnewid sgriniau</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Thema&apos;r taflunydd</translation>
    </message>
    <message>
        <source>Projector zoom</source>
        <translation>Chwyddo&apos;r taflunydd</translation>
    </message>
    <message>
        <source>Dyslexia-friendly spacing</source>
        <translation>Bylchau sy&apos;n ystyriol o ddyslecsia</translation>
    </message>
    <message>
        <source>Wider gaps between letters, words and lines; no italics; text left-aligned. Works with every theme.</source>
        <translation>Bylchau lletach rhwng llythrennau, geiriau a llinellau; dim llythrennau italig; testun wedi&apos;i alinio i&apos;r chwith. Yn gweithio gyda phob thema.</translation>
    </message>
    <message>
        <source>Screen {name}</source>
        <translation>Sgrin {name}</translation>
    </message>
    <message>
        <source>&amp;In a window</source>
        <translation>Mewn &amp;ffenestr</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Where the needed levels come from</source>
        <translation>O ble daw&apos;r lefelau angenrheidiol</translation>
    </message>
    <message>
        <source>† marks a needed level filled in from the framework for the group&apos;s aim stage, not chosen by the group.</source>
        <translation>Mae † yn nodi lefel angenrheidiol a lenwyd o&apos;r fframwaith ar gyfer cam nod y grŵp, nid un a ddewiswyd gan y grŵp.</translation>
    </message>
    <message>
        <source>For each item a group says the level it is at now and the level it needs to be at. The group may choose the needed level itself. Where it does not, the needed level is filled in from the framework, which gives each item a level for each stage: the level for the stage the group aims at. The framework may give each group role its own levels (commissioners and service users do not need the same budget skills); a group with a role then gets its role&apos;s level.</source>
        <translation>Ar gyfer pob eitem mae grŵp yn dweud ar ba lefel y mae nawr ac ar ba lefel y mae angen iddo fod. Gall y grŵp ddewis y lefel angenrheidiol ei hun. Lle nad yw&apos;n gwneud hynny, caiff y lefel ei llenwi o&apos;r fframwaith, sy&apos;n rhoi lefel i bob eitem ar gyfer pob cam: y lefel ar gyfer y cam y mae&apos;r grŵp yn anelu ato. Gall y fframwaith roi ei lefelau ei hun i bob rôl grŵp (nid oes angen yr un sgiliau cyllideb ar gomisiynwyr ac ar ddefnyddwyr gwasanaeth); mae grŵp sydd â rôl yn cael lefel ei rôl.</translation>
    </message>
    <message>
        <source>Each rating records which it was. A filled-in level is marked † in the results, on the projector and in the report, so that nobody reads it as the group&apos;s own choice; the method note counts both kinds. Changing a group&apos;s aim offers to fill in again only the levels that were filled in, never the group&apos;s own choices, as one step that Undo takes back.</source>
        <translation>Mae pob sgôr yn cofnodi pa un oedd hi. Caiff lefel a lenwyd ei nodi â † yn y canlyniadau, ar y taflunydd ac yn yr adroddiad, fel nad oes neb yn ei darllen fel dewis y grŵp ei hun; mae&apos;r nodyn dull yn cyfrif y ddau fath. Mae newid nod grŵp yn cynnig llenwi eto dim ond y lefelau a lenwyd, byth dewisiadau&apos;r grŵp ei hun, fel un cam y mae Dadwneud yn ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>A group with no aim stage and no needed levels of its own has nothing to compare with, so its training needs cannot be worked out. The results and the report then say how many items this affects, instead of reporting no needs: set the group&apos;s aim stage, or choose the needed levels.</source>
        <translation>Nid oes gan grŵp heb gam nod a heb lefelau angenrheidiol ei hun ddim i&apos;w cymharu, felly ni ellir cyfrif ei anghenion hyfforddi. Yna mae&apos;r canlyniadau a&apos;r adroddiad yn dweud faint o eitemau y mae hyn yn effeithio arnynt, yn lle adrodd nad oes anghenion: gosodwch gam nod y grŵp, neu dewiswch y lefelau angenrheidiol.</translation>
    </message>
    <message>
        <source>The indicative stage</source>
        <translation>Y cam dangosol</translation>
    </message>
    <message>
        <source>A stage is shown once {top} in {bottom} items are assessed; one item in {one_in} may fall short; Full Co-production needs every principle.</source>
        <translation>Dangosir cam pan fo {top} o bob {bottom} eitem wedi&apos;u hasesu; caiff un eitem o bob {one_in} fod yn brin; mae Cyd-gynhyrchu Llawn angen pob egwyddor.</translation>
    </message>
    <message>
        <source>The indicative stage compares the group&apos;s ratings with the level the framework gives each item at each stage, for a group in its role. An item counts when the group assessed it; skipped and unrated items do not.</source>
        <translation>Mae&apos;r cam dangosol yn cymharu sgorau&apos;r grŵp â&apos;r lefel y mae&apos;r fframwaith yn ei rhoi i bob eitem ym mhob cam, i grŵp yn ei rôl. Mae eitem yn cyfrif pan aseswyd hi gan y grŵp; nid yw eitemau a hepgorwyd neu heb eu sgorio yn cyfrif.</translation>
    </message>
    <message>
        <source>No stage is shown until the group has assessed at least {top} in every {bottom} of the workshop&apos;s items: until then the results say &quot;not enough ratings yet&quot;.</source>
        <translation>Ni ddangosir unrhyw gam nes bod y grŵp wedi asesu o leiaf {top} o bob {bottom} o eitemau&apos;r gweithdy: tan hynny mae&apos;r canlyniadau&apos;n dweud &quot;dim digon o sgorau eto&quot;.</translation>
    </message>
    <message>
        <source>A group meets a stage when its items are at or above that stage&apos;s level, with one allowance: one item in every {one_in} (rounded down) may fall short, by any amount, so a single low rating cannot sink a group. Those items are still listed. Full Co-production also needs each of the framework&apos;s principles to meet it on its own, as the paper asks (&quot;most or all of the 4 principles of co-production are present&quot;).</source>
        <translation>Mae grŵp yn cyrraedd cam pan fo&apos;i eitemau ar lefel y cam hwnnw neu&apos;n uwch, gydag un lwfans: caiff un eitem o bob {one_in} (wedi&apos;i dalgrynnu i lawr) fod yn brin, o unrhyw faint, fel na all un sgôr isel suddo grŵp. Mae&apos;r eitemau hynny&apos;n dal i gael eu rhestru. Mae Cyd-gynhyrchu Llawn hefyd angen i bob un o egwyddorion y fframwaith ei gyrraedd ar ei phen ei hun, fel y mae&apos;r papur yn ei ofyn (&quot;mae&apos;r rhan fwyaf neu bob un o 4 egwyddor cyd-gynhyrchu yn bresennol&quot;).</translation>
    </message>
    <message>
        <source>Going up from Active Involvement, the indicative stage is the last stage met before the first that is not. The results show how many of the next stage&apos;s items the group meets and which items hold it back. Raising a rating can never lower the stage. The stages are not a strict ladder: this is a prompt for discussion beside the stage the group placed itself at, not a verdict.</source>
        <translation>Gan fynd i fyny o Gyfranogiad Gweithredol, y cam dangosol yw&apos;r cam olaf a gyrhaeddwyd cyn y cyntaf nas cyrhaeddwyd. Mae&apos;r canlyniadau&apos;n dangos faint o eitemau&apos;r cam nesaf y mae&apos;r grŵp yn eu cyrraedd a pha eitemau sy&apos;n ei ddal yn ôl. Ni all codi sgôr fyth ostwng y cam. Nid ysgol gaeth yw&apos;r camau: sbardun i drafod yw hwn ochr yn ochr â&apos;r cam y gosododd y grŵp ei hun arno, nid dyfarniad.</translation>
    </message>
    <message>
        <source>The order of training needs</source>
        <translation>Trefn yr anghenion hyfforddi</translation>
    </message>
    <message>
        <source>Larger gap first, then needs more groups share; ties take turns across the areas.</source>
        <translation>Y bwlch mwyaf yn gyntaf, yna anghenion a rennir gan fwy o grwpiau; mae&apos;r meysydd yn cymryd eu tro pan fo&apos;n gyfartal.</translation>
    </message>
    <message>
        <source>A training need is an item where the level the group needs is above the level it is at now; the gap is the difference. Each group&apos;s needs are ranked in one list.</source>
        <translation>Angen hyfforddi yw eitem lle mae&apos;r lefel sydd ei hangen ar y grŵp yn uwch na&apos;r lefel y mae arni nawr; y bwlch yw&apos;r gwahaniaeth. Caiff anghenion pob grŵp eu rhestru mewn un rhestr.</translation>
    </message>
    <message>
        <source>Larger gaps come first, then needs that more groups share. On a five-point scale many needs tie: then the areas take turns, each giving its next need, so that no area crowds out the others. In each turn the area with the most to gain (the largest total gap for the group) goes first; within an area, the lower level now goes first.</source>
        <translation>Daw&apos;r bylchau mwyaf yn gyntaf, yna anghenion a rennir gan fwy o grwpiau. Ar raddfa pum pwynt mae llawer o anghenion yn gyfartal: yna mae&apos;r meysydd yn cymryd eu tro, pob un yn rhoi ei angen nesaf, fel nad oes un maes yn gwthio&apos;r lleill allan. Ym mhob tro daw&apos;r maes sydd â&apos;r mwyaf i&apos;w ennill (y bwlch mwyaf i gyd i&apos;r grŵp) yn gyntaf; o fewn maes, daw&apos;r lefel is nawr yn gyntaf.</translation>
    </message>
    <message>
        <source>The order never depends on where an item sits in the framework. A need from a split view is marked as less certain: the group did not agree on it.</source>
        <translation>Nid yw&apos;r drefn byth yn dibynnu ar ble mae eitem yn y fframwaith. Caiff angen o farn ranedig ei nodi&apos;n llai sicr: nid oedd y grŵp yn cytuno arno.</translation>
    </message>
    <message>
        <source>Differences between groups</source>
        <translation>Gwahaniaethau rhwng grwpiau</translation>
    </message>
    <message>
        <source>Items the groups rate {apart} or more levels apart, the {shown} widest shown: a difference in what groups can do, not in how they see it.</source>
        <translation>Eitemau y mae&apos;r grwpiau&apos;n eu sgorio {apart} lefel neu fwy ar wahân, y {shown} mwyaf i&apos;w gweld: gwahaniaeth yn yr hyn y gall grwpiau ei wneud, nid yn y ffordd y maen nhw&apos;n ei weld.</translation>
    </message>
    <message>
        <source>A difference between groups is an item whose ratings are {apart} or more levels apart from one group to another. Each group rates itself (&quot;We can read a budget&quot;), so this shows a difference in capacity between groups, not a difference in how they see the same thing.</source>
        <translation>Gwahaniaeth rhwng grwpiau yw eitem y mae ei sgorau {apart} lefel neu fwy ar wahân o un grŵp i&apos;r llall. Mae pob grŵp yn ei sgorio&apos;i hun (&quot;Gallwn ddarllen cyllideb&quot;), felly mae hyn yn dangos gwahaniaeth mewn gallu rhwng grwpiau, nid gwahaniaeth yn y ffordd y maen nhw&apos;n gweld yr un peth.</translation>
    </message>
    <message>
        <source>The results and the projector show the {shown} widest; the report marks them all on its heat maps under Across groups. The widest come first, then the areas take turns, as for training needs. Where one group is high and another low, the first may be able to help the second.</source>
        <translation>Mae&apos;r canlyniadau a&apos;r taflunydd yn dangos y {shown} mwyaf; mae&apos;r adroddiad yn eu nodi i gyd ar ei fapiau gwres o dan Ar draws grwpiau. Daw&apos;r mwyaf yn gyntaf, yna mae&apos;r meysydd yn cymryd eu tro, fel ar gyfer anghenion hyfforddi. Lle mae un grŵp yn uchel ac un arall yn isel, efallai y gall y cyntaf helpu&apos;r ail.</translation>
    </message>
    <message>
        <source>Strengths to share</source>
        <translation>Cryfderau i&apos;w rhannu</translation>
    </message>
    <message>
        <source>A group at the top {strong} levels on an item could help a group that needs it and is below it.</source>
        <translation>Gallai grŵp ar y {strong} lefel uchaf ar eitem helpu grŵp sydd ei hangen ac sy&apos;n is nag ef.</translation>
    </message>
    <message>
        <source>A group is strong on an item when it rates itself at one of the scale&apos;s top {strong} levels (4 “Confident” or 5 “Could teach others” on the five-level scale). Where another group has a training need on that item and is at a lower level now, the strong group could help it: by peer learning, coaching or mentoring, as the paper&apos;s second principle says (“Everyone has skills to share”).</source>
        <translation>Mae grŵp yn gryf ar eitem pan fo&apos;n ei sgorio&apos;i hun ar un o&apos;r {strong} lefel uchaf ar y raddfa (4 “Hyderus” neu 5 “Gallen ni ddysgu eraill” ar y raddfa pum lefel). Lle mae gan grŵp arall angen hyfforddi ar yr eitem honno a&apos;i fod ar lefel is nawr, gallai&apos;r grŵp cryf ei helpu: drwy ddysgu gan gymheiriaid, hyfforddi neu fentora, fel y mae ail egwyddor y papur yn ei ddweud (“Mae gan bawb sgiliau i&apos;w rhannu”).</translation>
    </message>
    <message>
        <source>A group at the same level as the group that needs the item is not listed as a helper for it. A strength from a split view is marked: the group did not agree on its level. The items where the most groups could learn come first, then those with the largest gap, then the areas take turns, as for training needs.</source>
        <translation>Ni restrir grŵp sydd ar yr un lefel â&apos;r grŵp sydd angen yr eitem fel un a allai helpu gyda hi. Caiff cryfder o farn ranedig ei nodi: nid oedd y grŵp yn cytuno ar ei lefel. Daw&apos;r eitemau lle gallai&apos;r nifer fwyaf o grwpiau ddysgu yn gyntaf, yna&apos;r rhai â&apos;r bwlch mwyaf, yna mae&apos;r meysydd yn cymryd eu tro, fel ar gyfer anghenion hyfforddi.</translation>
    </message>
    <message>
        <source>How others see a group</source>
        <translation>Sut mae eraill yn gweld grŵp</translation>
    </message>
    <message>
        <source>Others&apos; view minus the group&apos;s own level; a level or more either way is worth talking about.</source>
        <translation>Barn eraill llai lefel y grŵp ei hun; mae lefel neu fwy y naill ffordd neu&apos;r llall yn werth ei drafod.</translation>
    </message>
    <message>
        <source>Each group rates itself. A group may also say how ready it thinks another group, or the partnership as a whole, is on chosen items (V in the console). Set beside the group&apos;s own level, that shows whether others see the group as it sees itself: the same thing seen from two sides. For the partnership, its own level is the mean of the groups&apos; own.</source>
        <translation>Mae pob grŵp yn ei sgorio&apos;i hun. Gall grŵp hefyd ddweud pa mor barod y mae&apos;n meddwl yw grŵp arall, neu&apos;r bartneriaeth gyfan, ar eitemau dethol (V yn y consol). Ochr yn ochr â lefel y grŵp ei hun, mae hynny&apos;n dangos a yw eraill yn gweld y grŵp fel y mae&apos;n ei weld ei hun: yr un peth wedi&apos;i weld o ddwy ochr. Ar gyfer y bartneriaeth, ei lefel ei hun yw cymedr lefelau&apos;r grwpiau eu hunain.</translation>
    </message>
    <message>
        <source>Others minus own is the mean of the other groups&apos; views less the group&apos;s own level: above 0, others think the group readier than it thinks itself; below 0, less ready. A difference of {seen} level or more either way is marked as worth talking about. An item the group skipped has no own level to compare.</source>
        <translation>Eraill llai ei hun yw cymedr barn y grwpiau eraill llai lefel y grŵp ei hun: uwchlaw 0, mae eraill yn meddwl bod y grŵp yn fwy parod nag y mae&apos;n ei feddwl ei hun; islaw 0, yn llai parod. Caiff gwahaniaeth o {seen} lefel neu fwy y naill ffordd neu&apos;r llall ei nodi&apos;n werth ei drafod. Nid oes gan eitem a hepgorwyd gan y grŵp lefel ei hun i&apos;w chymharu.</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dwy</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>current level {level}</source>
        <translation>lefel bresennol {level}</translation>
    </message>
    <message>
        <source>required level {level}</source>
        <translation>lefel ofynnol {level}</translation>
    </message>
    <message>
        <source>split view</source>
        <translation>barn ranedig</translation>
    </message>
    <message>
        <source>change action {number}</source>
        <translation>newid cam gweithredu {number}</translation>
    </message>
    <message>
        <source>add plan entry {number}</source>
        <translation>ychwanegu cofnod {number} yn y cynllun</translation>
    </message>
    <message>
        <source>change plan entry {number}</source>
        <translation>newid cofnod {number} yn y cynllun</translation>
    </message>
    <message>
        <source>status of plan entry {number}</source>
        <translation>statws cofnod {number} yn y cynllun</translation>
    </message>
    <message>
        <source>remove plan entry {number}</source>
        <translation>tynnu cofnod {number} o&apos;r cynllun</translation>
    </message>
    <message>
        <source>log barrier {number}</source>
        <translation>cofnodi rhwystr {number}</translation>
    </message>
    <message>
        <source>change barrier {number}</source>
        <translation>newid rhwystr {number}</translation>
    </message>
    <message>
        <source>status of barrier {number}</source>
        <translation>statws rhwystr {number}</translation>
    </message>
    <message>
        <source>remove barrier {number}</source>
        <translation>dileu rhwystr {number}</translation>
    </message>
    <message>
        <source>“{group}”: name and size</source>
        <translation>“{group}”: enw a maint</translation>
    </message>
    <message>
        <source>add group “{group}”</source>
        <translation>ychwanegu grŵp “{group}”</translation>
    </message>
    <message>
        <source>remove group “{group}”</source>
        <translation>tynnu grŵp “{group}”</translation>
    </message>
    <message>
        <source>{group}, {code}: view of another group taken back</source>
        <translation>{group}, {code}: barn am grŵp arall wedi&apos;i thynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>{group}, {code}: view of another group, level {level}</source>
        <translation>{group}, {code}: barn am grŵp arall, lefel {level}</translation>
    </message>
    <message>
        <source>Choose the level the group agrees on first.</source>
        <translation>Dewiswch y lefel y mae&apos;r grŵp yn cytuno arni yn gyntaf.</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>cytunwyd</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hepgorwyd</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>cyfrif</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>now {old} → {new}</source>
        <translation>nawr {old} → {new}</translation>
    </message>
    <message>
        <source>needed {old} → {new}</source>
        <translation>angen {old} → {new}</translation>
    </message>
    <message>
        <source>tally {old} → {new} dots</source>
        <translation>cyfrif {old} → {new} dot</translation>
    </message>
    <message>
        <source>note for the room</source>
        <translation>nodyn i&apos;r ystafell</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>nodyn preifat</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>clirio</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>sgôr</translation>
    </message>
    <message>
        <source>add action</source>
        <translation>ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>remove action</source>
        <translation>tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>action done</source>
        <translation>cam gweithredu wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>park a question</source>
        <translation>parcio cwestiwn</translation>
    </message>
    <message>
        <source>remove parked question</source>
        <translation>tynnu cwestiwn a barciwyd</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>{group}, {code}: {change}</source>
        <translation>{group}, {code}: {change}</translation>
    </message>
    <message>
        <source>stage placement</source>
        <translation>lleoliad y cam</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The workshop list changes at once. A workshop that is open now changes when you next open it. New workshops start with the statements in this language; each workshop&apos;s report is in the language of its statements.</source>
        <translation>Mae rhestr y gweithdai yn newid ar unwaith. Mae gweithdy sydd ar agor nawr yn newid y tro nesaf y byddwch yn ei agor. Mae gweithdai newydd yn dechrau gyda&apos;r datganiadau yn yr iaith hon; mae adroddiad pob gweithdy yn iaith ei ddatganiadau.</translation>
    </message>
    <message>
        <source>Language / Iaith</source>
        <translation>Iaith / Language</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Organisation store</source>
        <translation>Storfa&apos;r sefydliad</translation>
    </message>
    <message>
        <source>postgresql+psycopg://you@db.example.org/coprod</source>
        <translation>postgresql+psycopg://chi@db.example.org/coprod</translation>
    </message>
    <message>
        <source>Organisation store address</source>
        <translation>Cyfeiriad storfa&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>heb ei newid</translation>
    </message>
    <message>
        <source>Allow an &amp;unencrypted connection to another computer</source>
        <translation>Caniatáu cysylltiad &amp;heb ei amgryptio â chyfrifiadur arall</translation>
    </message>
    <message>
        <source>Check the &amp;connection</source>
        <translation>Gwirio&apos;r &amp;cysylltiad</translation>
    </message>
    <message>
        <source>&amp;Forget the saved password</source>
        <translation>&amp;Anghofio&apos;r cyfrinair a gadwyd</translation>
    </message>
    <message>
        <source>Leave the address empty to see this laptop&apos;s workshops. The password is kept in the system keyring, never in a file; PGPASSWORD, when set, is used instead. Other computers are reached over TLS with a verified certificate unless IT says an unencrypted connection is acceptable.</source>
        <translation>Gadewch y cyfeiriad yn wag i weld gweithdai&apos;r gliniadur hwn. Cedwir y cyfrinair yn allweddgylch y system, byth mewn ffeil; defnyddir PGPASSWORD yn lle hynny pan fydd wedi&apos;i osod. Cysylltir â chyfrifiaduron eraill dros TLS gyda thystysgrif wedi&apos;i gwirio oni bai bod TG yn dweud bod cysylltiad heb ei amgryptio yn dderbyniol.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Cyf&amp;eiriad</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Cyf&amp;rinair</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Gwirio&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>No address: the organisation view shows this laptop&apos;s workshops.</source>
        <translation>Dim cyfeiriad: mae golwg y sefydliad yn dangos gweithdai&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>Connected to {where}; its schema is up to date.</source>
        <translation>Wedi cysylltu â {where}; mae ei sgema yn gyfredol.</translation>
    </message>
    <message>
        <source>Forget the saved password</source>
        <translation>Anghofio&apos;r cyfrinair a gadwyd</translation>
    </message>
    <message>
        <source>The password for this address was removed from the keyring.</source>
        <translation>Tynnwyd y cyfrinair ar gyfer y cyfeiriad hwn o&apos;r allweddgylch.</translation>
    </message>
    <message>
        <source>The keyring holds no password for this address.</source>
        <translation>Nid oes cyfrinair ar gyfer y cyfeiriad hwn yn yr allweddgylch.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Stage now</source>
        <translation>Cam nawr</translation>
    </message>
    <message>
        <source>Stage we aim for</source>
        <translation>Y cam rydym yn anelu ato</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nawr:</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>Nod:</translation>
    </message>
    <message>
        <source>Show the stages (Alt+2)</source>
        <translation>Dangos y camau (Alt+2)</translation>
    </message>
    <message>
        <source>Show the stages on the projector</source>
        <translation>Dangos y camau ar y taflunydd</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <source>Fill in the needed levels again?</source>
        <translation>Llenwi&apos;r lefelau angenrheidiol eto?</translation>
    </message>
    <message numerus="yes">
        <source>%n needed level(s) of this group were filled in from the framework or are missing. Fill them in for {stage}? The levels the group chose itself stay as they are. Undo puts everything back.</source>
        <translation>
            <numerusform>Cafodd %n lefel angenrheidiol y grŵp hwn eu llenwi o&apos;r fframwaith neu maen nhw ar goll. Eu llenwi ar gyfer {stage}? Mae&apos;r lefelau a ddewisodd y grŵp ei hun yn aros fel y maen nhw. Mae Dadwneud yn rhoi popeth yn ôl.</numerusform>
            <numerusform>Cafodd %n lefel angenrheidiol y grŵp hwn eu llenwi o&apos;r fframwaith neu maen nhw ar goll. Eu llenwi ar gyfer {stage}? Mae&apos;r lefelau a ddewisodd y grŵp ei hun yn aros fel y maen nhw. Mae Dadwneud yn rhoi popeth yn ôl.</numerusform>
            <numerusform>Cafodd %n lefel angenrheidiol y grŵp hwn eu llenwi o&apos;r fframwaith neu maen nhw ar goll. Eu llenwi ar gyfer {stage}? Mae&apos;r lefelau a ddewisodd y grŵp ei hun yn aros fel y maen nhw. Mae Dadwneud yn rhoi popeth yn ôl.</numerusform>
            <numerusform>Cafodd %n lefel angenrheidiol y grŵp hwn eu llenwi o&apos;r fframwaith neu maen nhw ar goll. Eu llenwi ar gyfer {stage}? Mae&apos;r lefelau a ddewisodd y grŵp ei hun yn aros fel y maen nhw. Mae Dadwneud yn rhoi popeth yn ôl.</numerusform>
            <numerusform>Cafodd %n lefel angenrheidiol y grŵp hwn eu llenwi o&apos;r fframwaith neu maen nhw ar goll. Eu llenwi ar gyfer {stage}? Mae&apos;r lefelau a ddewisodd y grŵp ei hun yn aros fel y maen nhw. Mae Dadwneud yn rhoi popeth yn ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Tynnu&apos;r dewis</translation>
    </message>
    <message>
        <source>Add an action: what — who (A)</source>
        <translation>Ychwanegu cam gweithredu: beth — pwy (A)</translation>
    </message>
    <message>
        <source>Enter or double-click: change the action. Space: mark it done or not.</source>
        <translation>Enter neu glicio ddwywaith: newid y cam gweithredu. Bwlch: ei farcio wedi&apos;i wneud neu beidio.</translation>
    </message>
    <message>
        <source>Park a question (L)</source>
        <translation>Parcio cwestiwn (L)</translation>
    </message>
    <message>
        <source>The action is for</source>
        <translation>Mae&apos;r cam gweithredu ar gyfer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Set a date for the action</source>
        <translation>Gosod dyddiad ar gyfer y cam gweithredu</translation>
    </message>
    <message>
        <source>The action is due by</source>
        <translation>Mae&apos;r cam gweithredu i&apos;w gwblhau erbyn</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Pob grŵp</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Dim byd penodol</translation>
    </message>
    <message>
        <source>Plan entry {number}: {what}</source>
        <translation>Cofnod {number} yn y cynllun: {what}</translation>
    </message>
    <message>
        <source>plan entry {number}</source>
        <translation>cofnod {number} yn y cynllun</translation>
    </message>
    <message>
        <source>Action {number}</source>
        <translation>Cam gweithredu {number}</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Beth sydd i&apos;w wneud</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>What the action is about</source>
        <translation>Beth yw testun y cam gweithredu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Beth:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Pwy:</translation>
    </message>
    <message>
        <source>For, by:</source>
        <translation>Ar gyfer, erbyn:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Am beth:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>to do</source>
        <translation>i&apos;w wneud</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>split</source>
        <translation>rhanedig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hepgorwyd</translation>
    </message>
</context>
<context>
    <name>StoreUnavailable</name>
    <message>
        <source>Your workshops are safe. Close the program that has the file open (a database browser, a sync client, a virus scan), or wait a moment, then try again.</source>
        <translation>Mae eich gweithdai yn ddiogel. Caewch y rhaglen sydd â&apos;r ffeil ar agor (porwr cronfa ddata, rhaglen gysoni, sgan firws), neu arhoswch am ennyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your workshops are safe. Close the other CoProd Desktop window, then try again.</source>
        <translation>Mae eich gweithdai yn ddiogel. Caewch y ffenestr CoProd Desktop arall, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your workshops are safe. Free some space on this disk, then try again, or choose another data folder.</source>
        <translation>Mae eich gweithdai yn ddiogel. Rhyddhewch rywfaint o le ar y ddisg hon, yna rhowch gynnig arall arni, neu dewiswch ffolder data arall.</translation>
    </message>
    <message>
        <source>Your workshops are safe. Make the folder writable (a USB stick may have a lock switch), then try again, or choose another data folder.</source>
        <translation>Mae eich gweithdai yn ddiogel. Gwnewch hi&apos;n bosibl ysgrifennu i&apos;r ffolder (efallai fod gan gof bach USB switsh cloi), yna rhowch gynnig arall arni, neu dewiswch ffolder data arall.</translation>
    </message>
    <message>
        <source>Make the folder writable, then try again, or choose another data folder.</source>
        <translation>Gwnewch hi&apos;n bosibl ysgrifennu i&apos;r ffolder, yna rhowch gynnig arall arni, neu dewiswch ffolder data arall.</translation>
    </message>
    <message>
        <source>Try again, or choose another data folder.</source>
        <translation>Rhowch gynnig arall arni, neu dewiswch ffolder data arall.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
</context>
<context>
    <name>Tally</name>
    <message>
        <source>&lt;b&gt;Tally&lt;/b&gt; (dots at each level)</source>
        <translation>&lt;b&gt;Cyfrif&lt;/b&gt; (dotiau ar bob lefel)</translation>
    </message>
    <message>
        <source>Dots at level {level}, {label}</source>
        <translation>Dotiau ar lefel {level}, {label}</translation>
    </message>
    <message>
        <source>Record tally</source>
        <translation>Cofnodi&apos;r cyfrif</translation>
    </message>
    <message>
        <source>Tally summary</source>
        <translation>Crynodeb y cyfrif</translation>
    </message>
    <message>
        <source>No dots counted yet.</source>
        <translation>Dim dotiau wedi&apos;u cyfrif eto.</translation>
    </message>
    <message>
        <source>median {median}, rounded up: level now {level}</source>
        <translation>canolrif {median}, wedi&apos;i dalgrynnu i fyny: lefel nawr {level}</translation>
    </message>
    <message>
        <source>median {median}: level now {level}</source>
        <translation>canolrif {median}: lefel nawr {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s): {on} on {level}, {elsewhere} elsewhere</source>
        <translation>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
            <numerusform>%n dot: {on} ar {level}, {elsewhere} mewn man arall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>an object</source>
        <extracomment>Each error code&apos;s English sentence, one table per area. The words errors use for kinds of value and for fields (``Term`` codes and ``field=``).</extracomment>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>rhestr</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>rhif degol</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>rhywbeth arall</translation>
    </message>
    <message>
        <source>area</source>
        <translation>maes</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>cam</translation>
    </message>
    <message>
        <source>kind of activity</source>
        <translation>math o weithgaredd</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>diben</translation>
    </message>
    <message>
        <source>rating status</source>
        <translation>statws sgôr</translation>
    </message>
    <message>
        <source>group role</source>
        <translation>rôl y grŵp</translation>
    </message>
    <message>
        <source>needed level source</source>
        <translation>ffynhonnell y lefel ofynnol</translation>
    </message>
    <message>
        <source>way of meeting a need</source>
        <translation>ffordd o ddiwallu angen</translation>
    </message>
    <message>
        <source>plan status</source>
        <translation>statws yn y cynllun</translation>
    </message>
    <message>
        <source>kind of barrier</source>
        <translation>math o rwystr</translation>
    </message>
    <message>
        <source>barrier status</source>
        <translation>statws rhwystr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <source>Stage placement note</source>
        <translation>Nodyn lleoli ar gam</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Perchennog y cam gweithredu</translation>
    </message>
    <message>
        <source>Parking-lot entry</source>
        <translation>Cofnod yn y maes parcio</translation>
    </message>
    <message>
        <source>Plan entry</source>
        <translation>Cofnod yn y cynllun</translation>
    </message>
    <message>
        <source>Who leads</source>
        <translation>Pwy sy&apos;n arwain</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Rhwystr</translation>
    </message>
    <message>
        <source>Barrier owner</source>
        <translation>Perchennog y rhwystr</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nodyn preifat</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Testun yr eitem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Default groups</source>
        <translation>Grwpiau diofyn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Area title</source>
        <translation>Teitl y maes</translation>
    </message>
    <message>
        <source>Area description</source>
        <translation>Disgrifiad y maes</translation>
    </message>
    <message>
        <source>Principle code</source>
        <translation>Cod yr egwyddor</translation>
    </message>
    <message>
        <source>Principle title</source>
        <translation>Teitl yr egwyddor</translation>
    </message>
    <message>
        <source>Principle description</source>
        <translation>Disgrifiad yr egwyddor</translation>
    </message>
    <message>
        <source>Stage title</source>
        <translation>Teitl y cam</translation>
    </message>
    <message>
        <source>Stage summary</source>
        <translation>Crynodeb y cam</translation>
    </message>
    <message>
        <source>Stage point</source>
        <translation>Pwynt y cam</translation>
    </message>
    <message>
        <source>Development activity</source>
        <translation>Gweithgaredd datblygu</translation>
    </message>
    <message>
        <source>Easy Read wording</source>
        <translation>Geiriad Hawdd ei Ddarllen</translation>
    </message>
    <message>
        <source>Source quote</source>
        <translation>Dyfyniad o&apos;r ffynhonnell</translation>
    </message>
    <message>
        <source>Role note</source>
        <translation>Nodyn y rôl</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Default (light)</source>
        <extracomment>Colour roles text may be drawn in, each with the grounds it may be drawn on. The painters only ever use these pairs, and the tests check every one of them in every theme. Type as the slides design it. The projector&apos;s font (DejaVu Sans), measured over the lower-case letters, in em: a letter&apos;s average advance, the average blank beside a letter&apos;s ink (its side bearings), and the space character. A test measures the font to keep these true. The British Dyslexia Association&apos;s style guide (2023): the gap between letters about 35 % of the average letter width; the gap between words at least 3.5 times the gap between letters; line spacing 1.5; no italics or capitals for emphasis (bold instead); text left-aligned and ragged-right, never justified.</extracomment>
        <translation>Diofyn (golau)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
</context>
<context>
    <name>UnsavedBar</name>
    <message>
        <source>Retry saving</source>
        <translation>Ceisio cadw eto</translation>
    </message>
    <message>
        <source>Save the changes kept on screen, once there is space</source>
        <translation>Cadw&apos;r newidiadau sydd ar y sgrin, unwaith y bydd lle</translation>
    </message>
    <message>
        <source>Save to another folder…</source>
        <translation>Cadw mewn ffolder arall…</translation>
    </message>
    <message>
        <source>Write the whole workshop, as on screen, to a workshop file somewhere else</source>
        <translation>Ysgrifennu&apos;r gweithdy cyfan, fel y mae ar y sgrin, i ffeil gweithdy yn rhywle arall</translation>
    </message>
    <message>
        <source>Retry saving ({n})</source>
        <translation>Ceisio cadw eto ({n})</translation>
    </message>
    <message>
        <source>Save the workshop to another folder</source>
        <translation>Cadw&apos;r gweithdy mewn ffolder arall</translation>
    </message>
    <message>
        <source>CoProd workshop (*.coprod)</source>
        <translation>Gweithdy CoProd (*.coprod)</translation>
    </message>
    <message>
        <source>The workshop was not saved there</source>
        <translation>Ni chafodd y gweithdy ei gadw yno</translation>
    </message>
    <message>
        <source>Workshop saved</source>
        <translation>Gweithdy wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>The whole workshop, with every change on screen, is saved in {path}. Import it (Workshop ▸ Import) into a data folder that has space.</source>
        <translation>Mae&apos;r gweithdy cyfan, gyda phob newid sydd ar y sgrin, wedi&apos;i gadw yn {path}. Mewnforiwch ef (Gweithdy ▸ Mewnforio) i ffolder data sydd â lle.</translation>
    </message>
    <message>
        <source>Changes are not saved</source>
        <translation>Nid yw&apos;r newidiadau wedi&apos;u cadw</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved, because the disk is full or read-only. Save the whole workshop to another folder before closing? (No closes without them.)</source>
        <translation>
            <numerusform>Nid oedd modd cadw %n newid, oherwydd bod y ddisg yn llawn neu&apos;n ddarllen-yn-unig. Cadw&apos;r gweithdy cyfan mewn ffolder arall cyn cau? (Mae Na yn cau hebddynt.)</numerusform>
            <numerusform>Nid oedd modd cadw %n newid, oherwydd bod y ddisg yn llawn neu&apos;n ddarllen-yn-unig. Cadw&apos;r gweithdy cyfan mewn ffolder arall cyn cau? (Mae Na yn cau hebddynt.)</numerusform>
            <numerusform>Nid oedd modd cadw %n newid, oherwydd bod y ddisg yn llawn neu&apos;n ddarllen-yn-unig. Cadw&apos;r gweithdy cyfan mewn ffolder arall cyn cau? (Mae Na yn cau hebddynt.)</numerusform>
            <numerusform>Nid oedd modd cadw %n newid, oherwydd bod y ddisg yn llawn neu&apos;n ddarllen-yn-unig. Cadw&apos;r gweithdy cyfan mewn ffolder arall cyn cau? (Mae Na yn cau hebddynt.)</numerusform>
            <numerusform>Nid oedd modd cadw %n newid, oherwydd bod y ddisg yn llawn neu&apos;n ddarllen-yn-unig. Cadw&apos;r gweithdy cyfan mewn ffolder arall cyn cau? (Mae Na yn cau hebddynt.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsDialog</name>
    <message>
        <source>How ready are the others?</source>
        <translation>Pa mor barod yw&apos;r lleill?</translation>
    </message>
    <message>
        <source>How ready {group} thinks the others are</source>
        <translation>Pa mor barod y mae {group} yn meddwl yw&apos;r lleill</translation>
    </message>
    <message>
        <source>The partnership as a whole</source>
        <translation>Y bartneriaeth gyfan</translation>
    </message>
    <message>
        <source>How ready {group} thinks each of the others is</source>
        <translation>Pa mor barod y mae {group} yn meddwl yw pob un o&apos;r lleill</translation>
    </message>
    <message>
        <source>{low}–{high}: how ready the chosen one is (then the next) · ↑ ↓ choose · Delete: no view · Ctrl+Z: undo · Esc: back to capture</source>
        <translation>{low}–{high}: pa mor barod yw&apos;r un a ddewiswyd (yna&apos;r nesaf) · ↑ ↓ dewis · Delete: dim barn · Ctrl+Z: dadwneud · Esc: yn ôl i gofnodi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>heb ei rhoi</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Active Involvement</source>
        <translation>Cyfranogiad Gweithredol</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Cyd-ddylunio</translation>
    </message>
    <message>
        <source>Co-delivery</source>
        <translation>Cyd-gyflenwi</translation>
    </message>
    <message>
        <source>Full Co-production</source>
        <translation>Cyd-gynhyrchu Llawn</translation>
    </message>
    <message>
        <source>Service users and carers</source>
        <translation>Defnyddwyr gwasanaeth a gofalwyr</translation>
    </message>
    <message>
        <source>Community groups</source>
        <translation>Grwpiau cymunedol</translation>
    </message>
    <message>
        <source>Front-line staff</source>
        <translation>Staff rheng flaen</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Rheolwyr</translation>
    </message>
    <message>
        <source>Commissioners</source>
        <translation>Comisiynwyr</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Cymorth gan gymheiriaid</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Cysgodi</translation>
    </message>
    <message>
        <source>Asset mapping</source>
        <translation>Mapio asedau</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Hyfforddi unigol</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Darllen</translation>
    </message>
    <message>
        <source>Planning: find barriers</source>
        <translation>Cynllunio: canfod rhwystrau</translation>
    </message>
    <message>
        <source>Live self-assessment</source>
        <translation>Hunanasesiad byw</translation>
    </message>
    <message>
        <source>Training-needs review</source>
        <translation>Adolygiad anghenion hyfforddi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Adnoddau</translation>
    </message>
    <message>
        <source>Policy or rules</source>
        <translation>Polisi neu reolau</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Diwylliant</translation>
    </message>
    <message>
        <source>People and capacity</source>
        <translation>Pobl a gallu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Wedi delio ag ef</translation>
    </message>
    <message>
        <source>Role not set</source>
        <translation>Rôl heb ei gosod</translation>
    </message>
</context>
<context>
    <name>WorkshopList</name>
    <message>
        <source>New workshop…</source>
        <translation>Gweithdy newydd…</translation>
    </message>
    <message>
        <source>Set up a new workshop</source>
        <translation>Sefydlu gweithdy newydd</translation>
    </message>
    <message>
        <source>Run the selected workshop: capture ratings and show them on the projector</source>
        <translation>Cynnal y gweithdy a ddewiswyd: cofnodi sgorau a&apos;u dangos ar y taflunydd</translation>
    </message>
    <message>
        <source>See every group&apos;s ratings for the selected workshop in one grid</source>
        <translation>Gweld sgorau pob grŵp ar gyfer y gweithdy a ddewiswyd mewn un grid</translation>
    </message>
    <message>
        <source>Make an empty copy of the selected workshop to run again later</source>
        <translation>Gwneud copi gwag o&apos;r gweithdy a ddewiswyd i&apos;w gynnal eto&apos;n nes ymlaen</translation>
    </message>
    <message>
        <source>Delete the selected workshop</source>
        <translation>Dileu&apos;r gweithdy a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Gweithdy newydd…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;All ratings</source>
        <translation>&amp;Pob sgôr</translation>
    </message>
    <message>
        <source>See the selected workshop&apos;s results: profiles, training needs, heat maps, stages, change since its baseline</source>
        <translation>Gweld canlyniadau&apos;r gweithdy a ddewiswyd: proffiliau, anghenion hyfforddi, mapiau gwres, camau, newid ers ei linell sylfaen</translation>
    </message>
    <message>
        <source>Trainin&amp;g plan…</source>
        <translation>C&amp;ynllun hyfforddi…</translation>
    </message>
    <message>
        <source>Make the selected workshop&apos;s training plan from its needs: what, for whom, how, who leads and by when</source>
        <translation>Gwneud cynllun hyfforddi&apos;r gweithdy a ddewiswyd o&apos;i anghenion: beth, i bwy, sut, pwy sy&apos;n arwain ac erbyn pryd</translation>
    </message>
    <message>
        <source>Barriers in the &amp;way…</source>
        <translation>Rhwystrau ar y ff&amp;ordd…</translation>
    </message>
    <message>
        <source>Log what stands in the way of co-production for the selected workshop: the stage or principle it holds back, its kind, owner and next step</source>
        <translation>Cofnodi beth sy&apos;n sefyll yn ffordd cyd-gynhyrchu ar gyfer y gweithdy a ddewiswyd: y cam neu&apos;r egwyddor y mae&apos;n ei ddal yn ôl, ei fath, ei berchennog a&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>&amp;Duplicate as follow-up</source>
        <translation>&amp;Dyblygu fel gweithdy dilynol</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Dil&amp;eu…</translation>
    </message>
    <message>
        <source>&amp;Import workshop file…</source>
        <translation>&amp;Mewnforio ffeil gweithdy…</translation>
    </message>
    <message>
        <source>Add a workshop from a .coprod file</source>
        <translation>Ychwanegu gweithdy o ffeil .coprod</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Export workshop file…</source>
        <translation>Allforio &amp;ffeil gweithdy…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Allforio ad&amp;roddiad…</translation>
    </message>
    <message>
        <source>Export da&amp;ta…</source>
        <translation>Allforio da&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Blank form…</source>
        <translation>Ffurflen &amp;wag…</translation>
    </message>
    <message>
        <source>Participants&apos; s&amp;heet…</source>
        <translation>Taflen y cyfra&amp;nogwyr…</translation>
    </message>
    <message>
        <source>Save an Easy Read page for each group to print: what it told us and what happens next</source>
        <translation>Cadw tudalen Hawdd ei Darllen i bob grŵp i&apos;w hargraffu: beth ddywedodd wrthym ni a beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Enter from &amp;paper forms…</source>
        <translation>Rhoi i mewn o ffurflenni pap&amp;ur…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>Fframweit&amp;hiau…</translation>
    </message>
    <message>
        <source>Tailor a framework for your place: items, wording, needed levels per role</source>
        <translation>Addasu fframwaith i&apos;ch ardal: eitemau, geiriad, lefelau angenrheidiol fesul rôl</translation>
    </message>
    <message>
        <source>Open the de&amp;mo workshop</source>
        <translation>Agor y gweithdy enghreifft&amp;iol</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Gadae&amp;l</translation>
    </message>
    <message>
        <source>Save the selected workshop as a .coprod file to share or keep</source>
        <translation>Cadw&apos;r gweithdy a ddewiswyd fel ffeil .coprod i&apos;w rhannu neu ei chadw</translation>
    </message>
    <message>
        <source>Res&amp;ults…</source>
        <translation>&amp;Canlyniadau…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Save the selected workshop&apos;s training-needs report as a PDF</source>
        <translation>Cadw adroddiad anghenion hyfforddi&apos;r gweithdy a ddewiswyd fel PDF</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Adroddiad…</translation>
    </message>
    <message>
        <source>Save the selected workshop&apos;s results as CSV, Excel or JSON</source>
        <translation>Cadw canlyniadau&apos;r gweithdy a ddewiswyd fel CSV, Excel neu JSON</translation>
    </message>
    <message>
        <source>Save a printable paper form for the selected workshop, in case the laptop fails</source>
        <translation>Cadw ffurflen bapur i&apos;w hargraffu ar gyfer y gweithdy a ddewiswyd, rhag ofn i&apos;r gliniadur fethu</translation>
    </message>
    <message>
        <source>Type in the ratings from filled-in paper forms, item by item, group by group</source>
        <translation>Teipio&apos;r sgorau o ffurflenni papur wedi&apos;u llenwi, fesul eitem, fesul grŵp</translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation>Agor y gweithdy enghreifftiol</translation>
    </message>
    <message>
        <source>Add the demo workshop to the list</source>
        <translation>Ychwanegu&apos;r gweithdy enghreifftiol at y rhestr</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Ail-wneud y newid a ddadwnaethoch</translation>
    </message>
    <message>
        <source>Close CoProd Desktop</source>
        <translation>Cau CoProd Desktop</translation>
    </message>
    <message>
        <source>Workshop files (*.coprod);;All files (*)</source>
        <translation>Ffeiliau gweithdy (*.coprod);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Undo or redo did not work</source>
        <translation>Ni weithiodd dadwneud nac ail-wneud</translation>
    </message>
    <message>
        <source>Your workshops could not be read</source>
        <translation>Nid oedd modd darllen eich gweithdai</translation>
    </message>
    <message>
        <source>This workshop could not be read</source>
        <translation>Nid oedd modd darllen y gweithdy hwn</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Dadwneud: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Ail-wneud: {change} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The frameworks could not be read</source>
        <translation>Nid oedd modd darllen y fframweithiau</translation>
    </message>
    <message>
        <source>This workshop could not be opened</source>
        <translation>Nid oedd modd agor y gweithdy hwn</translation>
    </message>
    <message>
        <source>The workshop was not duplicated</source>
        <translation>Ni chafodd y gweithdy ei ddyblygu</translation>
    </message>
    <message>
        <source>Delete this workshop?</source>
        <translation>Dileu&apos;r gweithdy hwn?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Dileu “{title}”?</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n rating(s)</source>
        <translation>
            <numerusform>Mae&apos;n cynnwys %n sgôr</numerusform>
            <numerusform>Mae&apos;n cynnwys %n sgôr</numerusform>
            <numerusform>Mae&apos;n cynnwys %n sgôr</numerusform>
            <numerusform>Mae&apos;n cynnwys %n sgôr</numerusform>
            <numerusform>Mae&apos;n cynnwys %n sgôr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n group(s).</source>
        <translation>
            <numerusform>gan %n grŵp.</numerusform>
            <numerusform>gan %n grŵp.</numerusform>
            <numerusform>gan %n grŵp.</numerusform>
            <numerusform>gan %n grŵp.</numerusform>
            <numerusform>gan %n grŵp.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring it back with Undo (Ctrl+Z) until you close CoProd Desktop.</source>
        <translation>Gallwch ei adfer gyda Dadwneud (Ctrl+Z) nes i chi gau CoProd Desktop.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) of your workshops still hold it. They are kept until newer backups replace them (the newest {keep} are kept). Tick the box below to remove it from them now: each backup is rewritten without this workshop and keeps all the others. That cannot be undone.</source>
        <translation>
            <numerusform>Mae %n copi wrth gefn awtomatig o&apos;ch gweithdai yn dal i&apos;w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i&apos;w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw&apos;r lleill i gyd. Does dim modd dadwneud hynny.</numerusform>
            <numerusform>Mae %n copi wrth gefn awtomatig o&apos;ch gweithdai yn dal i&apos;w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i&apos;w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw&apos;r lleill i gyd. Does dim modd dadwneud hynny.</numerusform>
            <numerusform>Mae %n copi wrth gefn awtomatig o&apos;ch gweithdai yn dal i&apos;w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i&apos;w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw&apos;r lleill i gyd. Does dim modd dadwneud hynny.</numerusform>
            <numerusform>Mae %n copi wrth gefn awtomatig o&apos;ch gweithdai yn dal i&apos;w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i&apos;w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw&apos;r lleill i gyd. Does dim modd dadwneud hynny.</numerusform>
            <numerusform>Mae %n copi wrth gefn awtomatig o&apos;ch gweithdai yn dal i&apos;w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i&apos;w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw&apos;r lleill i gyd. Does dim modd dadwneud hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also remove it from the automatic backups</source>
        <translation>Ei dynnu hefyd o&apos;r copïau wrth gefn awtomatig</translation>
    </message>
    <message numerus="yes">
        <source>Removed it from %n automatic backup(s).</source>
        <translation>
            <numerusform>Wedi&apos;i dynnu o %n copi wrth gefn awtomatig.</numerusform>
            <numerusform>Wedi&apos;i dynnu o %n copi wrth gefn awtomatig.</numerusform>
            <numerusform>Wedi&apos;i dynnu o %n copi wrth gefn awtomatig.</numerusform>
            <numerusform>Wedi&apos;i dynnu o %n copi wrth gefn awtomatig.</numerusform>
            <numerusform>Wedi&apos;i dynnu o %n copi wrth gefn awtomatig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that could not be read.</source>
        <translation>
            <numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform>
            <numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform>
            <numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform>
            <numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform>
            <numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop was not deleted</source>
        <translation>Ni chafodd y gweithdy ei ddileu</translation>
    </message>
    <message>
        <source>The backups still hold the workshop</source>
        <translation>Mae&apos;r copïau wrth gefn yn dal i gynnwys y gweithdy</translation>
    </message>
    <message>
        <source>Import a workshop file</source>
        <translation>Mewnforio ffeil gweithdy</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Wedi mewnforio {name}</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Nodiadau preifat</translation>
    </message>
    <message>
        <source>“{title}” has private notes ({count}). A workshop file carries them to whoever opens it. Leave them out of this file?</source>
        <translation>Mae gan “{title}” nodiadau preifat ({count}). Mae ffeil gweithdy yn eu cario i bwy bynnag sy&apos;n ei hagor. Eu gadael allan o&apos;r ffeil hon?</translation>
    </message>
    <message>
        <source>Export workshop file</source>
        <translation>Allforio ffeil gweithdy</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Ni chafodd y ffeil ei hysgrifennu</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>Wedi allforio “{title}” i {path}</translation>
    </message>
    <message>
        <source>The demo workshop could not be added</source>
        <translation>Nid oedd modd ychwanegu&apos;r gweithdy enghreifftiol</translation>
    </message>
    <message>
        <source>Details of the selected workshop</source>
        <translation>Manylion y gweithdy a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose a workshop in the list to see its details here.</source>
        <translation>Dewiswch weithdy yn y rhestr i weld ei fanylion yma.</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Agor y gweithdy</translation>
    </message>
    <message>
        <source>See this workshop&apos;s ratings (Return)</source>
        <translation>Gweld sgorau&apos;r gweithdy hwn (Return)</translation>
    </message>
    <message>
        <source>Groups ({count})</source>
        <translation>Grwpiau ({count})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Gweithdy dilynol i</translation>
    </message>
    <message>
        <source>an earlier workshop (not in this list)</source>
        <translation>gweithdy cynharach (nid yw yn y rhestr hon)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
            <numerusform>%n o bobl</numerusform>
        </translation>
    </message>
    <message>
        <source>People: not set</source>
        <translation>Pobl: heb ei osod</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Where the group places itself now → the stage it aims for</source>
        <translation>Ble mae&apos;r grŵp yn ei osod ei hun nawr → y cam y mae&apos;n anelu ato</translation>
    </message>
    <message numerus="yes">
        <source>{group}: {rated} of %n item(s) rated</source>
        <translation>
            <numerusform>{group}: {rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{group}: {rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{group}: {rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{group}: {rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{group}: {rated} o %n eitem wedi&apos;u sgorio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rated} of %n item(s) rated</source>
        <translation>
            <numerusform>{rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{rated} o %n eitem wedi&apos;u sgorio</numerusform>
            <numerusform>{rated} o %n eitem wedi&apos;u sgorio</numerusform>
        </translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>heb ei osod eto</translation>
    </message>
    <message>
        <source>no aim yet</source>
        <translation>dim nod eto</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>Yn agor eich gweithdai…</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>Dim gweithdai eto</translation>
    </message>
    <message>
        <source>Open the demo workshop to see how a finished workshop looks, with four groups and their ratings. Or set up your own workshop for your next session.</source>
        <translation>Agorwch y gweithdy enghreifftiol i weld sut olwg sydd ar weithdy gorffenedig, gyda phedwar grŵp a&apos;u sgorau. Neu sefydlwch eich gweithdy eich hun ar gyfer eich sesiwn nesaf.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>The value a column sorts by (dates as ISO text, numbers as numbers). The workshop&apos;s id, on every cell of its row. How complete the workshop is, 0.0–1.0, for the bar in the Rated column. Column titles (translated in context &quot;WorkshopList&quot; when shown).</extracomment>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Wedi sgorio</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Dim grwpiau</translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n rating(s) recorded</source>
        <translation>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;i chofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
            <numerusform>{recorded} o %n sgôr wedi&apos;u cofnodi</numerusform>
        </translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Ffolder data: {path}</translation>
    </message>
    <message>
        <source>✓ Saved at {time}</source>
        <translation>✓ Wedi&apos;i gadw am {time}</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you make it.</source>
        <translation>Mae pob newid yn cael ei gadw cyn gynted ag y byddwch yn ei wneud.</translation>
    </message>
    <message>
        <source>Workshop tools</source>
        <translation>Offer gweithdy</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Gweithdy</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Go&amp;sodiadau…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Go&amp;lygu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About {app}…</source>
        <translation>&amp;Ynghylch {app}…</translation>
    </message>
    <message>
        <source>New workshop “{title}”</source>
        <translation>Gweithdy newydd “{title}”</translation>
    </message>
    <message>
        <source>Duplicate “{title}” as follow-up</source>
        <translation>Dyblygu “{title}” fel gweithdy dilynol</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Mewnforio “{name}”</translation>
    </message>
    <message>
        <source>Add the demo workshop</source>
        <translation>Ychwanegu&apos;r gweithdy enghreifftiol</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Dileu “{title}”</translation>
    </message>
    <message>
        <source>Workshops</source>
        <extracomment>The selected workshop changed (a WorkshopSummary, or None).</extracomment>
        <translation>Gweithdai</translation>
    </message>
</context>
</TS>
