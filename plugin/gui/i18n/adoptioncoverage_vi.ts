<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AcvColumnChoices</name>
    <message numerus="yes">
        <source>Header in row %1; %n localities</source>
        <translation>
            <numerusform>Tiêu đề ở dòng %1; %n địa phương</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rows skipped (totals, notes)</source>
        <translation>
            <numerusform>; bỏ qua %n dòng (tổng cộng, ghi chú)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → no figure</source>
        <translation>%1 → không có số liệu</translation>
    </message>
    <message>
        <source>the English way (1,234.5)</source>
        <translation>theo kiểu tiếng Anh (1,234.5)</translation>
    </message>
    <message>
        <source>the Vietnamese way (1.234,5)</source>
        <translation>theo kiểu Việt Nam (1.234,5)</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>theo lựa chọn</translation>
    </message>
    <message>
        <source>decided by this column</source>
        <translation>do chính cột này quyết định</translation>
    </message>
    <message>
        <source>nothing in the sheet decides: the default</source>
        <translation>không ô nào quyết định: mặc định</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>do %1 quyết định</translation>
    </message>
    <message numerus="yes">
        <source>%n typed as text, read %1 (%2)</source>
        <translation>
            <numerusform>%n ô gõ dạng chữ, đọc %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n numeric cells, exact</source>
        <translation>
            <numerusform>%n ô dạng số, lấy đúng giá trị</numerusform>
        </translation>
    </message>
    <message>
        <source>× %1 (%2)</source>
        <translation>× %1 (%2)</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Lượt cài đặt</translation>
    </message>
    <message>
        <source>Smartphone users</source>
        <translation>Người dùng ĐTTM</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
