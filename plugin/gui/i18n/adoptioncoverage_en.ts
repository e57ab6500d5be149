<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcvColumnChoices</name>
    <message numerus="yes">
        <source>Header in row %1; %n localities</source>
        <translation>
            <numerusform>Header in row %1; %n locality</numerusform>
            <numerusform>Header in row %1; %n localities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rows skipped (totals, notes)</source>
        <translation>
            <numerusform>; %n row skipped (totals, notes)</numerusform>
            <numerusform>; %n rows skipped (totals, notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English way (1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vietnamese way (1.234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the sheet decides: the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n typed as text, read %1 (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numeric cells, exact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>× %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartphone users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvCoverageAlgorithm</name>
    <message>
        <source>Boundary layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary key field (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet (empty: the first non-empty one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality column (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs column (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartphone users column (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population column (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file: statistics name to boundary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (% of smartphone users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of labels and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the joined layer is written as a GeoPackage (.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join install statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the statistics to the boundaries and loads the joined layer styled as a coverage map: classes anchored at the target, localities below the target marked, no data hatched, labels in Vietnamese or English. Optionally also renders the map to a georeferenced PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export coverage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the coverage report page (title, map, legend, summary and the localities below the target) as PDF, PNG or SVG, with the same print layout as the coverage-map command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (empty: the default title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics table (CSV, XLSX, XLS or ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese (1.234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary parent field: district or province (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent column: district or province (empty: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk table: old units to new units (CSV, XLSX or ODS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk sheet (empty: the first non-empty one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apportion split units by area (with the old boundaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old units&apos; boundaries, to apportion split units by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum the rows by this column, e.g. communes into districts (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins a boundary layer with a statistics table of app installs (CSV, XLSX or ODS). Names are matched whatever their diacritics or administrative prefixes; a mapping file fixes the rest. An annex of the units before a merger is first summed into the new units by a crosswalk table, or its rows by one of its columns (communes into districts). The joined layer gets installs, smartphone users, population, coverage, gap to the target and rank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvCoverageDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [detected]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map and Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the statistics with the boundaries and show the result before anything is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the field that pairs with most statistics rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV, XLSX or ODS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartphone users column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: statistics names paired with boundary keys, e.g. saved from the join review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption target in % of smartphone users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour ramp of QGIS&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of labels and legend, with its number style: 23,4 % or 23.4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label localities with name and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a boundary layer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a statistics file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the GeoPackage to write, or a temporary layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joined layer %1 cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese (1.234,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How numbers typed as text are read; numeric cells of a workbook are always exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file saved for this statistics file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of %1 holds a table with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; holds no statistics table; the table is in sheet &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the previous result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the layer the last run made from the same statistics file instead of adding another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 localities joined: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 localities joined: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rows heading the rows below) [detected]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field naming each feature&apos;s district or province, which tells communes written alike apart. Empty: the field whose values pair with the statistics&apos; parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column naming each row&apos;s district or province, which tells localities written alike apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (district/province)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvCoverageTask</name>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AcvFileFilters</name>
    <message>
        <source>Statistics tables</source>
        <translation></translation>
    </message>
    <message>
        <source>Mapping files</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation></translation>
    </message>
    <message>
        <source>Crosswalk tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvJoinReviewWidget</name>
    <message>
        <source>mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the inputs, then press “Review Join”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics rows without a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair every undecided row with its closest boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join again with these pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pairs as a mapping file to use next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries without statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave unmatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested, %2 % alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched. %2 statistics rows and %3 boundaries are unmatched; %4 pairs chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written more than once; the parent tells which locality this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs cannot be applied or saved: a mapping pairs names as written, and their name is written on more than one row or boundary.</source>
        <translation>
            <numerusform>%n pair cannot be applied or saved: a mapping pairs names as written, and its name is written on more than one row or boundary.</numerusform>
            <numerusform>%n pairs cannot be applied or saved: a mapping pairs names as written, and their name is written on more than one row or boundary.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annex rows → new unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvLevelSummary</name>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · boundaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parent: %n rows heading the rows below them</source>
        <translation>
            <numerusform>Parent: %n row heading the rows below it</numerusform>
            <numerusform>Parent: %n rows heading the rows below them</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent: column %1 (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [detected]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n rows from merged cells</source>
        <translation>
            <numerusform>, %n row from merged cells</numerusform>
            <numerusform>, %n rows from merged cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n empty cells take the parent above</source>
        <translation>
            <numerusform>, %n empty cell takes the parent above</numerusform>
            <numerusform>, %n empty cells take the parent above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n parents</source>
        <translation>
            <numerusform>, %n parent</numerusform>
            <numerusform>, %n parents</numerusform>
        </translation>
    </message>
    <message>
        <source> · boundary field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no boundary field pairs with them: rows are matched by name alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvPathCheck</name>
    <message>
        <source>No file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvPlugin</name>
    <message>
        <source>Adoption Coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join install statistics with boundaries and map coverage against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvProcessingProvider</name>
    <message>
        <source>Adoption Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvRankingDock</name>
    <message>
        <source>Coverage Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a coverage layer in the Layers panel to list its localities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (target %3; below it in red).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvRankingModel</name>
    <message>
        <source>No coverage layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;%1&apos; has no field &apos;%2&apos;: it is not a coverage layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics for this locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvRemapChoice</name>
    <message>
        <source>A crosswalk and a column to sum the rows by both re-map the annex&apos;s units: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apportioning split units by area needs a crosswalk: choose the crosswalk table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apportioning split units by area needs the old units&apos; boundaries: choose their file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvRemapInputs</name>
    <message>
        <source>Old units → new units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of the old units and the new units they became, as published with a merger of provinces or communes: the annex&apos;s rows are summed into the new units before the join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet holding the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apportion split units by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old unit split between new units without a share in the crosswalk gives each the part of its area that lies in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundaries of the old units, to measure the area of each part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum the annex&apos;s rows by the values of this column (communes into their districts) and join the sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum rows by column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old units → new units: crosswalk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old units → new units: summed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvRemapReview</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smartphone users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed by column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 annex rows → %3 units; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n units are left without figures: some of their old units are not in the annex (marked below).</source>
        <translation>
            <numerusform>%n unit is left without figures: some of its old units are not in the annex (marked below).</numerusform>
            <numerusform>%n units are left without figures: some of their old units are not in the annex (marked below).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>incomplete: %n old units not in the annex</source>
        <translation>
            <numerusform>incomplete: %n old unit not in the annex</numerusform>
            <numerusform>incomplete: %n old units not in the annex</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, %2: %3 installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left without figures, a sum of these rows would be short: %1 not in the annex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvReportExport</name>
    <message>
        <source>Select a coverage layer in the Layers panel first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Coverage Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvResultLayer</name>
    <message>
        <source>Coverage — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcvRunSummary</name>
    <message numerus="yes">
        <source>%1 of %n with data below target</source>
        <translation>
            <numerusform>%1 of %n with data below target</numerusform>
            <numerusform>%1 of %n with data below target</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annex rows</source>
        <translation>
            <numerusform>%n annex row</numerusform>
            <numerusform>%n annex rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries</source>
        <translation>
            <numerusform>%n boundary</numerusform>
            <numerusform>%n boundaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AcvSheetWidgetWrapper</name>
    <message>
        <source>First non-empty sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The boundary layer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &apos;%1&apos; could not be copied for the join: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
