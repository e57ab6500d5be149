<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AcvAdminLevels</name>
    <message>
        <source>provinces</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>communes</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>units of unknown level</source>
        <translation>đơn vị chưa rõ cấp</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>chưa rõ (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 names written with a type word such as Huyện or Xã</source>
        <translation>%1 trên %2 tên có ghi loại đơn vị như Huyện hay Xã</translation>
    </message>
    <message>
        <source>by the header &apos;%1&apos;</source>
        <translation>theo tiêu đề cột &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 sampled names (of %3)</source>
        <translation>%1 trên %2 tên lấy mẫu (trong %3)</translation>
    </message>
    <message>
        <source>%1 of %2 names</source>
        <translation>%1 trên %2 tên</translation>
    </message>
    <message>
        <source>%1 written %2: %3</source>
        <translation>%1 ghi là %2: %3</translation>
    </message>
</context>
<context>
    <name>AcvAdminTypes</name>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
</context>
<context>
    <name>AcvAreaApportionment</name>
    <message>
        <source>%1 (crosswalk row %2)</source>
        <translation>%1 (dòng %2 của bảng đối chiếu)</translation>
    </message>
    <message>
        <source>the new boundaries must be open before split units can be apportioned by area</source>
        <translation>cần mở ranh giới mới trước khi phân bổ các đơn vị bị chia tách theo diện tích giao nhau</translation>
    </message>
    <message>
        <source>%1: %2%3 Nothing was joined.</source>
        <translation>%1: %2%3 Chưa ghép gì.</translation>
    </message>
    <message>
        <source>%1: no field of layer &apos;%2&apos; pairs with the old units of %3 (such as %4); name the field that codes or names them with --old-boundary-key (fields: %5)</source>
        <translation>%1: không trường nào của lớp &apos;%2&apos; khớp với các đơn vị cũ trong bảng đối chiếu %3 (ví dụ %4); vui lòng chỉ định trường ghi mã hoặc tên của các đơn vị này bằng --old-boundary-key (các trường: %5)</translation>
    </message>
    <message>
        <source>%1 fits %2 features (%3)</source>
        <translation>%1 khớp với %2 đối tượng (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be told apart from %2 (a parent field would: the old units&apos; district)</source>
        <translation>%1 không phân biệt được với %2 (cần một trường đơn vị cấp trên để phân biệt: huyện của các đơn vị cũ)</translation>
    </message>
    <message>
        <source> (closest: &apos;%1&apos;)</source>
        <translation> (gần nhất: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 has no feature &apos;%2&apos;%3</source>
        <translation>%1: lớp không có đối tượng &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>%1 (layer &apos;%2&apos;, %3 field &apos;%4&apos;): %5 of the %6 split units of %7 are not found in it, so they cannot be apportioned by area: %8. Nothing was joined.</source>
        <translation>%1 (lớp &apos;%2&apos;, trường %3 &apos;%4&apos;): %5 trên %6 đơn vị bị chia tách của bảng đối chiếu %7 không có trong lớp này nên không thể phân bổ theo diện tích giao nhau: %8. Chưa ghép gì.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>%1: no field of layer &apos;%2&apos; holds the new units of %3, so their split units cannot be apportioned by area; name the key with --boundary-key</source>
        <translation>%1: không trường nào của lớp &apos;%2&apos; chứa các đơn vị mới của bảng đối chiếu %3 nên không thể phân bổ các đơn vị bị chia tách theo diện tích giao nhau; vui lòng chỉ định trường khóa bằng --boundary-key</translation>
    </message>
    <message>
        <source>%1 (a part of %2)</source>
        <translation>%1 (nhận một phần của %2)</translation>
    </message>
    <message>
        <source>%1 (layer &apos;%2&apos;, %3 field &apos;%4&apos;): the split units of %6 cannot be apportioned by area, as %5 of the new units they went into are not found in it: %7. Nothing was joined.</source>
        <translation>%1 (lớp &apos;%2&apos;, trường %3 &apos;%4&apos;): không thể phân bổ các đơn vị bị chia tách của bảng đối chiếu %6 theo diện tích giao nhau, vì %5 đơn vị mới mà chúng được chia vào không có trong lớp này: %7. Chưa ghép gì.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
</context>
<context>
    <name>AcvBoundarySource</name>
    <message>
        <source>not a vector format GDAL can read</source>
        <translation>không phải định dạng vectơ mà GDAL đọc được</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: không tìm thấy tệp</translation>
    </message>
    <message>
        <source>%1: the shapefile&apos;s attribute table %2.dbf is missing; copy it beside the .shp</source>
        <translation>%1: thiếu bảng thuộc tính %2.dbf của shapefile; vui lòng chép tệp này vào cùng thư mục với tệp .shp</translation>
    </message>
    <message>
        <source>%1: cannot be opened as boundaries (GDAL: %2)</source>
        <translation>%1: không mở được làm dữ liệu ranh giới (GDAL: %2)</translation>
    </message>
    <message>
        <source>%1: no layer &apos;%2&apos; (layers: %3)</source>
        <translation>%1: không có lớp &apos;%2&apos; (các lớp hiện có: %3)</translation>
    </message>
    <message>
        <source>%1: has several polygon layers (%2); choose one with --boundary-layer</source>
        <translation>%1: có nhiều lớp vùng (%2); vui lòng chọn một lớp bằng --boundary-layer</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; cannot be read (%3)</source>
        <translation>%1: không đọc được lớp &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no features</source>
        <translation>%1: lớp &apos;%2&apos; không có đối tượng nào</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; holds %3 geometries; boundaries must be polygons</source>
        <translation>%1: lớp &apos;%2&apos; chứa hình học kiểu %3; ranh giới phải là vùng (polygon)</translation>
    </message>
    <message>
        <source>%1: its coordinate reference system (%2) cannot be resolved by PROJ; replace the .prj with the one of the data (e.g. VN-2000 or WGS 84)</source>
        <translation>%1: PROJ không xác định được hệ quy chiếu tọa độ (%2); vui lòng thay tệp .prj bằng tệp đúng với dữ liệu (ví dụ VN-2000 hoặc WGS 84)</translation>
    </message>
    <message>
        <source>%1: has no .prj file, so its coordinate reference system is unknown; the map is drawn in its raw coordinates and gets no CRS</source>
        <translation>%1: không có tệp .prj nên chưa rõ hệ quy chiếu tọa độ; bản đồ được vẽ theo tọa độ gốc và không gán hệ quy chiếu</translation>
    </message>
    <message>
        <source>%1: its coordinate reference system could not be resolved; the map is drawn in raw coordinates</source>
        <translation>%1: không xác định được hệ quy chiếu tọa độ; bản đồ được vẽ theo tọa độ gốc</translation>
    </message>
    <message>
        <source>%1, layer &apos;%2&apos;, feature %3%4</source>
        <translation>%1, lớp &apos;%2&apos;, đối tượng %3%4</translation>
    </message>
    <message>
        <source>%1: has no geometry (a locality without a shape cannot be mapped)</source>
        <translation>%1: không có hình học (đơn vị không có hình dạng thì không thể thể hiện trên bản đồ)</translation>
    </message>
    <message>
        <source>%1: is a %2, but boundaries must be polygons</source>
        <translation>%1: là %2, nhưng ranh giới phải là vùng (polygon)</translation>
    </message>
    <message>
        <source>%1: the polygon is invalid and cannot be repaired (it encloses no area)</source>
        <translation>%1: vùng không hợp lệ và không sửa được (không bao diện tích nào)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <source>%1: invalid polygon (%2) repaired</source>
        <translation>%1: đã sửa vùng không hợp lệ (%2)</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no field &apos;%3&apos; (fields: %4)</source>
        <translation>%1: lớp &apos;%2&apos; không có trường &apos;%3&apos; (các trường hiện có: %4)</translation>
    </message>
    <message>
        <source>all %1 values with letters beyond ASCII are valid UTF-8</source>
        <translation>cả %1 giá trị có chữ ngoài ASCII đều là UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>%1: its .dbf declares no encoding (no .cpg file) and its text is no Vietnamese in Windows-1258, TCVN3 or VNI; it was read as ISO-8859-1 (add a .cpg file naming the encoding if names look wrong)</source>
        <translation>%1: tệp .dbf không khai báo bảng mã (không có tệp .cpg) và văn bản của nó không phải tiếng Việt theo Windows-1258, TCVN3 hay VNI; đã đọc theo ISO-8859-1 (nếu tên bị sai, hãy thêm tệp .cpg ghi rõ bảng mã)</translation>
    </message>
    <message>
        <source>%1, feature %2, field &apos;%3&apos;: the .dbf declares no encoding (no .cpg file), and its text is not certainly %4: read that way, &apos;%5&apos; is no Vietnamese word (%6); add a .cpg file naming the encoding (UTF-8, 1258...)</source>
        <translation>%1, đối tượng %2, trường &apos;%3&apos;: tệp .dbf không khai báo bảng mã (không có tệp .cpg), và không chắc văn bản là %4: đọc theo bảng mã đó thì &apos;%5&apos; không phải là chữ tiếng Việt (%6); vui lòng thêm tệp .cpg ghi rõ bảng mã (UTF-8, 1258...)</translation>
    </message>
    <message>
        <source>%1: its .dbf declares no encoding (no .cpg file); its text was read as %2 and converted to Unicode: %3</source>
        <translation>%1: tệp .dbf không khai báo bảng mã (không có tệp .cpg); văn bản đã được đọc theo %2 và chuyển sang Unicode: %3</translation>
    </message>
    <message>
        <source>unknown (no field names the features with type words such as Huyện or Xã)</source>
        <translation>chưa rõ (không trường nào ghi tên đối tượng kèm loại đơn vị như Huyện hay Xã)</translation>
    </message>
    <message>
        <source>%1 (field &apos;%2&apos; groups them into %3)</source>
        <translation>%1 (trường &apos;%2&apos; gộp chúng thành các %3)</translation>
    </message>
    <message>
        <source>%1 (field &apos;%2&apos;: %3)</source>
        <translation>%1 (trường &apos;%2&apos;: %3)</translation>
    </message>
</context>
<context>
    <name>AcvClassification</name>
    <message>
        <source>Target is a break</source>
        <translation>Mục tiêu là một ngưỡng phân lớp</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Khoảng đều</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Phân vị (số lượng bằng nhau)</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Ngắt tự nhiên (Jenks)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Độ lệch chuẩn</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>Ngưỡng tròn số</translation>
    </message>
</context>
<context>
    <name>AcvCoverageJob</name>
    <message>
        <source>%1: no field of layer &apos;%2&apos; pairs with any locality of %3 (fields: %4); name the key with --boundary-key</source>
        <translation>%1: không trường nào của lớp &apos;%2&apos; khớp với đơn vị nào trong %3 (các trường: %4); vui lòng chỉ định trường khóa bằng --boundary-key</translation>
    </message>
    <message>
        <source>; did you mean %1? (add it to a --mapping file)</source>
        <translation>; có phải là %1? (bổ sung vào tệp --mapping)</translation>
    </message>
    <message>
        <source>--strict: %1 boundaries and %2 statistics rows are unmatched (see the warnings above)</source>
        <translation>--strict: %1 ranh giới và %2 dòng số liệu chưa ghép được (xem các cảnh báo ở trên)</translation>
    </message>
    <message>
        <source>0 of %1 statistics rows of %2 matched any of the %3 boundaries of %4 (by %5, field &apos;%6&apos;); nothing was written. The annex has %7…, the boundaries %8…%9. Are both at the same administrative level? Name the key with --boundary-key or pair names with a --mapping file.</source>
        <translation>Không dòng nào trong %1 dòng số liệu của %2 khớp với %3 ranh giới của %4 (theo %5, trường &apos;%6&apos;); chưa ghi kết quả nào. Phụ lục có %7…, ranh giới có %8…%9. Hai tệp có cùng cấp hành chính không? Vui lòng chỉ định trường khóa bằng --boundary-key hoặc ghép tên bằng tệp --mapping.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>; closest spellings: %1</source>
        <translation>; cách viết gần nhất: %1</translation>
    </message>
    <message>
        <source>the units field &apos;%1&apos; groups the features into (%2 of its %3 values pair with the annex&apos;s %4 rows)</source>
        <translation>các đơn vị mà trường &apos;%1&apos; gộp các đối tượng vào (%2 trên %3 giá trị của trường khớp với %4 dòng của phụ lục)</translation>
    </message>
    <message>
        <source>%1 boundaries</source>
        <translation>ranh giới cấp %1</translation>
    </message>
    <message>
        <source>boundaries of the units in field &apos;%1&apos;</source>
        <translation>ranh giới của các đơn vị trong trường &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use %1, or dissolve these by field &apos;%2&apos; first (QGIS: Vector ▸ Geoprocessing Tools ▸ Dissolve, field &apos;%2&apos;)</source>
        <translation>hãy dùng %1, hoặc gộp (dissolve) ranh giới này theo trường &apos;%2&apos; trước (QGIS: Vector ▸ Geoprocessing Tools ▸ Dissolve, trường &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>use %1 for this annex, or an annex of %2</source>
        <translation>hãy dùng %1 cho phụ lục này, hoặc một phụ lục cấp %2</translation>
    </message>
    <message>
        <source>use %1 for this annex</source>
        <translation>hãy dùng %1 cho phụ lục này</translation>
    </message>
    <message>
        <source>%1 and %2 are not at the same administrative level: the annex lists %3, the boundaries are %4. Nothing was joined; %5.</source>
        <translation>%1 và %2 không cùng cấp hành chính: phụ lục liệt kê %3, còn ranh giới là %4. Chưa ghép gì; %5.</translation>
    </message>
    <message>
        <source>the annex gives each row&apos;s parent (%1 parents such as &apos;%2&apos;), but no field of %3 pairs with them; rows are matched by name alone (name the field with --boundary-parent)</source>
        <translation>phụ lục ghi đơn vị cấp trên của từng dòng (%1 đơn vị, ví dụ &apos;%2&apos;), nhưng không trường nào của %3 khớp với chúng; các dòng chỉ được ghép theo tên (chỉ định trường bằng --boundary-parent)</translation>
    </message>
    <message>
        <source>the annex&apos;s parent &apos;%1&apos; is no value of field &apos;%2&apos;; its rows were matched by name alone, where the name is unique</source>
        <translation>đơn vị cấp trên &apos;%1&apos; của phụ lục không có trong trường &apos;%2&apos;; các dòng của nó chỉ được ghép theo tên, khi tên là duy nhất</translation>
    </message>
    <message>
        <source>boundary %1 has no statistics row</source>
        <translation>ranh giới %1 không có dòng số liệu</translation>
    </message>
    <message>
        <source>%1 matches no boundary%2</source>
        <translation>%1 không khớp với ranh giới nào%2</translation>
    </message>
    <message>
        <source>--crosswalk and --aggregate-by both re-map the annex&apos;s units; give one of them</source>
        <translation>--crosswalk và --aggregate-by đều chuyển đổi đơn vị của phụ lục; vui lòng chỉ dùng một trong hai</translation>
    </message>
    <message>
        <source>--partial-by %1: the only way to apportion split units is &apos;area&apos;</source>
        <translation>--partial-by %1: cách duy nhất để phân bổ các đơn vị bị chia tách là &apos;area&apos; (theo diện tích giao nhau)</translation>
    </message>
    <message>
        <source>--partial-by area needs a --crosswalk and the old units&apos; boundaries (--old-boundaries FILE)</source>
        <translation>--partial-by area cần có --crosswalk và ranh giới của các đơn vị cũ (--old-boundaries FILE)</translation>
    </message>
    <message>
        <source>%1: --aggregate-by %2 names no column whose values the rows can be summed by</source>
        <translation>%1: --aggregate-by %2 không ứng với cột nào để cộng các dòng theo giá trị của cột đó</translation>
    </message>
    <message>
        <source>%1 new units were paired by name, as the crosswalk and the boundaries give them different codes (check them): %2</source>
        <translation>%1 đơn vị mới được ghép theo tên, vì bảng đối chiếu và ranh giới ghi mã khác nhau cho các đơn vị này (vui lòng kiểm tra): %2</translation>
    </message>
    <message>
        <source>--strict: %1 re-mapped units are left without figures (see the warnings above)</source>
        <translation>--strict: %1 đơn vị sau chuyển đổi không có số liệu (xem các cảnh báo ở trên)</translation>
    </message>
</context>
<context>
    <name>AcvCoverageJoin</name>
    <message>
        <source>if they are different localities of the same name (in different districts), the annex needs its district or province column: name it with --stats-parent (a district cell merged down its communes counts for each of them)</source>
        <translation>nếu đó là các địa phương khác nhau trùng tên (ở các huyện khác nhau), phụ lục cần cột huyện hoặc tỉnh: chỉ định bằng --stats-parent (ô huyện gộp qua các xã được tính cho từng xã)</translation>
    </message>
    <message>
        <source>the annex&apos;s parent column tells them apart, but no boundary field names the features&apos; parents: name it with --boundary-parent</source>
        <translation>cột đơn vị cấp trên của phụ lục phân biệt được chúng, nhưng không trường ranh giới nào ghi đơn vị cấp trên: chỉ định bằng --boundary-parent</translation>
    </message>
    <message>
        <source>they repeat within one parent: if they are different localities (a name typed without diacritics cannot tell &apos;Ia Băng&apos; from &apos;Ia Bang&apos;), write them as the boundaries do or pair them with a --mapping file; else keep one row per locality</source>
        <translation>chúng lặp lại trong cùng một đơn vị cấp trên: nếu là các địa phương khác nhau (tên gõ không dấu không phân biệt được &apos;Ia Băng&apos; với &apos;Ia Bang&apos;), hãy ghi tên như trong ranh giới hoặc ghép bằng tệp --mapping; nếu không, giữ một dòng cho mỗi địa phương</translation>
    </message>
    <message>
        <source>%1: the same locality appears more than once, and nothing tells the rows apart (%2 names repeat): %3; %4</source>
        <translation>%1: cùng một địa phương xuất hiện nhiều lần và không có gì phân biệt các dòng (%2 tên lặp lại): %3; %4</translation>
    </message>
</context>
<context>
    <name>AcvCrosswalk</name>
    <message>
        <source>--crosswalk-column %1=%2: no such role; roles are %3</source>
        <translation>--crosswalk-column %1=%2: không có vai trò này; các vai trò là %3</translation>
    </message>
    <message>
        <source>%1: several columns could be the %2 column (%3); name one with --crosswalk-column %2=COLUMN</source>
        <translation>%1: nhiều cột có thể là cột %2 (%3); vui lòng chỉ định một cột bằng --crosswalk-column %2=COLUMN</translation>
    </message>
    <message>
        <source>%1: --crosswalk-column %2=%3 names %4 in the header in row %5 (columns: %6)</source>
        <translation>%1: --crosswalk-column %2=%3: %4 khớp trong dòng tiêu đề ở dòng %5 (các cột: %6)</translation>
    </message>
    <message>
        <source>several columns</source>
        <translation>nhiều cột</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>không có cột nào</translation>
    </message>
    <message>
        <source>%1: the header in row %2 names no %3 unit (columns: %4); a crosswalk needs the old unit&apos;s code or name and the new unit&apos;s code or name (headers such as &apos;old_commune&apos;, &apos;Mã xã cũ&apos;, &apos;Tên xã mới&apos;), or name them with --crosswalk-column old-name=COLUMN, new-name=COLUMN</source>
        <translation>%1: dòng tiêu đề ở dòng %2 không có cột nào ghi đơn vị %3 (các cột: %4); bảng đối chiếu cần có mã hoặc tên của đơn vị cũ và mã hoặc tên của đơn vị mới (tiêu đề như &apos;old_commune&apos;, &apos;Mã xã cũ&apos;, &apos;Tên xã mới&apos;), hoặc chỉ định các cột này bằng --crosswalk-column old-name=COLUMN, new-name=COLUMN</translation>
    </message>
    <message>
        <source>old</source>
        <translation>cũ</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>%1: no old unit in this row (%2 → %3)</source>
        <translation>%1: dòng này không có đơn vị cũ (%2 → %3)</translation>
    </message>
    <message>
        <source>%1: no new unit in this row (%2 → ?)</source>
        <translation>%1: dòng này không có đơn vị mới (%2 → ?)</translation>
    </message>
    <message>
        <source>%1: the link %2 → %3 is given twice (first in row %4); each old unit goes to each new unit once</source>
        <translation>%1: liên kết %2 → %3 được ghi hai lần (lần đầu ở dòng %4); mỗi đơn vị cũ chỉ được nối với mỗi đơn vị mới một lần</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a link kind; write full (toàn bộ) or partial (một phần)</source>
        <translation>%1: &apos;%2&apos; không phải là loại liên kết; vui lòng ghi toàn bộ (full) hoặc một phần (partial)</translation>
    </message>
    <message>
        <source>%1: no links below the header in row %2</source>
        <translation>%1: không có liên kết nào dưới dòng tiêu đề ở dòng %2</translation>
    </message>
    <message>
        <source>%1: %2 is marked full (all of it went into %3), yet row %4 sends it to %5 too; mark its links partial, with their shares</source>
        <translation>%1: %2 được đánh dấu toàn bộ (full: cả đơn vị chuyển vào %3), nhưng dòng %4 cũng chuyển đơn vị này vào %5; vui lòng đánh dấu các liên kết của nó là một phần (partial), kèm tỷ lệ của từng liên kết</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a share of the old unit (a number above 0 and at most 1, or a percentage up to 100 %)</source>
        <translation>%1: &apos;%2&apos; không phải là tỷ lệ của đơn vị cũ (một số lớn hơn 0 và không quá 1, hoặc tỷ lệ phần trăm không quá 100 %)</translation>
    </message>
    <message>
        <source>%1: %2 is marked partial, but this is its only link: the rest of it is not in this crosswalk, so its counts cannot be divided; give all of its links</source>
        <translation>%1: %2 được đánh dấu một phần (partial), nhưng đây là liên kết duy nhất của nó: phần còn lại không có trong bảng đối chiếu này nên không thể chia số liệu của nó; vui lòng ghi đủ tất cả các liên kết của đơn vị này</translation>
    </message>
    <message>
        <source>%1: %2 has a share on %3 of its %4 links: %5; give every link its share</source>
        <translation>%1: %2 chỉ có tỷ lệ ở %3 trên %4 liên kết: %5; vui lòng ghi tỷ lệ cho mọi liên kết</translation>
    </message>
    <message>
        <source>%1: the shares of %2 add up to %3, not 1: %4</source>
        <translation>%1: tổng các tỷ lệ của %2 là %3, không phải 1: %4</translation>
    </message>
    <message>
        <source>%1 (row %2%3)</source>
        <translation>%1 (dòng %2%3)</translation>
    </message>
    <message>
        <source>, share %1</source>
        <translation>, tỷ lệ %1</translation>
    </message>
</context>
<context>
    <name>AcvInputLimits</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>the limit for a workbook is %1 uncompressed</source>
        <translation>giới hạn của một bảng tính là %1 khi giải nén</translation>
    </message>
    <message>
        <source>%1: the workbook inflates to %2 bytes; %3 (a zip bomb, or not an annex?)</source>
        <translation>%1: bảng tính giải nén ra %2 byte; %3 (tệp nén độc hại, hoặc không phải phụ lục?)</translation>
    </message>
    <message>
        <source>%1: the workbook inflates to more than %2; %3 (a zip bomb, or not an annex?)</source>
        <translation>%1: bảng tính giải nén ra hơn %2; %3 (tệp nén độc hại, hoặc không phải phụ lục?)</translation>
    </message>
    <message>
        <source>%1: the workbook has more than %2 cells; the limit for a workbook is %2 cells (an annex has one row per locality)</source>
        <translation>%1: bảng tính có hơn %2 ô; giới hạn của một bảng tính là %2 ô (phụ lục chỉ có một dòng cho mỗi đơn vị)</translation>
    </message>
    <message>
        <source>%1: line %2 is longer than %3; the limit for a line is %3 (%4 bytes)</source>
        <translation>%1: dòng %2 dài hơn %3; giới hạn của một dòng là %3 (%4 byte)</translation>
    </message>
    <message>
        <source>%1: the boundaries have %2 vertices; the limit is %3 vertices (simplify them, e.g. with QGIS&apos;s Simplify or ogr2ogr -simplify)</source>
        <translation>%1: dữ liệu ranh giới có %2 đỉnh; giới hạn là %3 đỉnh (vui lòng đơn giản hóa, ví dụ bằng công cụ Simplify của QGIS hoặc ogr2ogr -simplify)</translation>
    </message>
</context>
<context>
    <name>AcvLegacyDecision</name>
    <message>
        <source>as it is</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>%1 of %2 words with Vietnamese letters read as Vietnamese syllables (%3)</source>
        <translation>%1/%2 từ có chữ tiếng Việt đọc thành âm tiết tiếng Việt (%3)</translation>
    </message>
</context>
<context>
    <name>AcvLegacyEncoding</name>
    <message>
        <source>Windows-1258 (Vietnamese code page)</source>
        <translation>Windows-1258 (bảng mã tiếng Việt của Windows)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, the .VnTime fonts)</source>
        <translation>TCVN3 (ABC, các phông .VnTime)</translation>
    </message>
    <message>
        <source>VNI-Windows (the VNI-Times fonts)</source>
        <translation>VNI-Windows (các phông VNI-Times)</translation>
    </message>
</context>
<context>
    <name>AcvMappingFile</name>
    <message>
        <source>%1, row %2, column %3: empty; each row pairs a statistics name (column 1) with a boundary key (column 2)</source>
        <translation>%1, dòng %2, cột %3: ô trống; mỗi dòng ghép một tên trong số liệu (cột 1) với một khóa ranh giới (cột 2)</translation>
    </message>
    <message>
        <source>%1, row %2, column 3: a mapping row has two cells, statistics name and boundary key</source>
        <translation>%1, dòng %2, cột 3: mỗi dòng ghép tên chỉ có hai ô, tên trong số liệu và khóa ranh giới</translation>
    </message>
    <message>
        <source>%1, row %2, column 1: &apos;%3&apos; is mapped twice, to &apos;%4&apos; and to &apos;%5&apos;</source>
        <translation>%1, dòng %2, cột 1: &apos;%3&apos; được ghép hai lần, với &apos;%4&apos; và với &apos;%5&apos;</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: không ghi được tệp (%2)</translation>
    </message>
</context>
<context>
    <name>AcvMessage</name>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, trang tính &apos;%2&apos;</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1; và %2 mục khác</translation>
    </message>
</context>
<context>
    <name>AcvOverlapShares</name>
    <message>
        <source>%1: has no geometry, so its counts cannot be shared out by area</source>
        <translation>%1: không có hình học nên không thể phân bổ số liệu theo diện tích</translation>
    </message>
    <message>
        <source>%1: is a %2, but only a polygon has an area to share out</source>
        <translation>%1: là %2, nhưng chỉ vùng (polygon) mới có diện tích để phân bổ</translation>
    </message>
    <message>
        <source>%1: the polygon is invalid and cannot be repaired (it encloses no area)</source>
        <translation>%1: vùng không hợp lệ và không sửa được (không bao diện tích nào)</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <source>%1: invalid polygon (%2) repaired before measuring its overlaps</source>
        <translation>%1: đã sửa vùng không hợp lệ (%2) trước khi đo phần giao nhau</translation>
    </message>
    <message>
        <source>%1: no new unit is named to share it between</source>
        <translation>%1: không có đơn vị mới nào được ghi để phân bổ vào</translation>
    </message>
    <message>
        <source>%1: %2 new units named for %3 geometries; each new unit needs its own</source>
        <translation>%1: có %2 đơn vị mới nhưng %3 hình học; mỗi đơn vị mới cần một hình học riêng</translation>
    </message>
    <message>
        <source>%1: cannot be transformed from %2 to the new units&apos; %3 (%4)</source>
        <translation>%1: không chuyển đổi tọa độ được từ %2 sang hệ quy chiếu %3 của các đơn vị mới (%4)</translation>
    </message>
    <message>
        <source>%1: its overlap with %2 cannot be computed (%3)</source>
        <translation>%1: không tính được phần giao nhau với %2 (%3)</translation>
    </message>
    <message>
        <source>%1 lies in none of %2: are the old boundaries of the same place and CRS as the new ones?</source>
        <translation>%1 không nằm trong đơn vị nào trong số %2: ranh giới cũ có cùng khu vực và cùng hệ quy chiếu tọa độ với ranh giới mới không?</translation>
    </message>
    <message>
        <source>only %1 of %2 lies in %3: are the old boundaries of the same place and CRS as the new ones, and is it the right old unit?</source>
        <translation>chỉ %1 diện tích của %2 nằm trong %3: ranh giới cũ có cùng khu vực và cùng hệ quy chiếu tọa độ với ranh giới mới không, và có đúng là đơn vị cũ đó không?</translation>
    </message>
    <message>
        <source>only %1 of %2 lies in %3: its counts are shared out by the part that does</source>
        <translation>chỉ %1 diện tích của %2 nằm trong %3: số liệu của đơn vị này được phân bổ theo phần diện tích nằm trong đó</translation>
    </message>
    <message>
        <source>%1: none of it lies in %2, which gets no share of it</source>
        <translation>%1: không phần nào nằm trong %2, nên đơn vị mới đó không được phân bổ phần nào</translation>
    </message>
    <message>
        <source>the old boundaries have no coordinate reference system, so their overlaps cannot be measured</source>
        <translation>ranh giới cũ không có hệ quy chiếu tọa độ nên không thể đo phần giao nhau</translation>
    </message>
    <message>
        <source>the new boundaries have no coordinate reference system, so their overlaps cannot be measured</source>
        <translation>ranh giới mới không có hệ quy chiếu tọa độ nên không thể đo phần giao nhau</translation>
    </message>
    <message>
        <source>the WGS 84 ellipsoid is not known to this QGIS, so areas cannot be measured on it</source>
        <translation>bản QGIS này không nhận biết elipxoid WGS 84 nên không thể đo diện tích trên elipxoid đó</translation>
    </message>
</context>
<context>
    <name>AcvStatisticsTable</name>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>column %1 (&apos;%2&apos;)</source>
        <translation>cột %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: every line is a single cell: the columns are not separated by &apos;,&apos;, &apos;;&apos;, tab or &apos;|&apos; (another delimiter?); save the annex as &quot;CSV UTF-8&quot;</source>
        <translation>%1: mỗi dòng chỉ có một ô: các cột không được phân cách bằng &apos;,&apos;, &apos;;&apos;, tab hoặc &apos;|&apos; (dùng ký tự phân cách khác?); vui lòng lưu phụ lục dưới dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1: no header row found in the first %2 rows; expected column names such as &apos;Đơn vị&apos;, &apos;Số lượt cài đặt&apos;, &apos;Số người dùng ĐTTM&apos;, &apos;Dân số&apos; (or Name, Installs, Smartphone users, Population)</source>
        <translation>%1: không tìm thấy dòng tiêu đề trong %2 dòng đầu; cần có tên cột như &apos;Đơn vị&apos;, &apos;Số lượt cài đặt&apos;, &apos;Số người dùng ĐTTM&apos;, &apos;Dân số&apos; (hoặc Name, Installs, Smartphone users, Population)</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1, trang tính &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; fits several columns of the header in row %4; name it by letter or number</source>
        <translation>%1: %2 &apos;%3&apos; khớp với nhiều cột của dòng tiêu đề ở dòng %4; vui lòng chỉ định cột bằng chữ cái hoặc số thứ tự</translation>
    </message>
    <message>
        <source>%1: no column &apos;%2&apos; (%3) in the header in row %4; columns: %5</source>
        <translation>%1: không có cột &apos;%2&apos; (%3) trong dòng tiêu đề ở dòng %4; các cột: %5</translation>
    </message>
    <message>
        <source>%1: no %2 column found in the header in row %3 (columns: %4); name it with %5</source>
        <translation>%1: không tìm thấy cột %2 trong dòng tiêu đề ở dòng %3 (các cột: %4); vui lòng chỉ định bằng %5</translation>
    </message>
    <message>
        <source>%1: neither a smartphone-users column (ĐTTM) nor a population column (Dân số) was found; coverage needs one (--smartphones or --population)</source>
        <translation>%1: không tìm thấy cột số người dùng ĐTTM hoặc cột dân số; cần có một trong hai cột để tính tỷ lệ (--smartphones hoặc --population)</translation>
    </message>
    <message>
        <source>%1: %2 was chosen for two roles</source>
        <translation>%1: %2 được chọn cho hai vai trò</translation>
    </message>
    <message>
        <source>numbers are written both the Vietnamese way (1.234,5) and the English way (1,234.5) in this column (%1); use one style or pass --number-format vi|en</source>
        <translation>cột này có số viết theo cả kiểu Việt Nam (1.234,5) lẫn kiểu tiếng Anh (1,234.5) (%1); vui lòng dùng một kiểu thống nhất hoặc chỉ định --number-format vi|en</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (%2)</source>
        <translation>&apos;%1&apos; không phải là số (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a percentage, but this column must hold a count</source>
        <translation>&apos;%1&apos; là tỷ lệ phần trăm, nhưng cột này phải chứa số lượng</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; a count cannot be</source>
        <translation>&apos;%1&apos; là số âm; số lượng không thể âm</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a count (at most %2)</source>
        <translation>&apos;%1&apos; quá lớn đối với một số lượng (tối đa %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read as %2 %3, not a whole number (a decimal mark typed for a thousands separator, or the wrong number format?)</source>
        <translation>&apos;%1&apos; được đọc là %2 %3, không phải số nguyên (gõ dấu thập phân thay cho dấu phân cách hàng nghìn, hoặc sai kiểu viết số?)</translation>
    </message>
    <message>
        <source>%1 more fractional %2 in %3</source>
        <translation>còn %1 giá trị %2 không nguyên khác trong %3</translation>
    </message>
    <message>
        <source>the total row &apos;%1&apos; says %2 %3, but the %4 locality rows %5 sum to %6 (difference %7); the rows are used as written</source>
        <translation>dòng tổng &apos;%1&apos; ghi %2 %3, nhưng cộng %4 dòng đơn vị %5 được %6 (chênh %7); số liệu được dùng theo từng dòng như đã ghi</translation>
    </message>
    <message>
        <source>above it</source>
        <translation>phía trên</translation>
    </message>
    <message>
        <source>of the annex</source>
        <translation>của phụ lục</translation>
    </message>
    <message>
        <source>--strict: %1</source>
        <translation>--strict: %1</translation>
    </message>
    <message>
        <source>smartphone users</source>
        <translation>số người dùng ĐTTM</translation>
    </message>
    <message>
        <source>population</source>
        <translation>dân số</translation>
    </message>
    <message>
        <source>&apos;%1&apos; states a rate of %2 %, but installs ÷ %3 = %4 ÷ %5 = %6 % (swapped or mistyped columns?)</source>
        <translation>&apos;%1&apos; ghi tỷ lệ %2 %, nhưng số lượt cài đặt ÷ %3 = %4 ÷ %5 = %6 % (nhầm cột hoặc gõ sai?)</translation>
    </message>
    <message>
        <source>%1 more rows whose stated rate in %2 disagrees with their figures</source>
        <translation>còn %1 dòng khác có tỷ lệ ghi trong %2 không khớp với số liệu</translation>
    </message>
    <message>
        <source>the locality name contains the control character U+%1, which no one types; was the file damaged?</source>
        <translation>tên đơn vị chứa ký tự điều khiển U+%1, ký tự không thể gõ từ bàn phím; tệp có bị hỏng không?</translation>
    </message>
    <message>
        <source>the locality name is %1 characters long (at most %2): &apos;%3…&apos;; is a note or a paste in the wrong cell?</source>
        <translation>tên đơn vị dài %1 ký tự (tối đa %2): &apos;%3…&apos;; có phải là ghi chú hoặc nội dung dán nhầm ô?</translation>
    </message>
    <message>
        <source>the locality name &apos;%1&apos; has no letters or digits</source>
        <translation>tên đơn vị &apos;%1&apos; không có chữ cái hay chữ số nào</translation>
    </message>
    <message>
        <source>the locality is empty, but the row has figures (%1)</source>
        <translation>tên đơn vị để trống, nhưng dòng có số liệu (%1)</translation>
    </message>
    <message>
        <source>%1: no locality rows below the header in row %2</source>
        <translation>%1: không có dòng đơn vị nào dưới dòng tiêu đề ở dòng %2</translation>
    </message>
    <message>
        <source>%1: several columns could hold the %2 (%3); choose one with %4%5</source>
        <translation>%1: nhiều cột có thể là %2 (%3); chọn một cột bằng %4%5</translation>
    </message>
    <message>
        <source> (and the district or province column with --stats-parent)</source>
        <translation> (và cột huyện hoặc tỉnh bằng --stats-parent)</translation>
    </message>
    <message>
        <source>below it</source>
        <translation>bên dưới nó</translation>
    </message>
</context>
<context>
    <name>AcvTableReader</name>
    <message>
        <source>unknown GDAL error</source>
        <translation>lỗi GDAL không xác định</translation>
    </message>
    <message>
        <source>an encrypted (password-protected) Office file or an old binary .xls workbook; remove the password, or save it as .xlsx</source>
        <translation>một tệp Office được mã hóa (có mật khẩu) hoặc bảng tính .xls dạng nhị phân cũ; vui lòng gỡ mật khẩu, hoặc lưu lại dưới dạng .xlsx</translation>
    </message>
    <message>
        <source>a zip archive (an .xlsx or .ods workbook?), not a CSV text; give it its .xlsx or .ods name</source>
        <translation>một tệp nén zip (bảng tính .xlsx hoặc .ods?), không phải văn bản CSV; vui lòng đặt đúng phần mở rộng .xlsx hoặc .ods</translation>
    </message>
    <message>
        <source>UTF-16 text (Excel&apos;s &quot;Unicode Text&quot;); save the annex as &quot;CSV UTF-8&quot;</source>
        <translation>văn bản UTF-16 (dạng &quot;Unicode Text&quot; của Excel); vui lòng lưu phụ lục dưới dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>a PDF document, not a table</source>
        <translation>một tài liệu PDF, không phải bảng số liệu</translation>
    </message>
    <message>
        <source>an image, not a table</source>
        <translation>một hình ảnh, không phải bảng số liệu</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>không đọc được tệp (%1)</translation>
    </message>
    <message>
        <source>it is an encrypted (password-protected) Office file or an old binary .xls workbook; remove the password, or save it as .xlsx</source>
        <translation>đây là tệp Office được mã hóa (có mật khẩu) hoặc bảng tính .xls dạng nhị phân cũ; vui lòng gỡ mật khẩu, hoặc lưu lại dưới dạng .xlsx</translation>
    </message>
    <message>
        <source>it is not a workbook at all (no zip archive inside; a CSV given an .xlsx name?)</source>
        <translation>đây hoàn toàn không phải bảng tính (không chứa tệp nén zip; tệp CSV bị đặt tên .xlsx?)</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>đây là %1</translation>
    </message>
    <message>
        <source>it is a damaged zip archive (incomplete or truncated copy?)</source>
        <translation>đây là tệp nén zip bị hỏng (sao chép chưa hết hoặc bị cắt cụt?)</translation>
    </message>
    <message>
        <source>it is a zip archive, but not an .xlsx or .ods workbook</source>
        <translation>đây là tệp nén zip, nhưng không phải bảng tính .xlsx hoặc .ods</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>bảng tính bị hỏng (%1)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: không tìm thấy tệp</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: không phải tệp đọc được</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: tệp rỗng</translation>
    </message>
    <message>
        <source>%1: a sheet (%2) was asked for, but a CSV file has no sheets</source>
        <translation>%1: đã chỉ định trang tính (%2), nhưng tệp CSV không có trang tính</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: không đọc được tệp (%2)</translation>
    </message>
    <message>
        <source>%1: is %2</source>
        <translation>%1: là %2</translation>
    </message>
    <message>
        <source>%1: line %2 contains a NUL byte: this is not a text (CSV) file</source>
        <translation>%1: dòng %2 chứa byte NUL: đây không phải tệp văn bản (CSV)</translation>
    </message>
    <message>
        <source>%1: cannot be read by GDAL</source>
        <translation>%1: GDAL không đọc được tệp</translation>
    </message>
    <message>
        <source>%1: line %2 opens a quoted cell (&quot;) that is never closed</source>
        <translation>%1: dòng %2 mở một ô trong dấu ngoặc kép (&quot;) nhưng không đóng lại</translation>
    </message>
    <message>
        <source>%1: the file has no rows</source>
        <translation>%1: tệp không có dòng nào</translation>
    </message>
    <message>
        <source>%1: cannot be read as a spreadsheet: %2</source>
        <translation>%1: không đọc được dưới dạng bảng tính: %2</translation>
    </message>
    <message>
        <source>%1: every sheet is empty</source>
        <translation>%1: tất cả các trang tính đều trống</translation>
    </message>
    <message>
        <source>%1: no sheet named &apos;%2&apos; (sheets: %3)</source>
        <translation>%1: không có trang tính tên &apos;%2&apos; (các trang tính: %3)</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; is empty</source>
        <translation>%1: trang tính &apos;%2&apos; trống</translation>
    </message>
    <message numerus="yes">
        <source>%1: line %2 is not valid UTF-8, though %n other line(s) with letters beyond ASCII are (a line pasted from a file in a legacy encoding such as Windows-1258 or TCVN3?); save the annex as &quot;CSV UTF-8&quot;</source>
        <translation>
            <numerusform>%1: dòng %2 không phải UTF-8 hợp lệ, dù %n dòng khác có chữ ngoài ASCII là UTF-8 (một dòng được dán từ tệp dùng bảng mã cũ như Windows-1258 hoặc TCVN3?); vui lòng lưu phụ lục dưới dạng &quot;CSV UTF-8&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8; it may be %3, but too few of its words tell (%4); save the annex as &quot;CSV UTF-8&quot;</source>
        <translation>%1: dòng %2 không phải UTF-8 hợp lệ; có thể là %3, nhưng quá ít từ để khẳng định (%4); vui lòng lưu phụ lục dưới dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1: line %2 is not valid UTF-8, and not certainly %3 either: read that way, &apos;%4&apos; is no Vietnamese word (%5); save the annex as &quot;CSV UTF-8&quot;</source>
        <translation>%1: dòng %2 không phải UTF-8 hợp lệ, và cũng không chắc là %3: đọc theo bảng mã đó thì &apos;%4&apos; không phải là chữ tiếng Việt (%5); vui lòng lưu phụ lục dưới dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1, row %2, column %3</source>
        <translation>%1, dòng %2, cột %3</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;, row %3, column %4</source>
        <translation>%1, trang tính &apos;%2&apos;, dòng %3, cột %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; reads as no Vietnamese, and not certainly as %3 typed with its fonts either (%4); convert the annex to Unicode (Unikey&apos;s converter does) and send it again</source>
        <translation>%1: &apos;%2&apos; không đọc được thành tiếng Việt, và cũng không chắc là %3 gõ bằng phông của bảng mã đó (%4); vui lòng chuyển phụ lục sang Unicode (công cụ chuyển mã của Unikey làm được) rồi gửi lại</translation>
    </message>
    <message>
        <source>read as %1 and converted to Unicode: %2</source>
        <translation>đã đọc theo %1 và chuyển sang Unicode: %2</translation>
    </message>
</context>
<context>
    <name>AcvUnitRemap</name>
    <message>
        <source>%1: the annex&apos;s key is a code (%2), but the crosswalk %3 has no old code column; use the annex&apos;s name column (--stats-key) or name the crosswalk&apos;s with --crosswalk-column old-code=COLUMN</source>
        <translation>%1: khóa của phụ lục là mã (%2), nhưng bảng đối chiếu %3 không có cột mã đơn vị cũ; vui lòng dùng cột tên của phụ lục (--stats-key) hoặc chỉ định cột mã cũ của bảng đối chiếu bằng --crosswalk-column old-code=COLUMN</translation>
    </message>
    <message>
        <source>%1: the annex&apos;s key is a name (%2), but the crosswalk %3 has no old name column; match by code (--match code, with the annex&apos;s code column) or name the crosswalk&apos;s with --crosswalk-column old-name=COLUMN</source>
        <translation>%1: khóa của phụ lục là tên (%2), nhưng bảng đối chiếu %3 không có cột tên đơn vị cũ; vui lòng ghép theo mã (--match code, với cột mã của phụ lục) hoặc chỉ định cột tên cũ của bảng đối chiếu bằng --crosswalk-column old-name=COLUMN</translation>
    </message>
    <message>
        <source>%1 fits %2</source>
        <translation>%1 khớp với %2</translation>
    </message>
    <message>
        <source> (closest: %1)</source>
        <translation> (gần nhất: %1)</translation>
    </message>
    <message>
        <source>%1 old units are given by several rows: %2</source>
        <translation>%1 đơn vị cũ được ghi ở nhiều dòng: %2</translation>
    </message>
    <message>
        <source>%1 rows fit several old units of the crosswalk (the annex&apos;s parent column tells them apart: --stats-parent): %2</source>
        <translation>%1 dòng khớp với nhiều đơn vị cũ của bảng đối chiếu (cột đơn vị cấp trên của phụ lục sẽ phân biệt được: --stats-parent): %2</translation>
    </message>
    <message>
        <source>%1 rows are no old unit of the crosswalk, so their figures would be lost: %2</source>
        <translation>%1 dòng không ứng với đơn vị cũ nào của bảng đối chiếu nên số liệu của các dòng này sẽ bị mất: %2</translation>
    </message>
    <message>
        <source>%1 cannot be re-mapped by %2 (matched by %3): %4. Nothing was joined.</source>
        <translation>%1 không chuyển đổi được theo bảng đối chiếu %2 (so khớp theo %3): %4. Chưa ghép gì.</translation>
    </message>
    <message>
        <source>paired by code, %1 rows are named otherwise in the crosswalk (check that these are the same units): %2</source>
        <translation>khi ghép theo mã, %1 dòng có tên khác với tên trong bảng đối chiếu (vui lòng kiểm tra đây có đúng là cùng đơn vị không): %2</translation>
    </message>
    <message>
        <source>%1 (crosswalk row %2) → %3</source>
        <translation>%1 (dòng %2 của bảng đối chiếu) → %3</translation>
    </message>
    <message>
        <source>%1: %2 old units were split between several new units, and the crosswalk gives no share of each part: %3. Give each of their links a share (a &apos;share&apos; column), or apportion them by area with --partial-by area --old-boundaries FILE. Nothing was joined.</source>
        <translation>%1: %2 đơn vị cũ bị chia tách vào nhiều đơn vị mới nhưng bảng đối chiếu không ghi tỷ lệ của từng phần: %3. Vui lòng ghi tỷ lệ cho từng liên kết của các đơn vị này (cột &apos;share&apos;), hoặc phân bổ theo diện tích giao nhau bằng --partial-by area --old-boundaries FILE. Chưa ghép gì.</translation>
    </message>
    <message>
        <source>%1: %2 rows have no value in %3, so they cannot be summed by it: %4. Nothing was joined.</source>
        <translation>%1: %2 dòng không có giá trị trong %3 nên không thể cộng theo đó: %4. Chưa ghép gì.</translation>
    </message>
    <message>
        <source>the heading rows</source>
        <translation>các dòng tiêu đề đứng trên</translation>
    </message>
    <message>
        <source>%1: %2 is left without figures: %3 of its %4 old units are not in the annex (%5), so a sum of rows %6 would be short</source>
        <translation>%1: %2 không có số liệu: %3 trên %4 đơn vị cũ của đơn vị này không có trong phụ lục (%5), nên tổng của các dòng %6 sẽ bị thiếu</translation>
    </message>
    <message>
        <source>%1: the re-mapped totals do not add up (installs %2 in the annex, %3 in the units and %4 withheld); nothing was joined. This is a bug: please report it with the annex and the crosswalk.</source>
        <translation>%1: các tổng sau chuyển đổi không khớp (lượt cài đặt: %2 trong phụ lục, %3 trong các đơn vị và %4 không tính); chưa ghép gì. Đây là lỗi của chương trình: vui lòng báo lỗi kèm theo phụ lục và bảng đối chiếu.</translation>
    </message>
    <message>
        <source>%1: no row was summed into any unit; nothing was joined</source>
        <translation>%1: không dòng nào được cộng vào đơn vị nào; chưa ghép gì</translation>
    </message>
    <message>
        <source>row %1 &apos;%2&apos;</source>
        <translation>dòng %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>row %1 &apos;%2&apos; (%3)</source>
        <translation>dòng %1 &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>row %1 &apos;%2&apos; = %3 &apos;%4&apos;</source>
        <translation>dòng %1 &apos;%2&apos; = %3 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1 as &apos;%2&apos;</source>
        <translation>%1 tính vào &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 could be %2</source>
        <translation>%1 có thể là %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>%1: %2 rows give their unit without diacritics, and several units of the column read so: %3. Write them with their diacritics. Nothing was joined.</source>
        <translation>%1: %2 dòng ghi đơn vị không dấu, mà trong cột có nhiều đơn vị đọc không dấu như vậy: %3. Vui lòng ghi tên có dấu. Chưa ghép gì.</translation>
    </message>
    <message>
        <source>%1: %2 rows give their unit without diacritics and were summed with the one spelling that has them (check them): %3</source>
        <translation>%1: %2 dòng ghi đơn vị không dấu và đã được cộng vào đơn vị duy nhất có cùng tên viết có dấu (vui lòng kiểm tra): %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 names in %3 are written with several types, and some rows give them without one, so which unit those rows belong to cannot be told: %4. Write the type (Huyện, Thị xã, Thành phố …) in those rows. Nothing was joined.</source>
        <translation>%1: %2 tên trong %3 được ghi với nhiều loại đơn vị, mà có dòng ghi tên không kèm loại, nên không xác định được các dòng đó thuộc đơn vị nào: %4. Vui lòng ghi loại đơn vị (Huyện, Thị xã, Thành phố …) ở các dòng đó. Chưa ghép gì.</translation>
    </message>
    <message>
        <source>installs</source>
        <translation>lượt cài đặt</translation>
    </message>
    <message>
        <source>smartphone users</source>
        <translation>người dùng ĐTTM</translation>
    </message>
    <message>
        <source>population</source>
        <translation>dân số</translation>
    </message>
    <message>
        <source>%1: %2 is left without %3: %4 of its %5 rows give none (%6), so a sum of the others would be short</source>
        <translation>%1: %2 không có số liệu %3: %4 trên %5 dòng của nó không có số liệu này (%6), nên cộng các dòng còn lại sẽ bị thiếu</translation>
    </message>
</context>
</TS>