</context>
<context>
    <name>AcvCoverageAlgorithm</name>
    <message>
        <source>Boundary layer</source>
        <translation>Lớp ranh giới</translation>
    </message>
    <message>
        <source>Boundary key field (empty: detected)</source>
        <translation>Trường khóa của ranh giới (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Sheet (empty: the first non-empty one)</source>
        <translation>Trang tính (để trống: trang đầu tiên có dữ liệu)</translation>
    </message>
    <message>
        <source>Locality column (empty: detected)</source>
        <translation>Cột địa phương (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Installs column (empty: detected)</source>
        <translation>Cột lượt cài đặt (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Smartphone users column (empty: detected)</source>
        <translation>Cột người dùng điện thoại thông minh (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Population column (empty: detected)</source>
        <translation>Cột dân số (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Mapping file: statistics name to boundary key</source>
        <translation>Tệp ghép tên: tên trong thống kê → khóa ranh giới</translation>
    </message>
    <message>
        <source>Target (% of smartphone users)</source>
        <translation>Mục tiêu (% người dùng điện thoại thông minh)</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân lớp</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Dải màu</translation>
    </message>
    <message>
        <source>Language of labels and legend</source>
        <translation>Ngôn ngữ của nhãn và chú giải</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Label localities</source>
        <translation>Ghi nhãn địa phương</translation>
    </message>
    <message>
        <source>%1: the joined layer is written as a GeoPackage (.gpkg)</source>
        <translation>%1: lớp đã ghép được ghi dưới dạng GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <source>Join install statistics</source>
        <translation>Ghép số liệu cài đặt</translation>
    </message>
    <message>
        <source>Joined layer</source>
        <translation>Lớp đã ghép</translation>
    </message>
    <message>
        <source>Join report</source>
        <translation>Báo cáo ghép nối</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Coverage map</source>
        <translation>Bản đồ độ phủ</translation>
    </message>
    <message>
        <source>Joins the statistics to the boundaries and loads the joined layer styled as a coverage map: classes anchored at the target, localities below the target marked, no data hatched, labels in Vietnamese or English. Optionally also renders the map to a georeferenced PNG.</source>
        <translation>Ghép số liệu thống kê vào ranh giới và nạp lớp đã ghép với kiểu bản đồ độ phủ: các lớp lấy mục tiêu làm mốc, đánh dấu địa phương dưới mục tiêu, tô gạch nơi không có số liệu, nhãn bằng tiếng Việt hoặc tiếng Anh. Có thể xuất thêm bản đồ ra ảnh PNG có tham chiếu địa lý.</translation>
    </message>
    <message>
        <source>Coverage layer</source>
        <translation>Lớp độ phủ</translation>
    </message>
    <message>
        <source>Map image</source>
        <translation>Ảnh bản đồ</translation>
    </message>
    <message>
        <source>Export coverage report</source>
        <translation>Xuất báo cáo độ phủ</translation>
    </message>
    <message>
        <source>Writes the coverage report page (title, map, legend, summary and the localities below the target) as PDF, PNG or SVG, with the same print layout as the coverage-map command.</source>
        <translation>Xuất trang báo cáo độ phủ (tiêu đề, bản đồ, chú giải, tóm tắt và các địa phương dưới mục tiêu) ra PDF, PNG hoặc SVG, cùng bố cục in với lệnh coverage-map.</translation>
    </message>
    <message>
        <source>Title (empty: the default title)</source>
        <translation>Tiêu đề (để trống: tiêu đề mặc định)</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Độ phân giải (dpi)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Statistics table (CSV, XLSX, XLS or ODS)</source>
        <translation>Bảng thống kê (CSV, XLSX, XLS hoặc ODS)</translation>
    </message>
    <message>
        <source>Numbers typed as text</source>
        <translation>Số gõ dạng chữ</translation>
    </message>
    <message>
        <source>Detected per column</source>
        <translation>Tự nhận diện theo cột</translation>
    </message>
    <message>
        <source>Vietnamese (1.234,5)</source>
        <translation>Kiểu Việt Nam (1.234,5)</translation>
    </message>
    <message>
        <source>English (1,234.5)</source>
        <translation>Kiểu tiếng Anh (1,234.5)</translation>
    </message>
    <message>
        <source>Coverage maps</source>
        <translation>Bản đồ độ phủ</translation>
    </message>
    <message>
        <source>Boundary parent field: district or province (empty: detected)</source>
        <translation>Trường đơn vị cấp trên của ranh giới: huyện hoặc tỉnh (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Parent column: district or province (empty: detected)</source>
        <translation>Cột đơn vị cấp trên: huyện hoặc tỉnh (để trống: tự nhận diện)</translation>
    </message>
    <message>
        <source>Crosswalk table: old units to new units (CSV, XLSX or ODS)</source>
        <translation>Bảng đối chiếu: đơn vị cũ sang đơn vị mới (CSV, XLSX hoặc ODS)</translation>
    </message>
    <message>
        <source>Crosswalk sheet (empty: the first non-empty one)</source>
        <translation>Trang tính của bảng đối chiếu (để trống: trang đầu tiên có dữ liệu)</translation>
    </message>
    <message>
        <source>Apportion split units by area (with the old boundaries)</source>
        <translation>Chia đơn vị bị tách theo diện tích (cần ranh giới cũ)</translation>
    </message>
    <message>
        <source>Old units&apos; boundaries, to apportion split units by area</source>
        <translation>Ranh giới của các đơn vị cũ, để chia đơn vị bị tách theo diện tích</translation>
    </message>
    <message>
        <source>Sum the rows by this column, e.g. communes into districts (empty: none)</source>
        <translation>Cộng các dòng theo cột này, ví dụ các xã thành huyện (để trống: không cộng)</translation>
    </message>
    <message>
        <source>Joins a boundary layer with a statistics table of app installs (CSV, XLSX or ODS). Names are matched whatever their diacritics or administrative prefixes; a mapping file fixes the rest. An annex of the units before a merger is first summed into the new units by a crosswalk table, or its rows by one of its columns (communes into districts). The joined layer gets installs, smartphone users, population, coverage, gap to the target and rank.</source>
        <translation>Ghép lớp ranh giới với bảng thống kê lượt cài đặt ứng dụng (CSV, XLSX hoặc ODS). Tên được so khớp bất kể dấu tiếng Việt hay tiền tố hành chính; tệp ghép tên xử lý các trường hợp còn lại. Phụ lục theo các đơn vị trước khi sáp nhập được cộng trước vào các đơn vị mới theo bảng đối chiếu, hoặc các dòng của nó được cộng theo một cột (các xã thành huyện). Lớp đã ghép có lượt cài đặt, người dùng điện thoại thông minh, dân số, độ phủ, số lượt còn thiếu so với mục tiêu và thứ hạng.</translation>
    </message>
</context>
<context>
    <name>AcvCoverageDialog</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>%1 [detected]</source>
        <translation>%1 [tự nhận diện]</translation>
    </message>
    <message>
        <source>Adoption Coverage</source>
        <translation>Adoption Coverage</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Dữ liệu vào</translation>
    </message>
    <message>
        <source>Map and Output</source>
        <translation>Bản đồ và kết quả</translation>
    </message>
    <message>
        <source>Join Review</source>
        <translation>Kiểm tra ghép nối</translation>
    </message>
    <message>
        <source>Review Join</source>
        <translation>Kiểm tra ghép nối</translation>
    </message>
    <message>
        <source>Match the statistics with the boundaries and show the result before anything is added</source>
        <translation>So khớp số liệu thống kê với ranh giới và hiển thị kết quả trước khi thêm vào bản đồ</translation>
    </message>
    <message>
        <source>Add to Map</source>
        <translation>Thêm vào bản đồ</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Ranh giới</translation>
    </message>
    <message>
        <source>(from a file)</source>
        <translation>(từ tệp)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Boundary File</source>
        <translation>Tệp ranh giới</translation>
    </message>
    <message>
        <source>or file</source>
        <translation>hoặc tệp</translation>
    </message>
    <message>
        <source>Empty: the field that pairs with most statistics rows</source>
        <translation>Để trống: trường khớp với nhiều dòng thống kê nhất</translation>
    </message>
    <message>
        <source>Key field</source>
        <translation>Trường khóa</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Statistics File</source>
        <translation>Tệp thống kê</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Choose a CSV, XLSX or ODS file.</source>
        <translation>Chọn tệp CSV, XLSX hoặc ODS.</translation>
    </message>
    <message>
        <source>Locality column</source>
        <translation>Cột địa phương</translation>
    </message>
    <message>
        <source>Installs column</source>
        <translation>Cột lượt cài đặt</translation>
    </message>
    <message>
        <source>Smartphone users column</source>
        <translation>Cột người dùng ĐTTM</translation>
    </message>
    <message>
        <source>Population column</source>
        <translation>Cột dân số</translation>
    </message>
    <message>
        <source>Optional: statistics names paired with boundary keys, e.g. saved from the join review</source>
        <translation>Không bắt buộc: tên trong thống kê ghép với khóa ranh giới, ví dụ tệp đã lưu từ bước kiểm tra ghép nối</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Tệp ghép tên</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <source>Adoption target in % of smartphone users</source>
        <translation>Mục tiêu cài đặt tính theo % người dùng điện thoại thông minh</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân lớp</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>A colour ramp of QGIS&apos;s style</source>
        <translation>Một dải màu trong kho kiểu của QGIS</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Dải màu</translation>
    </message>
    <message>
        <source>Language of labels and legend, with its number style: 23,4 % or 23.4%</source>
        <translation>Ngôn ngữ của nhãn và chú giải, kèm cách viết số: 23,4 % hoặc 23.4%</translation>
    </message>
    <message>
        <source>Label language</source>
        <translation>Ngôn ngữ nhãn</translation>
    </message>
    <message>
        <source>Label localities with name and coverage</source>
        <translation>Ghi nhãn tên địa phương và độ phủ</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Temporary layer</source>
        <translation>Lớp tạm</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a vector layer.</source>
        <translation>Không mở được %1 dưới dạng lớp vector.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đọc %1</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Đã hủy việc đọc.</translation>
    </message>
    <message>
        <source>Choose a boundary layer or file.</source>
        <translation>Chọn lớp hoặc tệp ranh giới.</translation>
    </message>
    <message>
        <source>Choose a statistics file.</source>
        <translation>Chọn tệp thống kê.</translation>
    </message>
    <message>
        <source>Choose the GeoPackage to write, or a temporary layer.</source>
        <translation>Chọn tệp GeoPackage để ghi, hoặc lớp tạm.</translation>
    </message>
    <message>
        <source>Join review</source>
        <translation>Kiểm tra ghép nối</translation>
    </message>
    <message>
        <source>Matching %1 with %2</source>
        <translation>So khớp %1 với %2</translation>
    </message>
    <message>
        <source>Joining %1 with %2</source>
        <translation>Ghép %1 với %2</translation>
    </message>
    <message>
        <source>The joined layer %1 cannot be read back.</source>
        <translation>Không đọc lại được lớp đã ghép %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Detected per column</source>
        <translation>Tự nhận diện theo cột</translation>
    </message>
    <message>
        <source>Vietnamese (1.234,5)</source>
        <translation>Kiểu Việt Nam (1.234,5)</translation>
    </message>
    <message>
        <source>English (1,234.5)</source>
        <translation>Kiểu tiếng Anh (1,234.5)</translation>
    </message>
    <message>
        <source>How numbers typed as text are read; numeric cells of a workbook are always exact</source>
        <translation>Cách đọc các số gõ dạng chữ; ô dạng số trong bảng tính luôn lấy đúng giá trị</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Cách viết số</translation>
    </message>
    <message>
        <source>The mapping file saved for this statistics file: %1</source>
        <translation>Tệp ghép tên đã lưu cho tệp số liệu này: %1</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Không có gì để xem trước.</translation>
    </message>
    <message>
        <source>No sheet of %1 holds a table with a header row.</source>
        <translation>Không trang tính nào của %1 có bảng với dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; holds no statistics table; the table is in sheet &apos;%2&apos;.</source>
        <translation>Trang tính &apos;%1&apos; không có bảng số liệu; bảng nằm ở trang tính &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;%1&apos;</source>
        <translation>Dùng &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Replace the previous result</source>
        <translation>Thay kết quả trước</translation>
    </message>
    <message>
        <source>Remove the layer the last run made from the same statistics file instead of adding another one</source>
        <translation>Gỡ lớp do lần chạy trước tạo từ cùng tệp số liệu thay vì thêm một lớp nữa</translation>
    </message>
    <message>
        <source>%1 localities joined: %2.</source>
        <translation>Đã ghép %1 địa phương: %2.</translation>
    </message>
    <message>
        <source>%1; %2 localities joined: %3.</source>
        <translation>%1; đã ghép %2 địa phương: %3.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>(rows heading the rows below) [detected]</source>
        <translation>(các dòng tiêu đề đứng trên các dòng bên dưới) [tự nhận diện]</translation>
    </message>
    <message>
        <source>The field naming each feature&apos;s district or province, which tells communes written alike apart. Empty: the field whose values pair with the statistics&apos; parents</source>
        <translation>Trường ghi huyện hoặc tỉnh của mỗi đối tượng, để phân biệt các xã trùng tên. Để trống: trường có giá trị khớp với đơn vị cấp trên trong số liệu</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Trường cấp trên</translation>
    </message>
    <message>
        <source>The column naming each row&apos;s district or province, which tells localities written alike apart</source>
        <translation>Cột ghi huyện hoặc tỉnh của mỗi dòng, để phân biệt các địa phương trùng tên</translation>
    </message>
    <message>
        <source>Parent (district/province)</source>
        <translation>Cấp trên (huyện/tỉnh)</translation>
    </message>
</context>
<context>
    <name>AcvCoverageTask</name>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>AcvFileFilters</name>
    <message>
        <source>Statistics tables</source>
        <translation>Bảng thống kê</translation>
    </message>
    <message>
        <source>Mapping files</source>
        <translation>Tệp ghép tên</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>Crosswalk tables</source>
        <translation>Bảng đối chiếu</translation>
    </message>
</context>
<context>
    <name>AcvJoinReviewWidget</name>
    <message>
        <source>mapping</source>
        <translation>tệp ghép tên</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>trùng khớp</translation>
    </message>
    <message>
        <source>normalized</source>
        <translation>chuẩn hóa</translation>
    </message>
    <message>
        <source>without diacritics</source>
        <translation>bỏ dấu</translation>
    </message>
    <message>
        <source>Choose the inputs, then press “Review Join”.</source>
        <translation>Chọn dữ liệu vào rồi bấm “Kiểm tra ghép nối”.</translation>
    </message>
    <message>
        <source>Statistics rows without a boundary</source>
        <translation>Dòng thống kê chưa có ranh giới</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name in the statistics</source>
        <translation>Tên trong thống kê</translation>
    </message>
    <message>
        <source>Pair with boundary</source>
        <translation>Ghép với ranh giới</translation>
    </message>
    <message>
        <source>Accept Suggestions</source>
        <translation>Nhận các gợi ý</translation>
    </message>
    <message>
        <source>Pair every undecided row with its closest boundary</source>
        <translation>Ghép mỗi dòng chưa quyết định với ranh giới gần giống nhất</translation>
    </message>
    <message>
        <source>Apply Choices</source>
        <translation>Áp dụng lựa chọn</translation>
    </message>
    <message>
        <source>Join again with these pairs</source>
        <translation>Ghép lại với các cặp này</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Lưu tệp ghép tên…</translation>
    </message>
    <message>
        <source>Save the pairs as a mapping file to use next time</source>
        <translation>Lưu các cặp thành tệp ghép tên để dùng lần sau</translation>
    </message>
    <message>
        <source>Boundaries without statistics</source>
        <translation>Ranh giới chưa có số liệu</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Đã khớp</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Ranh giới</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Cách khớp</translation>
    </message>
    <message>
        <source>(leave unmatched)</source>
        <translation>(để chưa khớp)</translation>
    </message>
    <message>
        <source>%1 (suggested, %2 % alike)</source>
        <translation>%1 (gợi ý, giống %2 %)</translation>
    </message>
    <message>
        <source>%1 matched. %2 statistics rows and %3 boundaries are unmatched; %4 pairs chosen.</source>
        <translation>Đã khớp %1. Còn %2 dòng thống kê và %3 ranh giới chưa khớp; đã chọn %4 cặp.</translation>
    </message>
    <message>
        <source>Save Mapping File</source>
        <translation>Lưu tệp ghép tên</translation>
    </message>
    <message>
        <source>“%1” is written more than once; the parent tells which locality this is</source>
        <translation>“%1” xuất hiện nhiều lần; đơn vị cấp trên cho biết đây là địa phương nào</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs cannot be applied or saved: a mapping pairs names as written, and their name is written on more than one row or boundary.</source>
        <translation>
            <numerusform>%n cặp không thể áp dụng hay lưu: tệp ghép tên ghép theo tên như được viết, mà tên của chúng xuất hiện ở nhiều dòng hoặc nhiều ranh giới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annex rows → new unit</source>
        <translation>Dòng phụ lục → đơn vị mới</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Lượt cài đặt</translation>
    </message>
</context>
<context>
    <name>AcvLevelSummary</name>
    <message>
        <source>Level: %1</source>
        <translation>Cấp: %1</translation>
    </message>
    <message>
        <source> · boundaries: %1</source>
        <translation> · ranh giới: %1</translation>
    </message>
    <message>
        <source>Parent: none</source>
        <translation>Cấp trên: không có</translation>
    </message>
    <message numerus="yes">
        <source>Parent: %n rows heading the rows below them</source>
        <translation>
            <numerusform>Cấp trên: %n dòng tiêu đề đứng trên các dòng bên dưới</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent: column %1 (&apos;%2&apos;)</source>
        <translation>Cấp trên: cột %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source> [detected]</source>
        <translation> [tự nhận diện]</translation>
    </message>
    <message numerus="yes">
        <source>, %n rows from merged cells</source>
        <translation>
            <numerusform>, %n dòng từ ô gộp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n empty cells take the parent above</source>
        <translation>
            <numerusform>, %n ô trống lấy đơn vị cấp trên của ô phía trên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n parents</source>
        <translation>
            <numerusform>, %n đơn vị cấp trên</numerusform>
        </translation>
    </message>
    <message>
        <source> · boundary field &apos;%1&apos;</source>
        <translation> · trường ranh giới &apos;%1&apos;</translation>
    </message>
    <message>
        <source> · no boundary field pairs with them: rows are matched by name alone</source>
        <translation> · không trường ranh giới nào khớp: các dòng chỉ được ghép theo tên</translation>
    </message>
</context>
<context>
    <name>AcvPathCheck</name>
    <message>
        <source>No file %1</source>
        <translation>Không có tệp %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions)</source>
        <translation>Không đọc được %1 (quyền truy cập)</translation>
    </message>
</context>
<context>
    <name>AcvPlugin</name>
    <message>
        <source>Adoption Coverage…</source>
        <translation>Adoption Coverage…</translation>
    </message>
    <message>
        <source>Join install statistics with boundaries and map coverage against the target</source>
        <translation>Ghép số liệu cài đặt với ranh giới và lập bản đồ độ phủ so với mục tiêu</translation>
    </message>
    <message>
        <source>Coverage Ranking</source>
        <translation>Xếp hạng độ phủ</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
</context>
<context>
    <name>AcvProcessingProvider</name>
    <message>
        <source>Adoption Coverage</source>
        <translation>Adoption Coverage</translation>
    </message>
</context>
<context>
    <name>AcvRankingDock</name>
    <message>
        <source>Coverage Ranking</source>
        <translation>Xếp hạng độ phủ</translation>
    </message>
    <message>
        <source>Select a coverage layer in the Layers panel to list its localities.</source>
        <translation>Chọn một lớp độ phủ trong bảng Lớp để liệt kê các địa phương của lớp.</translation>
    </message>
    <message>
        <source>%1: %2 (target %3; below it in red).</source>
        <translation>%1: %2 (mục tiêu %3; dưới mục tiêu tô đỏ).</translation>
    </message>
</context>
<context>
    <name>AcvRankingModel</name>
    <message>
        <source>No coverage layer.</source>
        <translation>Chưa có lớp độ phủ.</translation>
    </message>
    <message>
        <source>Layer &apos;%1&apos; has no field &apos;%2&apos;: it is not a coverage layer.</source>
        <translation>Lớp &apos;%1&apos; không có trường &apos;%2&apos;: đây không phải lớp độ phủ.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>không có số liệu</translation>
    </message>
    <message>
        <source>Below the %1 target</source>
        <translation>Dưới mục tiêu %1</translation>
    </message>
    <message>
        <source>No statistics for this locality</source>
        <translation>Địa phương này không có số liệu</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Lượt cài đặt</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Độ phủ</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>Còn thiếu</translation>
    </message>
</context>
<context>
    <name>AcvRemapChoice</name>
    <message>
        <source>A crosswalk and a column to sum the rows by both re-map the annex&apos;s units: choose one of them.</source>
        <translation>Bảng đối chiếu và cột để cộng các dòng đều chuyển đổi đơn vị của phụ lục: hãy chọn một trong hai.</translation>
    </message>
    <message>
        <source>Apportioning split units by area needs a crosswalk: choose the crosswalk table.</source>
        <translation>Chia đơn vị bị tách theo diện tích cần có bảng đối chiếu: hãy chọn bảng đối chiếu.</translation>
    </message>
    <message>
        <source>Apportioning split units by area needs the old units&apos; boundaries: choose their file.</source>
        <translation>Chia đơn vị bị tách theo diện tích cần ranh giới của các đơn vị cũ: hãy chọn tệp ranh giới đó.</translation>
    </message>
</context>
<context>
    <name>AcvRemapInputs</name>
    <message>
        <source>Old units → new units</source>
        <translation>Đơn vị cũ → đơn vị mới</translation>
    </message>
    <message>
        <source>Crosswalk Table</source>
        <translation>Bảng đối chiếu</translation>
    </message>
    <message>
        <source>A table of the old units and the new units they became, as published with a merger of provinces or communes: the annex&apos;s rows are summed into the new units before the join</source>
        <translation>Bảng các đơn vị cũ và đơn vị mới mà chúng hợp thành, như được công bố khi sáp nhập tỉnh hoặc xã: các dòng của phụ lục được cộng vào đơn vị mới trước khi ghép</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Bảng đối chiếu</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet holding the crosswalk</source>
        <translation>Trang tính chứa bảng đối chiếu</translation>
    </message>
    <message>
        <source>Crosswalk sheet</source>
        <translation>Trang tính đối chiếu</translation>
    </message>
    <message>
        <source>Apportion split units by area</source>
        <translation>Chia đơn vị bị tách theo diện tích</translation>
    </message>
    <message>
        <source>An old unit split between new units without a share in the crosswalk gives each the part of its area that lies in it</source>
        <translation>Một đơn vị cũ bị tách vào nhiều đơn vị mới mà bảng đối chiếu không ghi tỷ lệ sẽ chia cho mỗi đơn vị mới theo phần diện tích nằm trong đó</translation>
    </message>
    <message>
        <source>Old Boundaries</source>
        <translation>Ranh giới cũ</translation>
    </message>
    <message>
        <source>The boundaries of the old units, to measure the area of each part</source>
        <translation>Ranh giới của các đơn vị cũ, để đo diện tích của từng phần</translation>
    </message>
    <message>
        <source>Old boundaries</source>
        <translation>Ranh giới cũ</translation>
    </message>
    <message>
        <source>Sum the annex&apos;s rows by the values of this column (communes into their districts) and join the sums</source>
        <translation>Cộng các dòng của phụ lục theo giá trị của cột này (các xã thành huyện của chúng) rồi ghép các tổng</translation>
    </message>
    <message>
        <source>Sum rows by column</source>
        <translation>Cộng các dòng theo cột</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Old units → new units: crosswalk %1</source>
        <translation>Đơn vị cũ → đơn vị mới: bảng đối chiếu %1</translation>
    </message>
    <message>
        <source>Old units → new units: summed by %1</source>
        <translation>Đơn vị cũ → đơn vị mới: cộng theo %1</translation>
    </message>
</context>
<context>
    <name>AcvRemapReview</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source> + %1 withheld</source>
        <translation> + %1 bị giữ lại</translation>
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
        <source>Crosswalk %1</source>
        <translation>Bảng đối chiếu %1</translation>
    </message>
    <message>
        <source>Summed by column &apos;%1&apos;</source>
        <translation>Cộng theo cột &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 annex rows → %3 units; %4</source>
        <translation>%1: %2 dòng phụ lục → %3 đơn vị; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n units are left without figures: some of their old units are not in the annex (marked below).</source>
        <translation>
            <numerusform>%n đơn vị không có số liệu: một số đơn vị cũ của chúng không có trong phụ lục (được đánh dấu bên dưới).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>incomplete: %n old units not in the annex</source>
        <translation>
            <numerusform>chưa đủ: %n đơn vị cũ không có trong phụ lục</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, %2: %3 installs</source>
        <translation>Dòng %1, %2: %3 lượt cài đặt</translation>
    </message>
    <message>
        <source>Left without figures, a sum of these rows would be short: %1 not in the annex</source>
        <translation>Không có số liệu, vì tổng của các dòng này sẽ bị thiếu: %1 không có trong phụ lục</translation>
    </message>
</context>
<context>
    <name>AcvReportExport</name>
    <message>
        <source>Select a coverage layer in the Layers panel first.</source>
        <translation>Hãy chọn một lớp độ phủ trong bảng Lớp trước.</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>Export Coverage Report</source>
        <translation>Xuất báo cáo độ phủ</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Đang xuất %1</translation>
    </message>
    <message>
        <source>Written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Đã ghi vào &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>AcvResultLayer</name>
    <message>
        <source>Coverage — %1</source>
        <translation>Độ phủ — %1</translation>
    </message>
    <message>
        <source>Coverage — %1 (%2)</source>
        <translation>Độ phủ — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AcvRunSummary</name>
    <message numerus="yes">
        <source>%1 of %n with data below target</source>
        <translation>
            <numerusform>%1 trên %n địa phương có số liệu dưới mục tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 without data</source>
        <translation>%1; %2 không có số liệu</translation>
    </message>
    <message>
        <source>%1 and %2 are unmatched</source>
        <translation>%1 và %2 chưa khớp</translation>
    </message>
    <message numerus="yes">
        <source>%n annex rows</source>
        <translation>
            <numerusform>%n dòng phụ lục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundaries</source>
        <translation>
            <numerusform>%n ranh giới</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AcvSheetWidgetWrapper</name>
    <message>
        <source>First non-empty sheet</source>
        <translation>Trang tính đầu tiên có dữ liệu</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The boundary layer is not valid.</source>
        <translation>Lớp ranh giới không hợp lệ.</translation>
    </message>
    <message>
        <source>Layer &apos;%1&apos; could not be copied for the join: %2</source>
        <translation>Không sao chép được lớp &apos;%1&apos; để ghép: %2</translation>
    </message>
</context>
</TS>
