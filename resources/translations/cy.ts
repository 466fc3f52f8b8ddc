<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
        <translation>Wedi'i gwneud gan fersiwn mwy newydd o CoProd Desktop</translation>
    </message>
    <message>
        <source>Your workshops file is damaged</source>
        <translation>Mae ffeil eich gweithdai wedi'i difrodi</translation>
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
        <translation>Aeth rhywbeth o'i le</translation>
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
        <translation>○ i'w wneud</translation>
    </message>
    <message>
        <source>Median {median}</source>
        <translation>Canolrif {median}</translation>
    </message>
    <message>
        <source>range {low}–{high}</source>
        <translation>amrediad {low}–{high}</translation>
    </message>
    <message>
        <source>all at {level}</source>
        <translation>pob un ar {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation><numerusform>%n dot</numerusform><numerusform>%n dot</numerusform><numerusform>%n dot</numerusform><numerusform>%n dot</numerusform><numerusform>%n dot</numerusform></translation>
    </message>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Eitem {number} o {total}</translation>
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
        <translation>Ble mae'r grŵp nawr</translation>
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
        <translation>Clirio'r sgôr hon</translation>
    </message>
    <message>
        <source>Note for the room (N)</source>
        <translation>Nodyn i'r ystafell (N)</translation>
    </message>
    <message>
        <source>Private note, never projected (P)</source>
        <translation>Nodyn preifat, byth ar y sgrin (P)</translation>
    </message>
    <message>
        <source>Note for the room (N) — shown on the projector with the result</source>
        <translation>Nodyn i'r ystafell (N) — i'w weld ar y taflunydd gyda'r canlyniad</translation>
    </message>
    <message>
        <source>Private note (P) — for you only: never projected, never printed</source>
        <translation>Nodyn preifat (P) — i chi yn unig: byth ar y sgrin, byth wedi'i argraffu</translation>
    </message>
    <message>
        <source>{group}  ·  item {number} of {total}  ·  {code}  ·  {area}  ·  {principle}</source>
        <translation>{group}  ·  eitem {number} o {total}  ·  {code}  ·  {area}  ·  {principle}</translation>
    </message>
    <message>
        <source>Easy Read: {text}</source>
        <translation>Hawdd ei Ddarllen: {text}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Title</source>
        <extracomment>Narrowest the capture panel gets (five level buttons and the notes), and the side columns.</extracomment>
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
        <translation>Eitemau wedi'u sgorio i'r grŵp hwn</translation>
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
        <source>Stage</source>
        <translation>Cam</translation>
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
        <source>Export report…</source>
        <translation>Allforio adroddiad…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Allforio data…</translation>
    </message>
    <message>
        <source>Blank form…</source>
        <translation>Ffurflen wag…</translation>
    </message>
    <message>
        <source>Enter from paper forms…</source>
        <translation>Rhoi i mewn o ffurflenni papur…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Gosodiadau…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Export the report, the data or a blank form</source>
        <translation>Allforio'r adroddiad, y data neu ffurflen wag</translation>
    </message>
    <message>
        <source>Export the report (Ctrl+Shift+E), the data, or a blank paper form</source>
        <translation>Allforio'r adroddiad (Ctrl+Shift+E), y data, neu ffurflen bapur wag</translation>
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
        <translation>Pob newid wedi'i gadw</translation>
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
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>Preview of the projector</source>
        <translation>Rhagolwg o'r taflunydd</translation>
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
        <translation><numerusform>{done} o %n eitem wedi'u sgorio</numerusform><numerusform>{done} o %n eitem wedi'i sgorio</numerusform><numerusform>{done} o %n eitem wedi'u sgorio</numerusform><numerusform>{done} o %n eitem wedi'u sgorio</numerusform><numerusform>{done} o %n eitem wedi'u sgorio</numerusform></translation>
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
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF ar bapur A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF ar bapur US Letter (*.pdf)</translation>
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
        <extracomment>Each export's messages as whole sentences (Welsh mutates the noun, so no "{what}" slots).</extracomment>
        <translation>Ni chafodd yr adroddiad ei wneud</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Ni chafodd yr adroddiad ei gadw</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Adroddiad wedi'i gadw</translation>
    </message>
    <message>
        <source>Exporting the report</source>
        <translation>Yn allforio'r adroddiad</translation>
    </message>
    <message>
        <source>Making the report for “{title}”…</source>
        <translation>Yn gwneud yr adroddiad ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The report for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae'r adroddiad ar gyfer “{title}” wedi'i gadw fel
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
        <translation>Data wedi'u cadw</translation>
    </message>
    <message>
        <source>Exporting the data</source>
        <translation>Yn allforio'r data</translation>
    </message>
    <message>
        <source>Making the data for “{title}”…</source>
        <translation>Yn gwneud y data ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The data for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae'r data ar gyfer “{title}” wedi'u cadw fel
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
        <translation>Ffurflen wag wedi'i chadw</translation>
    </message>
    <message>
        <source>Exporting the blank form</source>
        <translation>Yn allforio'r ffurflen wag</translation>
    </message>
    <message>
        <source>Making the blank form for “{title}”…</source>
        <translation>Yn gwneud y ffurflen wag ar gyfer “{title}”…</translation>
    </message>
    <message>
        <source>The blank form for “{title}” is saved as
{path}

Open it now?</source>
        <translation>Mae'r ffurflen wag ar gyfer “{title}” wedi'i chadw fel
{path}

Ei hagor nawr?</translation>
    </message>
    <message>
        <source>Export the report of “{title}”</source>
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
        <source>Export the data of “{title}”</source>
        <translation>Allforio data “{title}”</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Disodli'r ffeil?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>Mae {path} yn bodoli'n barod. Ei disodli?</translation>
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
        <translation>Ni wnaeth unrhyw ap ar y cyfrifiadur hwn agor {name}. Mae wedi'i chadw yn {folder}.</translation>
    </message>
    <message>
        <source>Nothing was written.

{problem}</source>
        <translation>Ni ysgrifennwyd dim.

{problem}</translation>
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
        <translation>Enw'r grŵp</translation>
    </message>
    <message>
        <source>Stage the group aims for</source>
        <translation>Y cam y mae'r grŵp yn anelu ato</translation>
    </message>
    <message>
        <source>Choosing a stage fills in the levels each item typically needs</source>
        <translation>Mae dewis cam yn llenwi'r lefelau sydd eu hangen fel arfer ar gyfer pob eitem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Tynnu'r grŵp hwn</translation>
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
        <translation>Eitemau i'w cynnwys</translation>
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
        <translation><numerusform>%n o {total} eitem i'w cynnwys</numerusform><numerusform>%n o {total} eitem i'w cynnwys</numerusform><numerusform>%n o {total} eitem i'w cynnwys</numerusform><numerusform>%n o {total} eitem i'w cynnwys</numerusform><numerusform>%n o {total} eitem i'w cynnwys</numerusform></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Capture</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Where the group is now (agreed)</source>
        <translation>Ble mae'r grŵp nawr (wedi cytuno)</translation>
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
        <translation>Wedi cytuno wedi'r cyfan</translation>
    </message>
    <message>
        <source>Skip this item</source>
        <translation>Hepgor yr eitem hon</translation>
    </message>
    <message>
        <source>Clear this item's rating</source>
        <translation>Clirio sgôr yr eitem hon</translation>
    </message>
    <message>
        <source>Type the tally (dots at each level)</source>
        <translation>Teipio'r cyfrif (dotiau ar bob lefel)</translation>
    </message>
    <message>
        <source>Note for the room / private note</source>
        <translation>Nodyn i'r ystafell / nodyn preifat</translation>
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
        <source>Next item (Enter in a note saves it first)</source>
        <translation>Eitem nesaf (mae Enter mewn nodyn yn ei gadw'n gyntaf)</translation>
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
        <translation>Datgelu / cuddio'r canlyniad a gytunwyd</translation>
    </message>
    <message>
        <source>Curtain: blank the projector, or open it again</source>
        <translation>Llen: gwagio'r taflunydd, neu ei agor eto</translation>
    </message>
    <message>
        <source>Freeze the projector while you type, or unfreeze</source>
        <translation>Rhewi'r taflunydd tra byddwch yn teipio, neu ei ddadrewi</translation>
    </message>
    <message>
        <source>Title, stages, item, group summary, closing, results slide</source>
        <translation>Teitl, camau, eitem, crynodeb y grŵp, cloi, sleid canlyniadau</translation>
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
        <source>Add an action (what — who)</source>
        <translation>Ychwanegu cam gweithredu (beth — pwy)</translation>
    </message>
    <message>
        <source>Park a question</source>
        <translation>Parcio cwestiwn</translation>
    </message>
    <message>
        <source>Results: profiles, needs, heat map, stages, change</source>
        <translation>Canlyniadau: proffiliau, anghenion, map gwres, camau, newid</translation>
    </message>
    <message>
        <source>Export the training-needs report (PDF)</source>
        <translation>Allforio'r adroddiad anghenion hyfforddi (PDF)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Y rhestr hon</translation>
    </message>
    <message>
        <source>Close the workshop, back to the list</source>
        <translation>Cau'r gweithdy, yn ôl i'r rhestr</translation>
    </message>
</context>
<context>
    <name>NewWorkshop</name>
    <message>
        <source>Title</source>
        <extracomment>Words for the fields a ValidationError may name (translated where shown).</extracomment>
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
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grwpiau</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Enw'r grŵp</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
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
        <source>e.g. St Anne's Community Hall</source>
        <translation>e.e. Neuadd Gymunedol y Santes Ann</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n item(s))</source>
        <translation><numerusform>{name} (%n eitem)</numerusform><numerusform>{name} (%n eitem)</numerusform><numerusform>{name} (%n eitem)</numerusform><numerusform>{name} (%n eitem)</numerusform><numerusform>{name} (%n eitem)</numerusform></translation>
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
        <source>Each group rates itself. Leave “People” as “Not set” if you don't know yet.</source>
        <translation>Mae pob grŵp yn sgorio'i hun. Gadewch “Pobl” fel “Heb ei osod” os nad ydych chi'n gwybod eto.</translation>
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
        <source>Workshop and groups</source>
        <translation>Gweithdy a grwpiau</translation>
    </message>
    <message>
        <source>Items in scope</source>
        <translation>Eitemau i'w cynnwys</translation>
    </message>
    <message>
        <source>Please check: {problem}</source>
        <translation>Gwiriwch: {problem}</translation>
    </message>
    <message>
        <source>Items in scope ({chosen} of {total})</source>
        <translation>Eitemau i'w cynnwys ({chosen} o {total})</translation>
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
        <translation><numerusform>%n grŵp</numerusform><numerusform>%n grŵp</numerusform><numerusform>%n grŵp</numerusform><numerusform>%n grŵp</numerusform><numerusform>%n grŵp</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n rating(s) recorded</source>
        <translation><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'i chofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform></translation>
    </message>
    <message>
        <source>“2 → 4” means the group is at level 2 now and needs level 4. Cells with a gap are shaded and say how big the gap is. “split” means the group did not agree: point at the cell to see the votes.
Levels: {levels}</source>
        <translation>Mae “2 → 4” yn golygu bod y grŵp ar lefel 2 nawr a bod angen lefel 4 arno. Mae celloedd â bwlch wedi'u lliwio ac yn dweud pa mor fawr yw'r bwlch. Mae “rhanedig” yn golygu nad oedd y grŵp yn cytuno: pwyntiwch at y gell i weld y pleidleisiau.
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
        <translation><numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o'r ffurflen bapur</numerusform><numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o'r ffurflen bapur</numerusform><numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o'r ffurflen bapur</numerusform><numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o'r ffurflen bapur</numerusform><numerusform>Rhoi %n sgôr i mewn ar gyfer “{group}” o'r ffurflen bapur</numerusform></translation>
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
        <translation><numerusform>lefel {level}: %n pleidlais</numerusform><numerusform>lefel {level}: %n pleidlais</numerusform><numerusform>lefel {level}: %n pleidlais</numerusform><numerusform>lefel {level}: %n pleidlais</numerusform><numerusform>lefel {level}: %n pleidlais</numerusform></translation>
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
        <translation><numerusform>%n o bobl</numerusform><numerusform>%n person</numerusform><numerusform>%n o bobl</numerusform><numerusform>%n o bobl</numerusform><numerusform>%n o bobl</numerusform></translation>
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
        <translation>Thema'r taflunydd</translation>
    </message>
    <message>
        <source>Projector zoom</source>
        <translation>Chwyddo'r taflunydd</translation>
    </message>
    <message>
        <source>Dyslexia-friendly spacing</source>
        <translation>Bylchau sy'n ystyriol o ddyslecsia</translation>
    </message>
    <message>
        <source>Wider gaps between letters, words and lines; no italics; text left-aligned. Works with every theme.</source>
        <translation>Bylchau lletach rhwng llythrennau, geiriau a llinellau; dim llythrennau italig; testun wedi'i alinio i'r chwith. Yn gweithio gyda phob thema.</translation>
    </message>
    <message>
        <source>Screen {name}</source>
        <translation>Sgrin {name}</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>Mewn ffenestr</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Choose the level the group agrees on first.</source>
        <extracomment>A rating was committed: (group key, item code). Emitted just before workshop_changed, so views that show ratings can update that one cell instead of everything. Ratings change only through :meth:`apply_rating`. How many steps are kept in memory because the disk refused them (0: all saved). The workshop a follow-up is compared with (set by the console), for the results. Steps the disk refused (full, read-only), newest state per thing, saved in order by the next change or "Retry saving". See "saving when the disk refuses" below.</extracomment>
        <translation>Dewiswch y lefel y mae'r grŵp yn cytuno arni yn gyntaf.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi'i gadw</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi'i gadw</translation>
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
        <source>The workshop list changes at once. A workshop that is open now changes when you next open it. New workshops start with the statements in this language; each workshop's report is in the language of its statements.</source>
        <translation>Mae rhestr y gweithdai yn newid ar unwaith. Mae gweithdy sydd ar agor nawr yn newid y tro nesaf y byddwch yn ei agor. Mae gweithdai newydd yn dechrau gyda'r datganiadau yn yr iaith hon; mae adroddiad pob gweithdy yn iaith ei ddatganiadau.</translation>
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
        <source>Show the stages on the projector</source>
        <translation>Dangos y camau ar y taflunydd</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Tynnu'r dewis</translation>
    </message>
    <message>
        <source>Add an action: what — who (A)</source>
        <translation>Ychwanegu cam gweithredu: beth — pwy (A)</translation>
    </message>
    <message>
        <source>Park a question (L)</source>
        <translation>Parcio cwestiwn (L)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>to do</source>
        <translation>i'w wneud</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi'i wneud</translation>
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
        <translation>Cofnodi'r cyfrif</translation>
    </message>
    <message>
        <source>Tally summary</source>
        <translation>Crynodeb y cyfrif</translation>
    </message>
    <message>
        <source>No dots counted yet.</source>
        <translation>Dim dotiau wedi'u cyfrif eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) · median {median} · range {low}–{high}</source>
        <translation><numerusform>%n dot · canolrif {median} · amrediad {low}–{high}</numerusform><numerusform>%n dot · canolrif {median} · amrediad {low}–{high}</numerusform><numerusform>%n dot · canolrif {median} · amrediad {low}–{high}</numerusform><numerusform>%n dot · canolrif {median} · amrediad {low}–{high}</numerusform><numerusform>%n dot · canolrif {median} · amrediad {low}–{high}</numerusform></translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Default (light)</source>
        <extracomment>Colour roles text may be drawn in, each with the grounds it may be drawn on. The painters only ever use these pairs, and the tests check every one of them in every theme. Type as the slides design it. The projector's font (DejaVu Sans), measured over the lower-case letters, in em: a letter's average advance, the average blank beside a letter's ink (its side bearings), and the space character. A test measures the font to keep these true. The British Dyslexia Association's style guide (2023): the gap between letters about 35 % of the average letter width; the gap between words at least 3.5 times the gap between letters; line spacing 1.5; no italics or capitals for emphasis (bold instead); text left-aligned and ragged-right, never justified.</extracomment>
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
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Run the selected workshop: capture ratings and show them on the projector</source>
        <translation>Cynnal y gweithdy a ddewiswyd: cofnodi sgorau a'u dangos ar y taflunydd</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>Pob sgôr</translation>
    </message>
    <message>
        <source>See every group's ratings for the selected workshop in one grid</source>
        <translation>Gweld sgorau pob grŵp ar gyfer y gweithdy a ddewiswyd mewn un grid</translation>
    </message>
    <message>
        <source>Duplicate as follow-up</source>
        <translation>Dyblygu fel gweithdy dilynol</translation>
    </message>
    <message>
        <source>Make an empty copy of the selected workshop to run again later</source>
        <translation>Gwneud copi gwag o'r gweithdy a ddewiswyd i'w gynnal eto'n nes ymlaen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>Delete the selected workshop</source>
        <translation>Dileu'r gweithdy a ddewiswyd</translation>
    </message>
    <message>
        <source>Import workshop file…</source>
        <translation>Mewnforio ffeil gweithdy…</translation>
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
        <source>Export workshop file…</source>
        <translation>Allforio ffeil gweithdy…</translation>
    </message>
    <message>
        <source>Save the selected workshop as a .coprod file to share or keep</source>
        <translation>Cadw'r gweithdy a ddewiswyd fel ffeil .coprod i'w rhannu neu ei chadw</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Allforio adroddiad…</translation>
    </message>
    <message>
        <source>Save the selected workshop's training-needs report as a PDF</source>
        <translation>Cadw adroddiad anghenion hyfforddi'r gweithdy a ddewiswyd fel PDF</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Adroddiad…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Allforio data…</translation>
    </message>
    <message>
        <source>Save the selected workshop's results as CSV, Excel or JSON</source>
        <translation>Cadw canlyniadau'r gweithdy a ddewiswyd fel CSV, Excel neu JSON</translation>
    </message>
    <message>
        <source>Blank form…</source>
        <translation>Ffurflen wag…</translation>
    </message>
    <message>
        <source>Save a printable paper form for the selected workshop, in case the laptop fails</source>
        <translation>Cadw ffurflen bapur i'w hargraffu ar gyfer y gweithdy a ddewiswyd, rhag ofn i'r gliniadur fethu</translation>
    </message>
    <message>
        <source>Enter from paper forms…</source>
        <translation>Rhoi i mewn o ffurflenni papur…</translation>
    </message>
    <message>
        <source>Type in the ratings from filled-in paper forms, item by item, group by group</source>
        <translation>Teipio'r sgorau o ffurflenni papur wedi'u llenwi, fesul eitem, fesul grŵp</translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation>Agor y gweithdy enghreifftiol</translation>
    </message>
    <message>
        <source>Add the demo workshop to the list</source>
        <translation>Ychwanegu'r gweithdy enghreifftiol at y rhestr</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ail-wneud</translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation>Ail-wneud y newid a ddadwnaethoch</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
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
        <translation>Dileu'r gweithdy hwn?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Dileu “{title}”?</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n rating(s)</source>
        <translation><numerusform>Mae'n cynnwys %n sgôr</numerusform><numerusform>Mae'n cynnwys %n sgôr</numerusform><numerusform>Mae'n cynnwys %n sgôr</numerusform><numerusform>Mae'n cynnwys %n sgôr</numerusform><numerusform>Mae'n cynnwys %n sgôr</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>from %n group(s).</source>
        <translation><numerusform>gan %n grŵp.</numerusform><numerusform>gan %n grŵp.</numerusform><numerusform>gan %n grŵp.</numerusform><numerusform>gan %n grŵp.</numerusform><numerusform>gan %n grŵp.</numerusform></translation>
    </message>
    <message>
        <source>You can bring it back with Undo (Ctrl+Z) until you close CoProd Desktop.</source>
        <translation>Gallwch ei adfer gyda Dadwneud (Ctrl+Z) nes i chi gau CoProd Desktop.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) of your workshops still hold it. They are kept until newer backups replace them (the newest {keep} are kept). Tick the box below to remove it from them now: each backup is rewritten without this workshop and keeps all the others. That cannot be undone.</source>
        <translation><numerusform>Mae %n copi wrth gefn awtomatig o'ch gweithdai yn dal i'w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i'w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw'r lleill i gyd. Does dim modd dadwneud hynny.</numerusform><numerusform>Mae %n copi wrth gefn awtomatig o'ch gweithdai yn dal i'w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i'w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw'r lleill i gyd. Does dim modd dadwneud hynny.</numerusform><numerusform>Mae %n copi wrth gefn awtomatig o'ch gweithdai yn dal i'w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i'w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw'r lleill i gyd. Does dim modd dadwneud hynny.</numerusform><numerusform>Mae %n copi wrth gefn awtomatig o'ch gweithdai yn dal i'w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i'w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw'r lleill i gyd. Does dim modd dadwneud hynny.</numerusform><numerusform>Mae %n copi wrth gefn awtomatig o'ch gweithdai yn dal i'w gynnwys. Cânt eu cadw nes bod copïau mwy newydd yn cymryd eu lle (cedwir y {keep} mwyaf newydd). Ticiwch y blwch isod i'w dynnu ohonynt nawr: mae pob copi wrth gefn yn cael ei ailysgrifennu heb y gweithdy hwn ac yn cadw'r lleill i gyd. Does dim modd dadwneud hynny.</numerusform></translation>
    </message>
    <message>
        <source>Also remove it from the automatic backups</source>
        <translation>Ei dynnu hefyd o'r copïau wrth gefn awtomatig</translation>
    </message>
    <message numerus="yes">
        <source>Removed it from %n automatic backup(s).</source>
        <translation><numerusform>Wedi'i dynnu o %n copi wrth gefn awtomatig.</numerusform><numerusform>Wedi'i dynnu o %n copi wrth gefn awtomatig.</numerusform><numerusform>Wedi'i dynnu o %n copi wrth gefn awtomatig.</numerusform><numerusform>Wedi'i dynnu o %n copi wrth gefn awtomatig.</numerusform><numerusform>Wedi'i dynnu o %n copi wrth gefn awtomatig.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s) that could not be read.</source>
        <translation><numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform><numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform><numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform><numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform><numerusform>Wedi dileu %n copi wrth gefn nad oedd modd eu darllen.</numerusform></translation>
    </message>
    <message>
        <source>The workshop was not deleted</source>
        <translation>Ni chafodd y gweithdy ei ddileu</translation>
    </message>
    <message>
        <source>The backups still hold the workshop</source>
        <translation>Mae'r copïau wrth gefn yn dal i gynnwys y gweithdy</translation>
    </message>
    <message>
        <source>Import a workshop file</source>
        <translation>Mewnforio ffeil gweithdy</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Does dim modd mewnforio'r ffeil hon</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Wedi mewnforio {name}</translation>
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
        <translation>Nid oedd modd ychwanegu'r gweithdy enghreifftiol</translation>
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
        <source>See this workshop's ratings (Return)</source>
        <translation>Gweld sgorau'r gweithdy hwn (Return)</translation>
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
        <translation><numerusform>%n o bobl</numerusform><numerusform>%n person</numerusform><numerusform>%n o bobl</numerusform><numerusform>%n o bobl</numerusform><numerusform>%n o bobl</numerusform></translation>
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
        <translation>Ble mae'r grŵp yn ei osod ei hun nawr → y cam y mae'n anelu ato</translation>
    </message>
    <message numerus="yes">
        <source>{group}: {rated} of %n item(s) rated</source>
        <translation><numerusform>{group}: {rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{group}: {rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{group}: {rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{group}: {rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{group}: {rated} o %n eitem wedi'u sgorio</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{rated} of %n item(s) rated</source>
        <translation><numerusform>{rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{rated} o %n eitem wedi'u sgorio</numerusform><numerusform>{rated} o %n eitem wedi'u sgorio</numerusform></translation>
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
        <translation>Agorwch y gweithdy enghreifftiol i weld sut olwg sydd ar weithdy gorffenedig, gyda phedwar grŵp a'u sgorau. Neu sefydlwch eich gweithdy eich hun ar gyfer eich sesiwn nesaf.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <extracomment>The value a column sorts by (dates as ISO text, numbers as numbers). The workshop's id, on every cell of its row. How complete the workshop is, 0.0–1.0, for the bar in the Rated column. Column titles (translated in context "WorkshopList" when shown).</extracomment>
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
        <translation><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'i chofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform><numerusform>{recorded} o %n sgôr wedi'u cofnodi</numerusform></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Ffolder data: {path}</translation>
    </message>
    <message>
        <source>✓ Saved at {time}</source>
        <translation>✓ Wedi'i gadw am {time}</translation>
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
        <source>Settings…</source>
        <translation>Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
</context>
</TS>