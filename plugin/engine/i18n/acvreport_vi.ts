<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AcvCoverageStyle</name>
    <message>
        <source>Installs per smartphone user</source>
        <translation>Tỷ lệ cài đặt trên người dùng ĐTTM</translation>
    </message>
    <message>
        <source>Installs per resident</source>
        <translation>Tỷ lệ cài đặt trên dân số</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Số lượt cài đặt</translation>
    </message>
    <message>
        <source>Installs still needed for the target</source>
        <translation>Số cài đặt còn thiếu để đạt mục tiêu</translation>
    </message>
    <message>
        <source>Smartphone users</source>
        <translation>Số người dùng ĐTTM</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mục tiêu %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <source>Below target (&lt; %1)</source>
        <translation>Dưới mục tiêu (&lt; %1)</translation>
    </message>
    <message>
        <source>At or above target (≥ %1)</source>
        <translation>Đạt mục tiêu (≥ %1)</translation>
    </message>
</context>
<context>
    <name>AcvReportContent</name>
    <message>
        <source>App installs per smartphone user</source>
        <translation>Tỷ lệ cài đặt ứng dụng trên số người dùng điện thoại thông minh</translation>
    </message>
    <message>
        <source>Statistics as of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>Statistics date unknown (not stated in the statistics file)</source>
        <translation>Ngày của số liệu: không rõ (tệp số liệu không ghi)</translation>
    </message>
    <message>
        <source>%1 · Target %2 of smartphone users</source>
        <translation>%1 · Mục tiêu %2 người dùng ĐTTM</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Total installs</source>
        <translation>Tổng số lượt cài đặt</translation>
    </message>
    <message>
        <source>Share of population</source>
        <translation>Tỷ lệ trên dân số</translation>
    </message>
    <message>
        <source>Share of smartphone users</source>
        <translation>Tỷ lệ trên người dùng ĐTTM</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Localities below target</source>
        <translation>Số đơn vị dưới mục tiêu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Installs still needed</source>
        <translation>Số lượt cài còn thiếu</translation>
    </message>
    <message>
        <source>Localities below the target, by installs still needed</source>
        <translation>Đơn vị dưới mục tiêu, xếp theo số lượt cài còn thiếu</translation>
    </message>
    <message>
        <source>coverage of smartphone users</source>
        <translation>tỷ lệ cài đặt trên người dùng ĐTTM</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (tiếp theo)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ/ĐTTM</translation>
    </message>
    <message>
        <source>Installs needed</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>… and %1 more (the joined layer lists them all)</source>
        <translation>… và %1 đơn vị khác (danh sách đầy đủ trong lớp kết quả)</translation>
    </message>
    <message>
        <source>Every locality has reached the target.</source>
        <translation>Tất cả các đơn vị đã đạt mục tiêu.</translation>
    </message>
    <message>
        <source>Statistics: %1. Administrative boundaries: %2. Coverage = installs / smartphone users.</source>
        <translation>Nguồn số liệu: %1. Ranh giới hành chính: %2. Tỷ lệ = số lượt cài đặt / số người dùng điện thoại thông minh (ĐTTM).</translation>
    </message>
    <message>
        <source>Figures by the old administrative units, re-mapped to the new units by %1.</source>
        <translation>Số liệu theo đơn vị hành chính cũ, quy đổi sang đơn vị mới theo %1.</translation>
    </message>
    <message>
        <source>Figures summed from the annex&apos;s rows by its column &apos;%1&apos;.</source>
        <translation>Số liệu cộng từ các dòng của phụ lục theo cột “%1”.</translation>
    </message>
    <message>
        <source>Units that were split are divided by the crosswalk&apos;s shares.</source>
        <translation>Đơn vị bị chia tách được phân bổ theo tỷ lệ trong bảng quy đổi.</translation>
    </message>
    <message>
        <source>Units that were split are divided by the area of overlap.</source>
        <translation>Đơn vị bị chia tách được phân bổ theo tỷ lệ diện tích.</translation>
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
        <source>people (population)</source>
        <translation>người (dân số)</translation>
    </message>
    <message>
        <source>Note: the annex&apos;s total row “%1” (row %2) says %3 %4, but its %5 localities sum to %6 (difference %7); the map uses each locality&apos;s figures.</source>
        <translation>Lưu ý: dòng “%1” (dòng %2) của phụ lục ghi %3 %4, nhưng cộng %5 đơn vị được %6 (chênh %7); bản đồ dùng số liệu của từng đơn vị.</translation>
    </message>
    <message>
        <source>%1 more total rows disagree with their localities (see the join report).</source>
        <translation>Còn %1 chênh lệch khác giữa dòng tổng và các đơn vị (xem báo cáo ghép nối).</translation>
    </message>
    <message>
        <source>Produced %1</source>
        <translation>Ngày lập: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>AcvReportLayout</name>
    <message>
        <source>Coverage report</source>
        <translation>Báo cáo tỷ lệ cài đặt</translation>
    </message>
    <message>
        <source>Locality of the page</source>
        <translation>Đơn vị của trang</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Số lượt cài đặt</translation>
    </message>
    <message>
        <source>Share of population</source>
        <translation>Tỷ lệ trên dân số</translation>
    </message>
    <message>
        <source>Share of smartphone users</source>
        <translation>Tỷ lệ trên người dùng ĐTTM</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Installs still needed</source>
        <translation>Số lượt cài còn thiếu</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
</context>
</TS>
