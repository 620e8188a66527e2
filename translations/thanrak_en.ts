<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>เกี่ยวกับฐานราก</source>
        <translation>About Thanrak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ฐานราก รุ่น %1</source>
        <translation>Thanrak version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>โปรแกรมข้อมูลกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และองค์กรชุมชน

โฟลเดอร์ข้อมูล:
%1

บันทึกการทำงาน (log):
%2</source>
        <translation>Records of savings groups, village funds and community organisations

Data folder:
%1

Log file:
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <location filename="../src/allocation/AllocationError.cpp" line="+14"/>
        <source>กติกาการจัดสรรไม่ถูกต้อง</source>
        <translation>The allocation rules are not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ข้อมูลการจัดสรรไม่ถูกต้อง</source>
        <translation>The allocation data is not valid</translation>
    </message>
    <message>
        <location filename="../src/allocation/DefaultPolicies.cpp" line="+23"/>
        <location line="+22"/>
        <source>ทุนสำรอง</source>
        <translation>Reserve fund</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>ปันผลตามเงินสัจจะสะสม</source>
        <translation>Dividend on sajja savings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เฉลี่ยคืนตามดอกเบี้ยเงินกู้</source>
        <translation>Refund on loan interest paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>ค่าตอบแทนกรรมการ</source>
        <translation>Committee remuneration</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>สวัสดิการสมาชิก</source>
        <translation>Member welfare</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>สาธารณประโยชน์</source>
        <translation>Public benefit</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>ส่งเสริมและการศึกษา</source>
        <translation>Promotion and education</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ผลตอบแทนสมาชิกตามหุ้น</source>
        <translation>Member return on shares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนประกันความเสี่ยง</source>
        <translation>Risk fund</translation>
    </message>
    <message>
        <location filename="../src/allocation/AllocationCalculator.cpp" line="+62"/>
        <source>เศษจากการปัดเศษของ &quot;%1&quot; %2 บาท เข้าทุนสำรอง</source>
        <translation>The rounding remainder of &quot;%1&quot;, %2 baht, goes to the reserve fund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่มีสมาชิกจ่ายดอกเบี้ยเงินกู้ในปีนี้ &quot;%1&quot; ทั้งหมด %2 บาท จึงเข้าทุนสำรอง</source>
        <translation>No member paid loan interest this year, so all of &quot;%1&quot;, %2 baht, goes to the reserve fund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่มีเงินออมของสมาชิกให้ปันผล &quot;%1&quot; ทั้งหมด %2 บาท จึงเข้าทุนสำรอง</source>
        <translation>No member has savings to earn a dividend, so all of &quot;%1&quot;, %2 baht, goes to the reserve fund</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>ปีนี้ไม่มีกำไรสุทธิ (ผลการดำเนินงาน %1 บาท) จึงไม่มีเงินให้จัดสรร</source>
        <translation>There is no net profit this year (result: %1 baht), so there is nothing to allocate</translation>
    </message>
    <message>
        <location filename="../src/allocation/AllocationInput.cpp" line="+23"/>
        <source>ยอดยกมาของสมาชิก %1 ติดลบ (%2 บาท)</source>
        <translation>The balance brought forward of member %1 is negative (%2 baht)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เงินออมของสมาชิก %1 ติดลบในเดือนที่ %2 (คงเหลือ %3 บาท)</source>
        <translation>The savings of member %1 fall below zero in month %2 (balance %3 baht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>สมาชิกรายการที่ %1 ไม่มีเลขทะเบียนสมาชิก</source>
        <translation>Member entry %1 has no member number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขทะเบียนสมาชิก %1 ซ้ำกัน</source>
        <translation>Member number %1 appears more than once</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ดอกเบี้ยที่สมาชิก %1 จ่ายติดลบ (%2 บาท)</source>
        <translation>The interest paid by member %1 is negative (%2 baht)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ปีบัญชี %1 ไม่ถูกต้อง ต้องเป็นปี ค.ศ. (เช่น 2024 ไม่ใช่ 2567)</source>
        <translation>The accounting year %1 is not valid: it must be a C.E. year (e.g. 2024, not 2567)</translation>
    </message>
    <message>
        <location filename="../src/allocation/AllocationPolicy.cpp" line="+30"/>
        <source>หัวการจัดสรรที่ %1 ไม่มีรหัส</source>
        <translation>Allocation item %1 has no code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รหัสหัวการจัดสรร &quot;%1&quot; ซ้ำกัน</source>
        <translation>The allocation item code &quot;%1&quot; is used more than once</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>หัวการจัดสรรที่ %1 ไม่มีชื่อ</source>
        <translation>Allocation item %1 has no name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ร้อยละของหัว &quot;%1&quot; ติดลบ (%2 %)</source>
        <translation>The percentage for &quot;%1&quot; is negative (%2 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ร้อยละของทุกหัวรวมกันได้ %1 % ต้องรวมกันได้ 100 % พอดี</source>
        <translation>The percentages of all items add up to %1 %; they must add up to exactly 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ต้องมีหัวทุนสำรองหนึ่งหัว เพื่อรับเศษจากการปัดเศษ</source>
        <translation>There must be one reserve fund item to receive the rounding remainders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหัวทุนสำรอง %1 หัว ต้องมีเพียงหัวเดียว</source>
        <translation>There are %1 reserve fund items; there must be exactly one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหัวปันผล %1 หัว ต้องมีไม่เกินหนึ่งหัว</source>
        <translation>There are %1 dividend items; there may be at most one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหัวเฉลี่ยคืน %1 หัว ต้องมีไม่เกินหนึ่งหัว</source>
        <translation>There are %1 interest refund items; there may be at most one</translation>
    </message>
</context>
<context>
    <name>Cbmc</name>
    <message>
        <location filename="../src/cbmc/AttachmentRepository.cpp" line="+43"/>
        <location filename="../src/cbmc/KsnbRepository.cpp" line="+62"/>
        <location filename="../src/cbmc/PlanRepository.cpp" line="+131"/>
        <location line="+23"/>
        <location line="+93"/>
        <source>ไม่พบแผนธุรกิจชุมชนที่เลือก</source>
        <translation>The chosen community business plan was not found.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>การเก็บไฟล์แนบของแผน</source>
        <translation>storing the plan&apos;s attachment</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>การลบไฟล์แนบของแผน</source>
        <translation>deleting the plan&apos;s attachment</translation>
    </message>
    <message>
        <location filename="../src/cbmc/CanvasRepository.cpp" line="+115"/>
        <location filename="../src/cbmc/VersionRepository.cpp" line="+113"/>
        <location line="+9"/>
        <source>ไม่พบแผนฉบับที่เลือก</source>
        <translation>The chosen plan version was not found.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การเพิ่มข้อความในแคนวาส</source>
        <translation>adding a canvas item</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ไม่พบข้อความที่จะแก้ไข</source>
        <translation>The item to edit was not found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การแก้ไขข้อความในแคนวาส</source>
        <translation>editing a canvas item</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การลบข้อความในแคนวาส</source>
        <translation>deleting a canvas item</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+17"/>
        <source>ไม่พบข้อความที่จะย้าย</source>
        <translation>The item to move was not found.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>การจัดลำดับข้อความในแคนวาส</source>
        <translation>reordering canvas items</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ข้อความนี้มีจำนวนเงิน ย้ายไปช่อง %1 ซึ่งไม่มีจำนวนเงินไม่ได้ กรุณาลบจำนวนเงินก่อน</source>
        <translation>This item has an amount, so it cannot move to box %1, which has no amounts. Please remove the amount first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ย้ายไปช่อง %1 ไม่ได้ เพราะมีการเชื่อมโยง %2 รายการที่วิธีการแคนวาสชุมชนไม่อนุญาตจากช่องนั้น กรุณาลบการเชื่อมโยงเหล่านั้นก่อน</source>
        <translation>Cannot move to box %1: it has %2 links that the community canvas method does not allow from that box. Please delete those links first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>การย้ายข้อความในแคนวาส</source>
        <translation>moving a canvas item</translation>
    </message>
    <message>
        <location filename="../src/cbmc/CbmcRules.cpp" line="+26"/>
        <source>%1 ปี %2 ดูเป็นปี พ.ศ. กรุณาใส่วันที่ในปฏิทินตามปกติ (ปี พ.ศ. %2 คือ ค.ศ. %3)</source>
        <translation>%1: the year %2 looks like a B.E. year. Please enter the date in the ordinary calendar (B.E. %2 is A.D. %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ก่อนปี 1950 ดูไม่ถูกต้อง</source>
        <translation>%1 before 1950 does not look right.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>วันเริ่ม</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1ต้องไม่ก่อนวันเริ่ม</source>
        <translation>%1 cannot be before the start date.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ข้อความยาว %1 ตัวอักษร เกิน %2 ตัวอักษร กรุณาเขียนให้สั้นลงหรือแยกเป็นหลายข้อ</source>
        <translation>The text is %1 characters long, more than %2. Please shorten it or split it into several items.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>กรุณาเลือกองค์กรหรือกลุ่มที่เป็นเจ้าของแผน</source>
        <translation>Please choose the organisation or group that owns the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อแผนธุรกิจชุมชน</source>
        <translation>Please enter a name for the community business plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่วันที่ของฉบับนี้</source>
        <translation>Please enter the date of this version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ของฉบับ</source>
        <translation>Version date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่ข้อความของช่อง %1</source>
        <translation>Please enter the text for box %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ช่อง %1 ไม่มีจำนวนเงิน ใส่จำนวนเงินได้เฉพาะช่องที่มาของรายได้ (5) และค่าใช้จ่ายที่จำเป็น (9)</source>
        <translation>Box %1 has no amounts. Amounts can only be entered in Revenue streams (5) and Essential costs (9).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนเงินต้องไม่ติดลบ</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนเงิน %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation>The amount %1 baht is too large. Please check the number of zeros.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เชื่อมข้อความกับตัวเองไม่ได้</source>
        <translation>An item cannot be linked to itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เชื่อมได้เฉพาะข้อความในแผนฉบับเดียวกัน</source>
        <translation>Only items in the same plan version can be linked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วิธีการแคนวาสชุมชนไม่เชื่อม %1 (ช่อง %2) ไปยัง %3 (ช่อง %4): %5</source>
        <translation>The community canvas method does not link %1 (box %2) to %3 (box %4): %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>กรุณาใส่หัวข้อการพัฒนา</source>
        <translation>Please enter a development topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันสิ้นสุด</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>วันที่เสร็จ</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ขั้นตอนที่ยังไม่เริ่มต้องไม่มีวันที่เสร็จ</source>
        <translation>A stage that has not started cannot have a completion date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่ชื่อไฟล์</source>
        <translation>Please enter a file name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไฟล์นี้ว่างเปล่า ไม่มีข้อมูลให้เก็บ</source>
        <translation>This file is empty; there is nothing to store.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไฟล์มีขนาด %1 MB ใหญ่เกิน 10 MB กรุณาย่อไฟล์หรือแยกเป็นหลายไฟล์</source>
        <translation>The file is %1 MB, larger than 10 MB. Please make it smaller or split it into several files.</translation>
    </message>
    <message>
        <location filename="../src/cbmc/CbmcTypes.cpp" line="+35"/>
        <source>%1 (ช่อง %2)</source>
        <translation>%1 (box %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>จุดขายหรือคุณค่าของสินค้าและบริการ</source>
        <translation>Value proposition of the products and services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กลุ่มลูกค้าเป้าหมาย</source>
        <translation>Target customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การสื่อสารการตลาด</source>
        <translation>Marketing communication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การปิดการขายและการซื้อซ้ำ</source>
        <translation>Closing sales and repeat purchases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ที่มาของรายได้</source>
        <translation>Revenue streams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กิจกรรมที่สำคัญ</source>
        <translation>Key activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปัจจัยการผลิตที่ยังใช้ไม่เต็มที่</source>
        <translation>Under-used resources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ความร่วมมือกับภายนอกหรือภาคี</source>
        <translation>Outside partners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่ายที่จำเป็น</source>
        <translation>Essential costs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>จุดขายหรือคุณค่าของสินค้าและบริการของเราคืออะไร</source>
        <translation>What is the selling point or value of our products and services?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กลุ่มลูกค้าเป้าหมายที่ชัดเจน (ผู้ซื้อและผู้รับบริการ) คือใครบ้าง</source>
        <translation>Who exactly are our target customers (buyers and service users)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จะสื่อสารการตลาดอย่างไร ให้ลูกค้าในช่อง 2 ได้พบกับสินค้าในช่อง 1</source>
        <translation>How will we market, so that the customers in box 2 find the products in box 1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จะปิดการขายและทำให้ลูกค้าซื้อซ้ำได้อย่างไร</source>
        <translation>How will we close sales and get customers to buy again?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายได้จะมาจากสินค้าและบริการในช่อง 1 ทางใดได้อีกบ้าง</source>
        <translation>What other ways can the products and services in box 1 bring in revenue?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กิจกรรมสำคัญที่ต้องทำเพื่อให้บรรลุช่อง 4, 3, 2 และ 1 มีอะไรบ้าง</source>
        <translation>What key activities are needed to achieve boxes 4, 3, 2 and 1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปัจจัยการผลิตใดที่ยังใช้ได้ไม่เต็มที่ ที่จะทำให้กิจกรรมในช่อง 6 สำเร็จ</source>
        <translation>Which under-used resources will help the activities in box 6 succeed?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สิ่งที่ต้องทำในช่อง 6 แต่กลุ่มทำเองลำพังไม่ได้ ต้องร่วมมือกับใคร</source>
        <translation>What in box 6 can the group not do alone, and who must it work with?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ต้องใช้เงินกับกิจกรรมใดในช่อง 6 บ้าง และช่อง 7 กับ 8 ช่วยลดได้เท่าใด</source>
        <translation>Which activities in box 6 cost money, and how much can boxes 7 and 8 save?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>กิจกรรมเชื่อมไปยังช่อง 1 ถึง 4 ที่กิจกรรมนั้นทำเพื่อ</source>
        <translation>Link each activity to the boxes 1 to 4 it serves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่ายเชื่อมไปยังกิจกรรมที่ใช้เงินนั้น: %1</source>
        <translation>Link each cost to the activity that spends it: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เชื่อมไปยังค่าใช้จ่ายที่ช่วยลดได้: %1</source>
        <translation>Link to the costs it helps to reduce: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ไม่ต้องเชื่อมไปยังช่องอื่น ให้เชื่อมจากกิจกรรม (ช่อง 6) มาหาแทน</source>
        <translation>%1 does not need links to other boxes; link to it from the activities (box 6) instead.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ความรู้ (K)</source>
        <translation>Knowledge (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทักษะ (S)</source>
        <translation>Skill (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เครือข่าย (N)</source>
        <translation>Network (N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การประกอบการ (B)</source>
        <translation>Business (B)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>วางแผนไว้</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>กำลังดำเนินการ</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>เสร็จแล้ว</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>ยกเลิก</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ออกแบบแคนวาสชุมชน 9 ช่อง</source>
        <translation>Design the 9-box community canvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ติดตามกระบวนการทำแผนธุรกิจชุมชน</source>
        <translation>Follow up the community business planning process</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เชื่อมโยงต่อยอดงานพัฒนาเศรษฐกิจและทุนชุมชน</source>
        <translation>Link and build on community economic and capital development work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ศึกษาและจัดทำชุดความรู้</source>
        <translation>Study and compile a knowledge set</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ยังไม่เริ่ม</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../src/cbmc/KsnbRepository.cpp" line="+2"/>
        <source>ไม่พบบุคคลที่เลือกเป็นผู้รับผิดชอบ</source>
        <translation>The person chosen as responsible was not found.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>การบันทึกการพัฒนา KSNB</source>
        <translation>saving the KSNB development</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>การลบการพัฒนา KSNB</source>
        <translation>deleting the KSNB development</translation>
    </message>
    <message>
        <location filename="../src/cbmc/LinkRepository.cpp" line="+55"/>
        <source>ไม่พบข้อความต้นทางของการเชื่อมโยง</source>
        <translation>The source item of the link was not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่พบข้อความปลายทางของการเชื่อมโยง</source>
        <translation>The target item of the link was not found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>สองข้อความนี้เชื่อมกันอยู่แล้ว</source>
        <translation>These two items are already linked.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>การเชื่อมโยงข้อความ</source>
        <translation>linking items</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>การลบการเชื่อมโยง</source>
        <translation>deleting a link</translation>
    </message>
    <message>
        <location filename="../src/cbmc/PlanRepository.cpp" line="-168"/>
        <source>ไม่พบองค์กรที่เลือก</source>
        <translation>The chosen organisation was not found.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>การสร้างแผนธุรกิจชุมชน</source>
        <translation>creating the community business plan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>การบันทึกแผนธุรกิจชุมชน</source>
        <translation>saving the community business plan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>การลบแผนธุรกิจชุมชน</source>
        <translation>deleting the community business plan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ไม่พบผลิตภัณฑ์ที่เลือก</source>
        <translation>The chosen product was not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การบันทึกผลิตภัณฑ์ของแผน</source>
        <translation>saving the plan&apos;s products</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>การบันทึกขั้นตอนของแผน</source>
        <translation>saving the plan stage</translation>
    </message>
    <message>
        <location filename="../src/cbmc/VersionRepository.cpp" line="-72"/>
        <source>ไม่พบแผนฉบับที่จะใช้เป็นต้นแบบ</source>
        <translation>The plan version to copy from was not found.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>การสร้างแผนฉบับใหม่</source>
        <translation>creating a new plan version</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>การบันทึกแผนฉบับนี้</source>
        <translation>saving this version of the plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ลบรุ่น 1 ไม่ได้ แผนต้องมีอย่างน้อยหนึ่งรุ่น หากไม่ใช้แผนนี้แล้วให้ลบทั้งแผน</source>
        <translation>Version 1 cannot be deleted: a plan needs at least one version. If the plan is no longer used, delete the whole plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ลบได้เฉพาะรุ่นล่าสุด (รุ่น %1) รุ่น %2 มีรุ่นที่ทำต่อจากนั้นแล้ว</source>
        <translation>Only the latest version (version %1) can be deleted; version %2 already has a later version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>การลบแผนฉบับนี้</source>
        <translation>deleting this version of the plan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/FileCommands.cpp" line="+30"/>
        <source>วิธีใช้: thanrak-cli init FILE</source>
        <translation>Usage: thanrak-cli init FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>สร้างไฟล์ใหม่แล้ว พร้อมรายชื่อจังหวัดและอำเภอ</source>
        <translation>New file created, with the list of provinces and districts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>วิธีใช้: thanrak-cli demo FILE</source>
        <translation>Usage: thanrak-cli demo FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>อำเภอตัวอย่าง: %1 (รหัส %2)</source>
        <translation>Demo district: %1 (code %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล %1 แห่ง หมู่บ้าน %2 แห่ง องค์กร %3 แห่ง</source>
        <translation>Subdistricts: %1, villages: %2, organisations: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>บุคคล %1 คน สมาชิกภาพ %2 รายการ ตำแหน่งกรรมการ %3 ตำแหน่ง</source>
        <translation>People: %1, memberships: %2, committee seats: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>วิธีใช้: thanrak-cli check FILE</source>
        <translation>Usage: thanrak-cli check FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปรับรุ่นไฟล์แล้ว สำเนาก่อนปรับรุ่นอยู่ที่ %1</source>
        <translation>File upgraded. A copy from before the upgrade is at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไฟล์สมบูรณ์ โครงสร้างรุ่น %1</source>
        <translation>The file is sound. Structure version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>พบปัญหา %1 รายการ</source>
        <translation>Problems found: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/LoanCommands.cpp" line="+24"/>
        <source>วิธีใช้: thanrak-cli loan-schedule --principal P --rate R --rate-period month|year --months N --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD [--maturity YYYY-MM-DD]
  R เป็นร้อยละ เช่น 1 = ร้อยละ 1</source>
        <translation>Usage: thanrak-cli loan-schedule --principal P --rate R --rate-period month|year --months N --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD [--maturity YYYY-MM-DD]
  R is a percentage, e.g. 1 = 1 %</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>คำเตือน: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/TextCommands.cpp" line="+23"/>
        <source>วิธีใช้: thanrak-cli bahttext AMOUNT   เช่น 1,234.50</source>
        <translation>Usage: thanrak-cli bahttext AMOUNT   e.g. 1,234.50</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>วิธีใช้: thanrak-cli thai-date YYYY-MM-DD [--style long|short|numeric] [--thai-digits]</source>
        <translation>Usage: thanrak-cli thai-date YYYY-MM-DD [--style long|short|numeric] [--thai-digits]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>วิธีใช้: thanrak-cli check-id ID</source>
        <translation>Usage: thanrak-cli check-id ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ถูกต้อง: %1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่ถูกต้อง: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="+42"/>
        <source>ปี %1 เป็นปี พ.ศ. ให้ใส่ปี ค.ศ. คือ %2</source>
        <translation>%1 is a B.E. year. Give the C.E. year instead, which is %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ปี &quot;%1&quot; ใช้ไม่ได้ ให้ใส่ปี ค.ศ. 4 หลัก เช่น 2026</source>
        <translation>The year &quot;%1&quot; cannot be used. Give a four-digit C.E. year, e.g. 2026.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExchangeCommands.cpp" line="+31"/>
        <source>พบปัญหา %1 รายการ ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation>Problems found: %1. The data file has not been changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>วิธีใช้: thanrak-cli export --db FILE [--org CODE ...] [--subdistrict CODE] [--village CODE] --out BUNDLE.zip</source>
        <translation>Usage: thanrak-cli export --db FILE [--org CODE ...] [--subdistrict CODE] [--village CODE] --out BUNDLE.zip</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/IntakeCommands.cpp" line="+64"/>
        <location filename="../src/cli/ReportCommands.cpp" line="+11"/>
        <source>ไม่พบองค์กรรหัส %1 ในไฟล์นี้ ดูรหัสได้ด้วย thanrak-cli orgs --db FILE</source>
        <translation>No organisation has code %1 in this file. The codes are listed by thanrak-cli orgs --db FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไม่มีองค์กรในพื้นที่รหัส %1</source>
        <translation>There are no organisations in the area with code %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ส่งออก %1 องค์กร %2 แถว (ลบ %3 รายการ) ขนาด %4 KB: %5</source>
        <translation>Exported %1 organisations, %2 rows (%3 deletions), %4 KB: %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>วิธีใช้: thanrak-cli import --db FILE BUNDLE.zip [--dry-run]</source>
        <translation>Usage: thanrak-cli import --db FILE BUNDLE.zip [--dry-run]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ชุดข้อมูลจาก %1 ส่งออกเมื่อ %2 (%3 องค์กร)</source>
        <translation>Bundle from %1, exported on %2 (%3 organisations)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้เคยนำเข้าแล้วเมื่อ %1</source>
        <translation>This bundle was already imported on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตาราง	เข้ามา	เพิ่ม	แก้ไข	เหมือนเดิม	ขัดแย้ง	ลบ</source>
        <translation>Table	Incoming	Added	Updated	Unchanged	Conflicts	Deleted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทดลองนำเข้า (ยังไม่บันทึก): </source>
        <translation>Trial import (nothing saved): </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>นำเข้าแล้ว: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่ม %1 แก้ไข %2 เหมือนเดิม %3 ขัดแย้ง %4 ลบ %5</source>
        <translation>Added %1, updated %2, unchanged %3, conflicts %4, deleted %5</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="-33"/>
        <source>วิธีใช้: thanrak-cli report NAME --db FILE [--org CODE] [--member NO]
           [--subdistrict CODE] [--product ID] [--plan ID [--version N]]
           [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY]
           [--thai-digits] [--full-ids] --out FILE.pdf|FILE.csv
       thanrak-cli report --list</source>
        <translation>Usage: thanrak-cli report NAME --db FILE [--org CODE] [--member NO]
           [--subdistrict CODE] [--product ID] [--plan ID [--version N]]
           [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY]
           [--thai-digits] [--full-ids] --out FILE.pdf|FILE.csv
       thanrak-cli report --list</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>ไม่พบสมาชิกเลขที่ %1 ในองค์กรนี้</source>
        <translation>There is no member no. %1 in this organisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ไม่พบฉบับที่ %1 ของแผนที่เลือก</source>
        <translation>The chosen plan has no version %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ไม่มีรายงานชื่อ &quot;%1&quot; ดูรายชื่อได้ด้วย thanrak-cli report --list</source>
        <translation>There is no report named &quot;%1&quot;. The reports are listed by thanrak-cli report --list</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>บันทึก &quot;%1&quot; แล้ว %2 หน้า</source>
        <translation>Saved &quot;%1&quot;: %2 pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก &quot;%1&quot; เป็น CSV แล้ว</source>
        <translation>Saved &quot;%1&quot; as CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>วิธีใช้: thanrak-cli orgs --db FILE</source>
        <translation>Usage: thanrak-cli orgs --db FILE</translation>
    </message>
    <message>
        <location filename="../src/cli/IntakeCommands.cpp" line="-38"/>
        <source>เปิดไฟล์ %1 ไม่ได้</source>
        <translation>Cannot open the file %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ไม่รู้จักรหัสอักขระ %1 (ใช้ utf-8, windows-874 หรือ utf-16)</source>
        <translation>Unknown character encoding %1 (use utf-8, windows-874 or utf-16)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>วิธีใช้: thanrak-cli import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] [--encoding utf-8|windows-874|utf-16] [--header-row N] [--ce] [--opening-date YYYY-MM-DD] [--dry-run]</source>
        <translation>Usage: thanrak-cli import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] [--encoding utf-8|windows-874|utf-16] [--header-row N] [--ce] [--opening-date YYYY-MM-DD] [--dry-run]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ไฟล์ %1 ไม่มีคอลัมน์ %2 ที่การจับคู่ระบุไว้ ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation>File %1 has no column %2 named in the mapping. The data file was not changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ไม่มีแถวที่นำเข้าได้ (มีปัญหา %1 แถว) ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation>No rows can be imported (%1 rows have problems). The data file has not been changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ทดลองนำเข้า (ยังไม่บันทึก): นำเข้าได้ %1 แถว มีปัญหา %2 แถว</source>
        <translation>Trial import (nothing saved): %1 rows can be imported, %2 rows have problems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>นำเข้าแล้ว: บุคคลใหม่ %1 สมาชิกใหม่ %2 เงินสัจจะยกมา %3 บาท ข้าม %4 แถวที่มีปัญหา</source>
        <translation>Imported: %1 new people, %2 new members, savings brought forward %3 baht; skipped %4 rows with problems</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+18"/>
        <source>วิธีใช้: thanrak-cli คำสั่ง [ตัวเลือก]
  init FILE                      สร้างไฟล์ข้อมูลใหม่
  demo FILE                      สร้างไฟล์อำเภอตัวอย่าง
  check FILE                     ตรวจความสมบูรณ์และรุ่นของไฟล์
  bahttext AMOUNT                อ่านจำนวนเงินเป็นตัวอักษร
  thai-date YYYY-MM-DD [--style long|short|numeric] [--thai-digits]
                                 แสดงวันที่แบบไทย (พ.ศ.)
  check-id ID                    ตรวจเลขประจำตัวประชาชน
  loan-schedule --principal P --rate R --rate-period month|year --months N
      --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD
                                 ตารางผ่อนชำระเงินกู้เป็น CSV (R เป็นร้อยละ)
  orgs --db FILE                 รายชื่อองค์กร: รหัส ประเภท ชื่อ (คั่นด้วย tab)
  report --list                  รายชื่อรายงานทั้งหมด
  report NAME --db FILE [--org CODE] [--member NO] [--subdistrict CODE]
      [--product ID] [--plan ID [--version N]]
      [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY] [--thai-digits] [--full-ids]
      --out FILE.pdf|FILE.csv    พิมพ์รายงานเป็น PDF หรือ CSV
  export --db FILE [--org CODE ...] [--subdistrict CODE] [--village CODE] --out BUNDLE.zip
                                 ส่งออกชุดข้อมูล (ทั้งไฟล์ถ้าไม่เลือกองค์กร)
  import --db FILE BUNDLE.zip [--dry-run]
                                 นำเข้าชุดข้อมูล (--dry-run ดูผลก่อนโดยไม่บันทึก)
  import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] [--encoding E]
      [--header-row N] [--ce] [--opening-date YYYY-MM-DD] [--dry-run]
                                 นำเข้ารายชื่อสมาชิกและเงินสัจจะยกมาจากไฟล์ Excel (CSV)</source>
        <translation>Usage: thanrak-cli COMMAND [OPTIONS]
  init FILE                      create a new data file
  demo FILE                      create a demo district file
  check FILE                     check the file&apos;s integrity and version
  bahttext AMOUNT                write an amount of money in words
  thai-date YYYY-MM-DD [--style long|short|numeric] [--thai-digits]
                                 show a date in Thai style (B.E.)
  check-id ID                    check a national ID number
  loan-schedule --principal P --rate R --rate-period month|year --months N
      --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD
                                 loan repayment schedule as CSV (R is a percentage)
  orgs --db FILE                 list organisations: code, type, name (tab-separated)
  report --list                  list all reports
  report NAME --db FILE [--org CODE] [--member NO] [--subdistrict CODE]
      [--product ID] [--plan ID [--version N]]
      [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY] [--thai-digits] [--full-ids]
      --out FILE.pdf|FILE.csv    print a report as PDF or CSV
  export --db FILE [--org CODE ...] [--subdistrict CODE] [--village CODE] --out BUNDLE.zip
                                 export a data bundle (the whole file if no organisation is chosen)
  import --db FILE BUNDLE.zip [--dry-run]
                                 import a data bundle (--dry-run shows the result without saving)
  import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] [--encoding E]
      [--header-row N] [--ce] [--opening-date YYYY-MM-DD] [--dry-run]
                                 import members and sajja savings brought forward from an Excel file (CSV)</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <location filename="../src/domain/CommitteeRepository.cpp" line="+48"/>
        <source>การอ่านรายชื่อคณะกรรมการ</source>
        <translation>reading the committee list</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>กรรมการต้องเป็นสมาชิกขององค์กรในวันเริ่มวาระ</source>
        <translation>A committee member must be a member of the organisation on the day the term starts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ตำแหน่ง%1ของ%2ในช่วงเวลานี้เป็นของ %3 แล้ว</source>
        <translation>The %2 already has a %1 for this period: %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>การบันทึกคณะกรรมการ</source>
        <translation>saving the committee</translation>
    </message>
    <message>
        <location filename="../src/domain/CommitteeTerm.cpp" line="+57"/>
        <source>คณะกรรมการอำนวยการ</source>
        <translation>Executive committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการเงินกู้</source>
        <translation>Loan committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการตรวจสอบ</source>
        <translation>Audit committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการส่งเสริม</source>
        <translation>Promotion committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการอื่น</source>
        <translation>Other committee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ประธาน</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รองประธาน</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขานุการ</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหรัญญิก</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรรมการ</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ที่ปรึกษา</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>กรุณาเลือกกรรมการ</source>
        <translation>Please choose the committee member.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันเริ่มวาระ</source>
        <translation>Please enter the date the term starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ</source>
        <translation>The term cannot end before it starts.</translation>
    </message>
</context>
<context>
    <name>CommitteeTermDialog</name>
    <message>
        <location filename="../ui/organisations/CommitteeTermDialog.cpp" line="+26"/>
        <source>สมาชิกเลขที่ %1</source>
        <translation>member no. %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../src/base/Csv.cpp" line="+67"/>
        <source>เครื่องหมายคำพูดที่เปิดไว้ในบรรทัดที่ %1 ไม่มีเครื่องหมายปิด</source>
        <translation>The quotation mark opened on line %1 is never closed.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/demo/DemoDistrict.cpp" line="+31"/>
        <source>ไม่พบข้อมูลตำบลของอำเภอตัวอย่าง</source>
        <translation>The subdistricts of the demo district are missing.</translation>
    </message>
</context>
<context>
    <name>DistrictFundsPage</name>
    <message>
        <location filename="../ui/funds/DistrictFundsPage.cpp" line="+32"/>
        <source>ยังไม่ประเมิน</source>
        <translation>Not graded</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../src/base/Error.cpp" line="+17"/>
        <source>ไฟล์ %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แถวที่ %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ช่อง %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../src/exchange/BundleExport.cpp" line="+39"/>
        <source>บันทึกชุดข้อมูล %1 ไม่ได้ (ดิสก์อาจเต็ม หรือไม่มีสิทธิ์เขียนโฟลเดอร์นี้) ไม่มีไฟล์ใดถูกแทนที่</source>
        <translation>Could not save the bundle %1 (the disk may be full, or there is no permission to write to this folder). No file has been replaced.</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeProgress.cpp" line="+15"/>
        <source>ยกเลิกการส่งออกแล้ว ไม่ได้สร้างไฟล์ชุดข้อมูล</source>
        <translation>Export cancelled. No bundle file was created.</translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleExport.cpp" line="+159"/>
        <source>กำลังส่งออก %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeProgress.cpp" line="+1"/>
        <source>ยกเลิกการนำเข้าแล้ว ข้อมูลในไฟล์นี้ไม่มีการเปลี่ยนแปลง</source>
        <translation>Import cancelled. The data in this file has not been changed.</translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleImport.cpp" line="+64"/>
        <source>แถวนี้ขัดกับเงื่อนไขของตาราง %1 (%2)</source>
        <translation>This row breaks a rule of the table %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>บันทึกตาราง %1 ไม่ได้ (%2)</source>
        <translation>Could not save the table %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ที่ %1 ยังเป็นของระเบียนอื่นในไฟล์นี้ซึ่งไม่ได้ย้ายตามต้นทาง (แก้ไขหรือเพิ่มไว้ที่นี่ด้วย) ต้องตัดสินข้อขัดแย้งหรือแก้ให้ตรงกันก่อน</source>
        <translation>No. %1 still belongs to another record in this file that did not move with the source (it was changed or added here too). Resolve the conflict or make them match first.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 รหัส %2 ในไฟล์นี้ยังอ้างถึง%3ที่ชุดข้อมูลลบไป ต้องลบหรือแก้รายการนี้ที่ต้นทางด้วย</source>
        <translation>%1 %2 in this file still refers to %3 that the bundle deletes. Delete or change this record at the source too.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>กำลังลบระเบียนที่ถูกลบจากต้นทาง</source>
        <translation>Removing records that were deleted at the source</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>กำลังบันทึก %1</source>
        <translation>Saving %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>กำลังบันทึกลงไฟล์</source>
        <translation>Saving to the file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ไฟล์ชุดข้อมูลถูกเปลี่ยนหลังจากตรวจ จึงยังไม่ได้นำเข้า กรุณานำเข้าใหม่อีกครั้ง</source>
        <translation>The bundle file changed after it was checked, so nothing was imported. Please import it again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>บันทึกชุดข้อมูลไม่ได้ เพราะข้อมูลอ้างอิงกันไม่ครบ (%1) ไฟล์นี้ไม่มีการเปลี่ยนแปลง</source>
        <translation>Could not save the bundle because some records refer to data that is missing (%1). This file has not been changed.</translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleManifest.cpp" line="+26"/>
        <source>ไม่มีรายการ %1 ในใบกำกับชุดข้อมูล</source>
        <translation>The bundle manifest has no %1 entry</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ใบกำกับชุดข้อมูลอ่านไม่ได้ (%1)</source>
        <translation>The bundle manifest cannot be read (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไฟล์นี้ไม่ใช่ชุดข้อมูลของฐานราก</source>
        <translation>This file is not a Thanrak bundle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้ทำด้วยฐานรากรุ่นที่ใหม่กว่า (รูปแบบรุ่น %1 แต่โปรแกรมนี้อ่านได้ถึงรุ่น %2) กรุณาปรับปรุงโปรแกรมก่อนนำเข้า</source>
        <translation>This bundle was made with a newer version of Thanrak (format version %1; this program reads versions up to %2). Please update the program before importing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไม่มีรุ่นของรูปแบบในใบกำกับชุดข้อมูล</source>
        <translation>The bundle manifest has no format version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้มาจากไฟล์ที่ใช้โครงสร้างรุ่น %1 แต่โปรแกรมนี้รู้จักถึงรุ่น %2 กรุณาปรับปรุงโปรแกรมก่อนนำเข้า</source>
        <translation>This bundle comes from a file with structure version %1, but this program knows versions up to %2. Please update the program before importing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>เวลาส่งออกในใบกำกับ (%1) ไม่ใช่เวลา UTC แบบ 2026-11-22T07:40:00.000Z</source>
        <translation>The export time in the manifest (%1) is not a UTC time like 2026-11-22T07:40:00.000Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รหัสในใบกำกับ (%1) ไม่ใช่ UUID</source>
        <translation>An id in the manifest (%1) is not a UUID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ใบกำกับชุดข้อมูลไม่บอกจำนวนแถวหรือขนาดของไฟล์ %1</source>
        <translation>The bundle manifest does not give the number of rows or the size of the file %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/BundlePlan.cpp" line="+112"/>
        <source>รหัสระเบียนซ้ำกับแถวที่ %1 ในไฟล์เดียวกัน</source>
        <translation>The record ID is the same as in row %1 of the same file</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>อ้างถึงระเบียน %1 ในตาราง %2 ซึ่งไม่มีทั้งในชุดข้อมูลนี้และในไฟล์นี้</source>
        <translation>Refers to record %1 in the table %2, which is neither in this bundle nor in this file</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>ค่า %1 มีอยู่แล้วในไฟล์นี้ แต่เป็นของระเบียนอื่น (อาจลงทะเบียนซ้ำกันทั้งสองที่ ต้องแก้ให้ตรงกันก่อน)</source>
        <translation>The value %1 is already in this file, but it belongs to another record (it may have been registered separately in both places; make them match first)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ค่าในช่องนี้ซ้ำกับแถวที่ %1 ในไฟล์เดียวกัน</source>
        <translation>The value in this field is the same as in row %1 of the same file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ตาราง %1 ไม่มีการลบระเบียน</source>
        <translation>Records are never deleted from the table %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>กำลังตรวจรหัสซ้ำ: %1</source>
        <translation>Checking for repeated keys: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กำลังตรวจการอ้างอิง: %1</source>
        <translation>Checking references: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>กำลังเทียบกับข้อมูลในไฟล์: %1</source>
        <translation>Comparing with this file: %1</translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleStage.cpp" line="+50"/>
        <source>ไฟล์ %1 ไม่ใช่ชุดข้อมูล zip ที่สมบูรณ์ อาจคัดลอกมาไม่ครบหรือไฟล์เสีย กรุณาคัดลอกหรือส่งไฟล์มาใหม่</source>
        <translation>The file %1 is not a complete zip bundle. It may not have been copied completely, or it is damaged. Please copy or send the file again.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ใบกำกับระบุไฟล์นี้ แต่ไม่มีในชุดข้อมูล</source>
        <translation>The manifest lists this file, but it is not in the bundle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ข้อมูลในไฟล์นี้เสียหาย (ผลตรวจ CRC ของ zip ไม่ตรง)</source>
        <translation>The data in this file is damaged (the zip CRC check does not match)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผลตรวจ SHA-256 ไม่ตรงกับใบกำกับ ไฟล์ถูกแก้ไขหรือเสียหายหลังส่งออก</source>
        <translation>The SHA-256 check does not match the manifest. The file was changed or damaged after it was exported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มีข้อมูล %1 แถว แต่ใบกำกับระบุ %2 แถว</source>
        <translation>There are %1 rows of data, but the manifest says %2 rows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไฟล์ว่าง ไม่มีแม้แต่หัวตาราง</source>
        <translation>The file is empty; it does not even have a header row</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ไม่รู้จักคอลัมน์ &quot;%1&quot; ในตาราง %2</source>
        <translation>Unknown column &quot;%1&quot; in the table %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คอลัมน์ &quot;%1&quot; ซ้ำ</source>
        <translation>The column &quot;%1&quot; appears more than once</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ไม่มีคอลัมน์ &quot;%1&quot; ซึ่งต้องมี</source>
        <translation>The required column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>หัวตารางไม่ตรงกับที่ใบกำกับระบุ</source>
        <translation>The header row does not match the manifest</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>กำลังอ่าน %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 ช่อง</source>
        <translation>This row has %1 fields, but the header row has %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>เขียนพื้นที่พักข้อมูลชั่วคราวไม่ได้ (ดิสก์อาจเต็ม): %1</source>
        <translation>Cannot write to the temporary staging area (the disk may be full): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>สร้างโฟลเดอร์ชั่วคราวสำหรับตรวจชุดข้อมูลไม่ได้</source>
        <translation>Could not create a temporary folder for checking the bundle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ไม่พบไฟล์ %1</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไฟล์ %1 ไม่มีใบกำกับ (manifest.json) จึงไม่ใช่ชุดข้อมูลของฐานราก</source>
        <translation>The file %1 has no manifest (manifest.json), so it is not a Thanrak bundle.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>มีไฟล์นี้ในชุดข้อมูล แต่ใบกำกับไม่ได้ระบุไว้</source>
        <translation>This file is in the bundle, but the manifest does not list it</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ไม่รู้จักไฟล์นี้ ชุดข้อมูลอาจมาจากโปรแกรมรุ่นอื่น</source>
        <translation>Unknown file. The bundle may come from a different version of the program.</translation>
    </message>
    <message>
        <location filename="../src/exchange/CellCodec.cpp" line="+42"/>
        <source>ปี %1 เป็นปี พ.ศ. ช่องนี้ต้องเป็นปี ค.ศ. (%2)</source>
        <translation>%1 is a B.E. year; this field must be a C.E. year (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; ไม่ใช่เดือนแบบ ค.ศ.-เดือน (เช่น 2026-03)</source>
        <translation>&quot;%1&quot; is not a month in the form C.E. year-month (e.g. 2026-03)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; ไม่มีเดือนที่ %2</source>
        <translation>&quot;%1&quot;: there is no month %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; ไม่ใช่เวลาแบบ ISO (เช่น 2026-11-22T07:40:00.000Z)</source>
        <translation>&quot;%1&quot; is not an ISO date and time (e.g. 2026-11-22T07:40:00.000Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ไม่ใช่เวลาที่มีอยู่จริง</source>
        <translation>&quot;%1&quot; is not a date and time that exists</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; ไม่ใช่ตัวเลขอัตราหรือร้อยละ (เช่น 1.25)</source>
        <translation>&quot;%1&quot; is not a rate or percentage (e.g. 1.25)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ไม่ใช่จำนวนเต็ม</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ไม่ใช่จำนวนเงิน ต้องเป็นตัวเลขบาท ทศนิยมไม่เกินสองตำแหน่ง ไม่มีจุลภาค (เช่น 1234.50)</source>
        <translation>&quot;%1&quot; is not an amount of money: it must be a number of baht with at most two decimal places and no commas (e.g. 1234.50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนเงิน %1 ติดลบไม่ได้</source>
        <translation>The amount %1 cannot be negative</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>ต้องมีค่า แต่ช่องนี้ว่าง</source>
        <translation>A value is required, but this field is empty</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; ไม่ใช่รหัสระเบียน (UUID ตัวพิมพ์เล็ก 36 ตัวอักษร)</source>
        <translation>&quot;%1&quot; is not a record ID (a lower-case UUID of 36 characters)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลักติดกัน ไม่มีขีดหรือช่องว่าง</source>
        <translation>A national ID must be 13 digits in a row, with no dashes or spaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ข้อมูลรูปภาพ (base64) เสียหาย</source>
        <translation>The picture data (base64) is damaged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ข้อความไม่ใช่ UTF-8 ที่ถูกต้อง (อาจบันทึกเป็น Windows-874 หรือไฟล์เสีย)</source>
        <translation>The text is not valid UTF-8 (it may have been saved as Windows-874, or the file is damaged)</translation>
    </message>
    <message>
        <location filename="../src/exchange/CsvStream.cpp" line="+53"/>
        <source>ที่ %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>เครื่องหมายคำพูด (&quot;) เปิดไว้แต่ไม่ได้ปิด จนจบไฟล์</source>
        <translation>A quotation mark (&quot;) is opened but never closed before the end of the file</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>มีตัวอักษรต่อท้ายเครื่องหมายคำพูดปิด ช่องที่ครอบด้วยเครื่องหมายคำพูดต้องจบด้วยเครื่องหมายคำพูดแล้วตามด้วยจุลภาคหรือขึ้นบรรทัดใหม่</source>
        <translation>There are characters after a closing quotation mark. A field in quotation marks must end with the quotation mark, followed by a comma or a new line.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>มีเครื่องหมายคำพูด (&quot;) อยู่กลางช่องที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด</source>
        <translation>There is a quotation mark (&quot;) in the middle of a field that is not in quotation marks</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeError.cpp" line="+13"/>
        <source> (และปัญหาอื่นอีก %1 รายการ)</source>
        <translation> (and %1 more problems)</translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRecords.cpp" line="+70"/>
        <source>จังหวัด</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อำเภอ</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล</source>
        <translation>Subdistricts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมู่บ้าน</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>องค์กร</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บุคคล</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกภาพ</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กรรมการ</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตั้งค่าการพิมพ์</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผังบัญชี</source>
        <translation>Chart of accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการบัญชี</source>
        <translation>Accounting entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรทัดรายการบัญชี</source>
        <translation>Accounting entry lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เดือนที่ปิดบัญชี</source>
        <translation>Closed months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระเบียบกลุ่ม</source>
        <translation>Group rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรตามระเบียบ</source>
        <translation>Profit allocation rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้</source>
        <translation>Loan types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หุ้นที่สมาชิกตั้งใจออม</source>
        <translation>Members&apos; sajja pledges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้รับผลประโยชน์</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บัญชีเงินทุน</source>
        <translation>Capital pools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รอบการให้กู้</source>
        <translation>Loan rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาเงินกู้</source>
        <translation>Loan contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>งวดผ่อนชำระ</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ค้ำประกัน</source>
        <translation>Guarantors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การประชุมประจำเดือน</source>
        <translation>Monthly meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบเสร็จรับเงิน</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการในใบเสร็จ</source>
        <translation>Receipt lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดจัดสรรกำไร</source>
        <translation>Profit allocation amounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินปันผลรายสมาชิก</source>
        <translation>Dividends by member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรประจำปี</source>
        <translation>Annual profit allocations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ความเคลื่อนไหวบัญชีเงินทุน</source>
        <translation>Capital pool movements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดตามสมุดบัญชีธนาคาร</source>
        <translation>Bank passbook balances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการที่กระทบยอดแล้ว</source>
        <translation>Reconciled items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เกณฑ์การจัดระดับ</source>
        <translation>Grading criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลการจัดระดับกองทุน</source>
        <translation>Fund grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รอบการคัดสรรผลิตภัณฑ์ OTOP</source>
        <translation>OTOP selection rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่องทางการขาย</source>
        <translation>Sales channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต OTOP</source>
        <translation>OTOP producers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ OTOP</source>
        <translation>OTOP products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปผลิตภัณฑ์</source>
        <translation>Product photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มาตรฐานและใบรับรอง</source>
        <translation>Standards and certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลการคัดสรร (ดาว)</source>
        <translation>Selection results (stars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขายรายเดือน</source>
        <translation>Monthly sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายยอดขาย</source>
        <translation>Sales targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation>Community business plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ในแผนธุรกิจ</source>
        <translation>Products in business plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ฉบับของแผนธุรกิจ</source>
        <translation>Business plan versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการบนแคนวาส</source>
        <translation>Canvas items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เส้นเชื่อมบนแคนวาส</source>
        <translation>Canvas links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การพัฒนาศักยภาพ (KSNB)</source>
        <translation>Capacity development (KSNB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขั้นตอนการทำแผนธุรกิจ</source>
        <translation>Business planning stages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์หลักฐานของแผนธุรกิจ</source>
        <translation>Business plan evidence files</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>รายการขัดแย้งนี้ตัดสินไปแล้ว</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ไม่รู้จักตาราง %1</source>
        <translation>Unknown table %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ที่บันทึกแล้วแก้ไขไม่ได้ เก็บได้เฉพาะของในไฟล์นี้ ถ้าต้องแก้ ให้ทำรายการกลับรายการที่ต้นทาง</source>
        <translation>%1 that have been recorded cannot be changed, so only the version in this file can be kept. If a correction is needed, reverse the entry at the source.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>รายการนี้ไม่มีในไฟล์แล้ว (ถูกลบไป) เลือก &quot;เก็บข้อมูลในไฟล์นี้&quot; เพื่อปิดรายการขัดแย้งนี้</source>
        <translation>This record is no longer in the file (it was deleted). Choose &quot;Keep data in this file&quot; to close this conflict.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ใช้ข้อมูลที่เข้ามาไม่ได้ (%1) ไฟล์นี้ไม่มีการเปลี่ยนแปลง</source>
        <translation>The incoming data cannot be used (%1). This file has not been changed.</translation>
    </message>
    <message>
        <location filename="../src/exchange/TableCsv.cpp" line="+57"/>
        <source>บันทึกไฟล์ %1 ไม่ได้: %2</source>
        <translation>Could not save the file %1: %2</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../ui/exchange/ExchangeProgressDialog.cpp" line="+14"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormNumbers</name>
    <message>
        <location filename="../ui/widgets/FormNumbers.cpp" line="+40"/>
        <source>พิมพ์เป็นตัวเลขจำนวนเต็ม</source>
        <translation>Type a whole number.</translation>
    </message>
</context>
<context>
    <name>Fund</name>
    <message>
        <location filename="../src/fund/BankReconciliation.cpp" line="+26"/>
        <location filename="../src/fund/PoolService.cpp" line="+103"/>
        <source>ไม่พบแหล่งเงินทุนนี้ในไฟล์</source>
        <translation>This capital pool is not in the file.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>การอ่านรายการเงินฝากธนาคาร</source>
        <translation>reading the bank deposit entries</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>กรุณาใส่วันที่ของยอดในสมุดบัญชีธนาคาร</source>
        <translation>Please enter the date of the passbook balance.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>บัญชีนี้กระทบยอดถึงวันที่ %1 แล้ว วันที่ของยอดใหม่ต้องหลังจากนั้น</source>
        <translation>This account has already been reconciled up to %1. The new balance must be dated after that.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>มีรายการที่เลือกซึ่งไม่ใช่รายการค้างของบัญชีนี้ถึงวันที่ %1</source>
        <translation>Some of the ticked entries are not outstanding entries of this account up to %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>การบันทึกยอดธนาคาร</source>
        <translation>saving the bank balance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การอ่านยอดธนาคาร</source>
        <translation>reading the bank balances</translation>
    </message>
    <message>
        <location filename="../src/fund/CapitalPool.cpp" line="+48"/>
        <source>เงินจากรัฐบาล</source>
        <translation>Government funds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินโครงการ</source>
        <translation>Project funds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินทุนของกองทุน</source>
        <translation>The fund&apos;s own capital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินกู้ยืมจากภายนอก</source>
        <translation>Outside borrowing</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>รับเงินทุน</source>
        <translation>Capital received</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/fund/PoolService.cpp" line="+94"/>
        <source>ชำระคืนเงินกู้ยืม</source>
        <translation>Repayment of borrowing</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/fund/PoolService.cpp" line="-59"/>
        <source>นำเงินสดฝากธนาคาร</source>
        <translation>Cash deposited in the bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/fund/PoolService.cpp" line="+22"/>
        <source>ถอนเงินจากธนาคาร</source>
        <translation>Withdrawal from the bank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>กรุณาตั้งชื่อแหล่งเงินทุน เช่น เงินทุนจากรัฐบาล (บัญชี 1)</source>
        <translation>Please name the capital pool, e.g. Government capital (Account 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่เปิดบัญชีของแหล่งเงินทุน</source>
        <translation>Please enter the date the capital pool&apos;s bank account was opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาใส่ชื่อผู้ให้กู้ เช่น ธ.ก.ส. สาขา...</source>
        <translation>Please enter the lender&apos;s name, e.g. BAAC, ... branch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อัตราดอกเบี้ยเงินกู้ยืมต้องอยู่ระหว่าง 0 ถึง 100</source>
        <translation>The interest rate on the borrowing must be from 0 to 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระยะเวลาเงินกู้ยืมต้องอยู่ระหว่าง 1 ถึง 360 เดือน</source>
        <translation>The term of the borrowing must be from 1 to 360 months.</translation>
    </message>
    <message>
        <location filename="../src/fund/FundChart.cpp" line="+20"/>
        <source>เงินกองทุนประกันความเสี่ยง</source>
        <translation>Risk fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ค่าธรรมเนียมสัญญาเงินกู้</source>
        <translation>Loan contract fee income</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ดอกเบี้ยจ่ายเงินกู้ยืม</source>
        <translation>Interest paid on borrowing</translation>
    </message>
    <message>
        <location filename="../src/fund/GradeRepository.cpp" line="+85"/>
        <source>การบันทึกแบบประเมิน</source>
        <translation>saving the assessment form</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ไม่พบแบบประเมินที่เลือก</source>
        <translation>The chosen assessment form was not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันที่ประเมินต้องอยู่ในปีที่ประเมินหรือหลังจากนั้น</source>
        <translation>The assessment date must be in the year being assessed or later.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>การบันทึกผลการประเมิน</source>
        <translation>saving the grading</translation>
    </message>
    <message>
        <location filename="../src/fund/Grading.cpp" line="+35"/>
        <source>แบบประเมินจัดระดับกองทุนหมู่บ้าน A B C D (100 คะแนน)</source>
        <translation>Village fund grading form, A B C D (100 points)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การบริหารจัดการของคณะกรรมการ</source>
        <translation>Committee management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประชุมคณะกรรมการทุกเดือน มีรายงานการประชุม กรรมการครบตามวาระ</source>
        <translation>The committee meets every month and keeps minutes; all committee seats are filled for the term.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การมีส่วนร่วมของสมาชิก</source>
        <translation>Member participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกเข้าประชุมใหญ่ ออมสัจจะสม่ำเสมอ รับรู้ระเบียบกองทุน</source>
        <translation>Members attend the general meeting, save sajja regularly and know the fund&apos;s rules.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การบริหารเงินทุนและการให้กู้</source>
        <translation>Capital management and lending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ให้กู้ตามระเบียบ มีสัญญาและผู้ค้ำครบ เงินทุนหมุนเวียนไม่ค้างในบัญชี</source>
        <translation>Loans follow the rules, with complete contracts and guarantors; the revolving capital does not sit idle in the bank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การชำระคืนเงินกู้</source>
        <translation>Loan repayment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัดส่วนเงินต้นค้างชำระต่อเงินให้กู้คงเหลือ ยิ่งต่ำยิ่งดี</source>
        <translation>Overdue principal as a share of loans outstanding; the lower the better.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การบัญชีและการรายงาน</source>
        <translation>Accounts and reporting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกบัญชีเป็นปัจจุบัน กระทบยอดธนาคาร ปิดบัญชีและรายงานทุกปี</source>
        <translation>The books are kept up to date, the bank account is reconciled, and the accounts are closed and reported every year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรและประโยชน์ต่อชุมชน</source>
        <translation>Profit allocation and community benefit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จัดสรรกำไรตามระเบียบ มีสวัสดิการและกิจกรรมสาธารณประโยชน์</source>
        <translation>Profit is allocated according to the rules, with member welfare and public-benefit activities.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ดีมาก</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดี</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปานกลาง</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต้องปรับปรุง</source>
        <translation>Needs improvement</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>แบบประเมินนี้ไม่มีหัวข้อ &quot;%1&quot;</source>
        <translation>This assessment form has no item &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>หัวข้อ &quot;%1&quot; ให้คะแนนซ้ำ</source>
        <translation>Item &quot;%1&quot; is scored more than once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>หัวข้อ &quot;%1&quot; ให้คะแนนได้ 0 ถึง %2 คะแนน</source>
        <translation>Item &quot;%1&quot; can score 0 to %2 points.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่ได้ให้คะแนนหัวข้อ &quot;%1&quot;</source>
        <translation>Item &quot;%1&quot; has not been scored yet.</translation>
    </message>
    <message>
        <location filename="../src/fund/LoanRound.cpp" line="+28"/>
        <source>กรุณาตั้งชื่อรอบการให้กู้ เช่น เงินกู้เพื่อการเกษตร ปี 2569</source>
        <translation>Please name the loan round, e.g. Farm loans 2569.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกแหล่งเงินทุนที่ใช้ให้กู้ในรอบนี้</source>
        <translation>Please choose the capital pool this round lends from.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกประเภทเงินกู้ (อัตราดอกเบี้ยและระยะเวลา)</source>
        <translation>Please choose a loan type (interest rate and term).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันเปิดรับคำขอกู้</source>
        <translation>Please enter the date applications open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันปิดรับคำขอกู้ต้องไม่ก่อนวันเปิดรับ</source>
        <translation>Applications cannot close before they open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้ปกติต่อรายต้องมากกว่าศูนย์</source>
        <translation>The normal loan limit per borrower must be more than zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้สูงสุดเมื่อคณะกรรมการอนุมัติพิเศษต้องไม่น้อยกว่าวงเงินปกติ</source>
        <translation>The maximum loan with special committee approval cannot be less than the normal limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าธรรมเนียมสัญญาต้องไม่ติดลบ</source>
        <translation>The contract fee cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินประกันความเสี่ยงต้องอยู่ระหว่างร้อยละ 0 ถึง 10</source>
        <translation>The risk fund must be from 0 % to 10 % of the loan.</translation>
    </message>
    <message>
        <location filename="../src/fund/LoanRoundRepository.cpp" line="+47"/>
        <location line="+9"/>
        <source>การอ่านรอบการให้กู้</source>
        <translation>reading the loan rounds</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>การบันทึกรอบการให้กู้</source>
        <translation>saving the loan round</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การปิดรอบการให้กู้</source>
        <translation>closing the loan round</translation>
    </message>
    <message>
        <location filename="../src/fund/LoanRoundService.cpp" line="+36"/>
        <source>กรุณาเลือกแหล่งเงินทุนของกองทุนนี้</source>
        <translation>Please choose a capital pool of this fund.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ยอดอนุมัติ %1 บาท เกินวงเงินสูงสุดของรอบ %2 บาท</source>
        <translation>The approved amount of %1 baht is over the round&apos;s maximum of %2 baht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยอดอนุมัติ %1 บาท เกินวงเงินปกติ %2 บาท ต้องมีมติอนุมัติพิเศษของคณะกรรมการ</source>
        <translation>The approved amount of %1 baht is over the normal limit of %2 baht, so it needs a special approval resolution of the committee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาบันทึกเหตุผลของการอนุมัติพิเศษเกินวงเงินปกติ</source>
        <translation>Please record the reason for the special approval above the normal limit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบรอบการให้กู้นี้ในไฟล์</source>
        <translation>This loan round is not in the file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>คำขอกู้นี้ไม่ได้อยู่ในรอบการให้กู้</source>
        <translation>This loan application is not part of a loan round.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>กรุณาเลือกประเภทเงินกู้ที่กองทุนเปิดให้กู้อยู่</source>
        <translation>Please choose a loan type that the fund currently offers.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>รอบการให้กู้ %1 ปิดไปแล้วเมื่อ %2</source>
        <translation>Loan round %1 was already closed on %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันปิดรอบต้องไม่ก่อนวันเปิดรับคำขอกู้</source>
        <translation>The round cannot close before the date applications open.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>รอบการให้กู้ %1 ปิดแล้ว รับคำขอกู้เพิ่มไม่ได้</source>
        <translation>Loan round %1 is closed, so no more applications can be taken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รอบนี้รับคำขอกู้ตั้งแต่ %1 ถึง %2</source>
        <translation>This round takes applications from %1 to %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ขอกู้ได้ไม่เกิน %1 บาทต่อราย</source>
        <translation>At most %1 baht can be applied for per borrower.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>ไม่พบคำขอกู้นี้ในไฟล์</source>
        <translation>This loan application is not in the file.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>ยอดอนุมัติที่ยังไม่จ่ายของแหล่งเงินนี้รวม %1 บาท เกินเงินใน%2 ซึ่งมี %3 บาท</source>
        <translation>Approved but unpaid loans from this pool total %1 baht, more than the %3 baht held in %2.</translation>
    </message>
    <message>
        <location filename="../src/fund/PoolRepository.cpp" line="+65"/>
        <location line="+9"/>
        <source>การอ่านแหล่งเงินทุน</source>
        <translation>reading the capital pools</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>การบันทึกแหล่งเงินทุน</source>
        <translation>saving the capital pool</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การอ่านรายการเงินทุน</source>
        <translation>reading the capital pool entries</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การบันทึกรายการเงินทุน</source>
        <translation>saving the capital pool entry</translation>
    </message>
    <message>
        <location filename="../src/fund/PoolService.cpp" line="-114"/>
        <source>เงินฝากธนาคาร - %1</source>
        <translation>Bank deposits - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ลูกหนี้เงินกู้ - %1</source>
        <translation>Loans to members - %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>เงินกู้ยืม - %1</source>
        <translation>Borrowing - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ทุน - %1</source>
        <translation>Capital - %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>จำนวนเงินต้องมากกว่าศูนย์</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>กองทุนมีแหล่งเงินทุนชื่อนี้อยู่แล้ว</source>
        <translation>The fund already has a capital pool with this name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กองทุนหนึ่งมีแหล่งเงินทุนได้ไม่เกิน %1 แหล่ง</source>
        <translation>A fund can have at most %1 capital pools.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>กรุณาระบุที่มาของเงิน เช่น เงินเพิ่มทุนระยะที่ 3 จาก สทบ.</source>
        <translation>Please say where the money came from, e.g. phase 3 capital increase from the National Village Fund Office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่รับเงินต้องไม่ก่อนวันเปิดบัญชีของแหล่งเงินทุน</source>
        <translation>The date received cannot be before the capital pool&apos;s bank account was opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รับเงินเข้า%1: %2</source>
        <translation>Money received into %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>เงินสดในมือมี %1 บาท ณ วันที่ %2 นำฝาก %3 บาทไม่ได้</source>
        <translation>Cash on hand is %1 baht on %2, so %3 baht cannot be deposited.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 เข้าบัญชี%2</source>
        <translation>%1, into the account of %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>บัญชี%1 มีเงิน %2 บาท ณ วันที่ %3 ถอน %4 บาทไม่ได้</source>
        <translation>The account of %1 holds %2 baht on %3, so %4 baht cannot be withdrawn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 จากบัญชี%2</source>
        <translation>%1, from the account of %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ไม่ใช่เงินกู้ยืมจากภายนอก จึงบันทึกชำระคืนผู้ให้กู้ไม่ได้</source>
        <translation>%1 is not outside borrowing, so no repayment to a lender can be recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้นและดอกเบี้ยต้องไม่ติดลบ และรวมกันมากกว่าศูนย์</source>
        <translation>Principal and interest cannot be negative, and together they must be more than zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยังค้างเงินต้นกับ%1 %2 บาท ชำระเงินต้น %3 บาทเกินยอดที่ค้าง</source>
        <translation>Only %2 baht of principal is still owed to %1, so a principal payment of %3 baht is too much.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>บัญชี%1 มีเงิน %2 บาท ไม่พอชำระ %3 บาท</source>
        <translation>The account of %1 holds %2 baht, not enough to pay %3 baht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ให้%2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ดอกเบี้ยเงินฝากธนาคาร %1</source>
        <translation>Bank interest, %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>การอ่านยอดแหล่งเงินทุน</source>
        <translation>reading the capital pool balances</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/exchange/ImportPreviewDialog.cpp" line="+20"/>
        <source>เพิ่ม %1 แก้ไข %2 เหมือนเดิม %3 ขัดแย้ง %4 ลบ %5</source>
        <translation>Added %1, updated %2, unchanged %3, conflicts %4, deleted %5</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../src/intake/IntakeMapping.cpp" line="+28"/>
        <source>คำนำหน้า</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>นามสกุล</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชื่อ-สกุล (ช่องเดียว)</source>
        <translation>Full name (one column)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>วันเกิด</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>บ้านเลขที่</source>
        <translation>House no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขที่สมาชิก</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันที่เข้าเป็นสมาชิก</source>
        <translation>Date of joining</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จำนวนหุ้น</source>
        <translation>Number of shares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินสัจจะยกมา</source>
        <translation>Savings brought forward</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>ไฟล์การจับคู่คอลัมน์ไม่ใช่ JSON ที่อ่านได้</source>
        <translation>The column mapping file is not readable JSON</translation>
    </message>
    <message>
        <location filename="../src/intake/PeopleIntake.cpp" line="+129"/>
        <source>แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 คอลัมน์ (อาจมีจุลภาคในตัวเลข ที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด)</source>
        <translation>This row has %1 cells but the header has %2 columns (perhaps a comma inside a number that is not in quotes)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ไม่มีชื่อ</source>
        <translation>The name is missing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เลขประจำตัวนี้ซ้ำกับแถวก่อนหน้าในไฟล์เดียวกัน</source>
        <translation>This ID number is the same as in an earlier row of the same file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลขประจำตัวนี้เป็นของ %1 ในไฟล์นี้ แต่ในแถวนี้ชื่อ %2 กรุณาตรวจเลขอีกครั้ง</source>
        <translation>This ID belongs to %1 in this file, but this row names %2. Please check the number again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 เป็นสมาชิกขององค์กรนี้อยู่แล้ว</source>
        <translation>%1 is already a member of this organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>เลขที่สมาชิก %1 มีผู้ใช้แล้ว</source>
        <translation>Member no. %1 is already taken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>จำนวนหุ้น &quot;%1&quot; ต้องเป็นจำนวนเต็ม 1 ถึง 1,000</source>
        <translation>The number of shares &quot;%1&quot; must be a whole number from 1 to 1,000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เงินสัจจะยกมาติดลบไม่ได้</source>
        <translation>Savings brought forward cannot be negative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เงินสัจจะยกมา %1 บาท สูงเกินจริง กรุณาตรวจอีกครั้ง</source>
        <translation>Savings brought forward of %1 baht is unrealistically high. Please check it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>องค์กรนี้ไม่มีบัญชีเงินสัจจะ จึงรับยอดยกมาไม่ได้</source>
        <translation>This organisation has no sajja savings account, so it cannot take a balance brought forward</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>เงินสัจจะยกมา (นำเข้าจากไฟล์)</source>
        <translation>Savings brought forward (imported from a file)</translation>
    </message>
    <message>
        <location filename="../src/intake/SheetFile.cpp" line="+50"/>
        <source>ไฟล์มีเพียง %1 แถว จึงไม่มีแถวที่ %2 ให้ใช้เป็นหัวตาราง</source>
        <translation>The file has only %1 rows, so there is no row %2 to use as the header row</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../src/ledger/Periods.cpp" line="+22"/>
        <source>เดือนที่จะปิดบัญชีไม่ถูกต้อง</source>
        <translation>The month to close is not valid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การปิดบัญชีประจำเดือน</source>
        <translation>closing the books for the month</translation>
    </message>
    <message>
        <location filename="../src/ledger/Account.cpp" line="+58"/>
        <source>สินทรัพย์</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หนี้สิน</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทุน</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายได้</source>
        <translation>Income</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่าย</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../src/ledger/ChartOfAccounts.cpp" line="+43"/>
        <source>การบันทึกผังบัญชี</source>
        <translation>saving the chart of accounts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เงินสด</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝากธนาคาร</source>
        <translation>Bank deposits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลูกหนี้เงินกู้สมาชิก</source>
        <translation>Loans to members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสัจจะสะสมของสมาชิก</source>
        <translation>Members&apos; sajja savings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินฝากของสมาชิก</source>
        <translation>Members&apos; deposits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินปันผลและเฉลี่ยคืนค้างจ่าย</source>
        <translation>Dividends and refunds payable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินจัดสรรตามหมวดค้างจ่าย</source>
        <translation>Profit allocations payable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทุนเรือนหุ้น</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทุนสำรอง</source>
        <translation>Reserve fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำไรสุทธิรอการจัดสรร</source>
        <translation>Net profit awaiting allocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ดอกเบี้ยเงินกู้</source>
        <translation>Loan interest income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ค่าปรับ</source>
        <translation>Fine income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ค่าธรรมเนียมแรกเข้า</source>
        <translation>Entrance fee income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดอกเบี้ยเงินฝากธนาคาร</source>
        <translation>Bank interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายได้อื่น</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าเครื่องเขียนและแบบพิมพ์</source>
        <translation>Stationery and printed forms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าใช้จ่ายในการประชุม</source>
        <translation>Meeting expenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าธรรมเนียมธนาคาร</source>
        <translation>Bank charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าใช้จ่ายอื่น</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ผังบัญชีขององค์กรนี้ไม่มีบัญชี &quot;%1&quot; กรุณาเพิ่มบัญชีในผังบัญชีก่อน</source>
        <translation>This organisation&apos;s chart of accounts has no &quot;%1&quot; account. Please add it to the chart of accounts first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่รหัสและชื่อบัญชี</source>
        <translation>Please enter the account code and name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>มีบัญชีรหัส %1 อยู่แล้ว</source>
        <translation>There is already an account with code %1.</translation>
    </message>
    <message>
        <location filename="../src/ledger/Journal.cpp" line="+69"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+167"/>
        <source>ไม่พบรายการบัญชีที่จะกลับรายการ</source>
        <translation>The entry to reverse was not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+8"/>
        <source>รายการเลขที่ %1 เป็นรายการกลับรายการอยู่แล้ว จึงกลับซ้ำไม่ได้ หากต้องการแก้ไข ให้บันทึกรายการใหม่ที่ถูกต้อง</source>
        <translation>Entry no. %1 is itself a reversal, so it cannot be reversed. To correct it, record a new, correct entry.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+4"/>
        <source>รายการเลขที่ %1 ถูกกลับรายการไปแล้วโดยรายการเลขที่ %2</source>
        <translation>Entry no. %1 has already been reversed by entry no. %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+19"/>
        <source>กรุณาใส่เหตุผลของการกลับรายการ เพื่อให้ผู้ตรวจสอบเข้าใจ</source>
        <translation>Please give the reason for the reversal, so that the auditors understand it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กลับรายการเลขที่ %1: %2</source>
        <translation>Reversal of entry no. %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>การบันทึกรายการบัญชี</source>
        <translation>saving the accounting entry</translation>
    </message>
    <message>
        <location filename="../src/ledger/JournalCheck.cpp" line="+29"/>
        <source>รายการบรรทัดที่ %1 ต้องมีจำนวนเงินด้านเดบิตหรือเครดิตด้านเดียว และต้องมากกว่าศูนย์</source>
        <translation>Line %1 must have an amount on the debit side or the credit side, not both, and it must be more than zero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รายการบรรทัดที่ %1 ใช้บัญชีที่ไม่อยู่ในผังบัญชีขององค์กรนี้</source>
        <translation>Line %1 uses an account that is not in this organisation&apos;s chart of accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชี %1 %2 ถูกปิดใช้แล้ว</source>
        <translation>Account %1 %2 is no longer in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชี %1 %2 ต้องระบุสมาชิก (รายการบรรทัดที่ %3)</source>
        <translation>Account %1 %2 needs a member (line %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รายการบรรทัดที่ %1 ระบุสมาชิกที่ไม่ได้อยู่ในองค์กรนี้</source>
        <translation>Line %1 names someone who is not a member of this organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาใส่วันที่ของรายการบัญชี</source>
        <translation>Please enter the date of the entry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่คำอธิบายรายการบัญชี</source>
        <translation>Please enter a description of the entry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการบัญชีต้องมีอย่างน้อยสองบรรทัด (เดบิตและเครดิต)</source>
        <translation>An entry needs at least two lines (debit and credit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="-163"/>
        <source>ปิดบัญชีเดือน%1 แล้ว จึงบันทึกรายการวันที่ %2 ไม่ได้ กรุณาบันทึกในเดือนที่ยังไม่ปิด</source>
        <translation>The books for %1 are closed, so an entry dated %2 cannot be recorded. Please record it in a month that is still open.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ยอดเดบิต %1 บาท ไม่เท่ากับยอดเครดิต %2 บาท รายการบัญชีต้องสมดุล</source>
        <translation>Debits of %1 baht do not equal credits of %2 baht. An entry must balance.</translation>
    </message>
    <message>
        <location filename="../src/ledger/OtherEntries.cpp" line="+7"/>
        <source>วันที่ %1 ยังมาไม่ถึง กรุณาตรวจสอบวันและปี พ.ศ.</source>
        <translation>The date %1 is in the future. Please check the day and the B.E. year.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ใบเสร็จรับเงิน (วันสัจจะหรือการชำระเงินกู้)</source>
        <translation>a receipt (sajja day or loan repayment)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การจ่ายเงินกู้</source>
        <translation>a loan payout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>งานส่วนอื่นของโปรแกรม</source>
        <translation>another part of the program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่วันที่ของรายการ</source>
        <translation>Please enter the date of the entry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาเลือกบัญชีรายได้</source>
        <translation>Please choose an income account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กรุณาเลือกบัญชีค่าใช้จ่าย</source>
        <translation>Please choose an expense account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนเงินต้องมากกว่าศูนย์</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จำนวนเงิน %1 บาท มากเกินกว่าจะเป็นรายการเดียว (ไม่เกิน %2 บาท) กรุณาตรวจสอบว่าพิมพ์เลขศูนย์เกินหรือไม่</source>
        <translation>An amount of %1 baht is too large for a single entry (the limit is %2 baht). Please check for an extra zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาใส่คำอธิบาย เช่น ซื้ออะไร จ่ายให้ใคร</source>
        <translation>Please enter a description, e.g. what was bought or who was paid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>คำอธิบายยาวเกิน %1 ตัวอักษร</source>
        <translation>The description is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาใส่จำนวนเงิน</source>
        <translation>Please enter the amount.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>บัญชีที่เลือกใช้กับรายการนี้ไม่ได้ กรุณาเลือกบัญชีจากรายการ</source>
        <translation>The chosen account cannot be used for this entry. Please choose an account from the list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผังบัญชีขององค์กรนี้ไม่มีบัญชีเงินสด</source>
        <translation>This organisation&apos;s chart of accounts has no cash account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผังบัญชีขององค์กรนี้ไม่มีบัญชีเงินฝากธนาคาร</source>
        <translation>This organisation&apos;s chart of accounts has no bank deposit account.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>รายการเลขที่ %1 มาจาก%2 จึงกลับรายการจากสมุดเงินสดไม่ได้ เพื่อให้ทะเบียนและบัญชีตรงกัน</source>
        <translation>Entry no. %1 comes from %2, so it cannot be reversed from the cash book; this keeps the registers and the accounts in agreement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาใส่วันที่กลับรายการ</source>
        <translation>Please enter the reversal date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่กลับรายการต้องไม่ก่อนวันที่ของรายการเดิม (%1)</source>
        <translation>The reversal date cannot be before the date of the original entry (%1).</translation>
    </message>
</context>
<context>
    <name>Lending</name>
    <message>
        <location filename="../src/lending/Arrears.cpp" line="+16"/>
        <source>คำนวณยอดค้างชำระไม่ได้: %1</source>
        <translation>Cannot work out the arrears: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>วันที่คำนวณไม่ถูกต้อง</source>
        <translation>the calculation date is not valid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มียอดชำระ %1 งวด แต่ตารางผ่อนมี %2 งวด</source>
        <translation>there are payments for %1 instalments, but the schedule has only %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยอดชำระงวดที่ %1 ติดลบ</source>
        <translation>the payment for instalment %1 is negative</translation>
    </message>
    <message>
        <location filename="../src/lending/InterestMethod.cpp" line="+42"/>
        <source>คงที่จากเงินต้นเดิม</source>
        <translation>Flat rate (on the original principal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ลดต้นลดดอก (เงินต้นเท่ากัน)</source>
        <translation>Declining balance (equal principal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ลดต้นลดดอก (ผ่อนเท่ากันทุกงวด)</source>
        <translation>Declining balance (equal instalments)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระครั้งเดียวเมื่อครบกำหนด</source>
        <translation>Single repayment at maturity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ต่อเดือน</source>
        <translation>per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต่อปี</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../src/lending/LoanSchedule.cpp" line="+103"/>
        <source>คิดดอกเบี้ยรายวันไม่ได้: ช่วงวันที่ %1 ถึง %2 ไม่ถูกต้อง</source>
        <translation>Cannot work out daily interest: the period %1 to %2 is not valid.</translation>
    </message>
    <message>
        <location filename="../src/lending/RepaymentAllocation.cpp" line="+16"/>
        <source>แบ่งเงินชำระคืนไม่ได้: %1</source>
        <translation>Cannot split the repayment: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยอดชำระติดลบ (%1 บาท)</source>
        <translation>the payment is negative (%1 baht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยอดค้างของงวดที่ %1 ติดลบ</source>
        <translation>the amount owed for instalment %1 is negative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>งวดที่ %1 ซ้ำกัน</source>
        <translation>instalment %1 appears twice</translation>
    </message>
    <message>
        <location filename="../src/lending/EffectiveRate.cpp" line="+30"/>
        <source>คำนวณอัตราดอกเบี้ยที่แท้จริงไม่ได้: เงินต้นต้องมากกว่าศูนย์ และยอดผ่อนต้องไม่ติดลบโดยมีอย่างน้อยหนึ่งงวดที่มากกว่าศูนย์</source>
        <translation>Cannot work out the effective interest rate: the principal must be more than zero, and no instalment may be negative, with at least one more than zero.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>อัตราดอกเบี้ยที่แท้จริงของเงินกู้นี้ประมาณร้อยละ %1 ต่อปี เกินเพดานร้อยละ 15 ต่อปีตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 654</source>
        <translation>The effective interest rate of this loan is about %1 % a year, above the legal cap of 15 % a year (Civil and Commercial Code, section 654).</translation>
    </message>
    <message>
        <location filename="../src/lending/LoanTerms.cpp" line="+16"/>
        <source>วันที่จ่ายเงินกู้ไม่ถูกต้อง</source>
        <translation>The loan payout date is not valid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>วันครบกำหนดชำระไม่ถูกต้อง</source>
        <translation>The due date is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันครบกำหนดชำระ (%1) ต้องอยู่หลังวันที่จ่ายเงินกู้ (%2)</source>
        <translation>The due date (%1) must be after the loan payout date (%2).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>เงินต้นต้องมากกว่าศูนย์ (ได้ %1 บาท)</source>
        <translation>The principal must be more than zero (entered: %1 baht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>อัตราดอกเบี้ยติดลบไม่ได้ (ได้ร้อยละ %1)</source>
        <translation>The interest rate cannot be negative (entered: %1 %).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนงวดต้องอยู่ระหว่าง 1 ถึง %1 เดือน (ได้ %2)</source>
        <translation>The loan term must be 1 to %1 months (entered: %2).</translation>
    </message>
</context>
<context>
    <name>LoanStepDialogs</name>
    <message>
        <location filename="../ui/savings/LoanStepDialogs.cpp" line="+20"/>
        <source>ผู้กู้: %1  ขอกู้ %2 บาท %3 งวด</source>
        <translation>Borrower: %1  Applied for %2 baht over %3 instalments</translation>
    </message>
</context>
<context>
    <name>MeetingSheet</name>
    <message>
        <location filename="../src/savings/MeetingSheet.cpp" line="+51"/>
        <source>จำนวนเงินต้องไม่ติดลบ</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระเบียบกลุ่มไม่รับเงินฝากเพิ่มเติมในเดือนนี้</source>
        <translation>The group&apos;s rules do not allow extra deposits this month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิกคนนี้ไม่มีเงินกู้ที่ต้องชำระ</source>
        <translation>This member has no loan to pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระเงินกู้ได้ไม่เกิน %1 บาท ซึ่งเป็นยอดปิดบัญชีทั้งหมด</source>
        <translation>At most %1 baht can be paid on loans: the full amount that settles them.</translation>
    </message>
</context>
<context>
    <name>MemberActionDialogs</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="+25"/>
        <source>สมาชิก: %1</source>
        <translation>Member: %1</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <location filename="../src/savings/MemberCard.cpp" line="+78"/>
        <source>ไม่พบสมาชิกที่เลือกในแฟ้มนี้</source>
        <translation>The chosen member is not in this file.</translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <location filename="../src/domain/Membership.cpp" line="+16"/>
        <source>กรุณาเลือกองค์กร</source>
        <translation>Please choose an organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกบุคคลที่จะเป็นสมาชิก</source>
        <translation>Please choose the person who is joining.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่เลขทะเบียนสมาชิก</source>
        <translation>Please enter the member number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่เข้าเป็นสมาชิก</source>
        <translation>Please enter the date of joining.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่เข้าเป็นสมาชิกต้องไม่เกินวันนี้</source>
        <translation>The date of joining cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ออกต้องไม่ก่อนวันที่เข้าเป็นสมาชิก</source>
        <translation>The date of leaving cannot be before the date of joining.</translation>
    </message>
    <message>
        <location filename="../src/domain/MembershipRepository.cpp" line="+44"/>
        <source>การอ่านรายชื่อสมาชิก</source>
        <translation>reading the member list</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ไม่พบองค์กรนี้ในไฟล์</source>
        <translation>This organisation is not in the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ไม่พบบุคคลนี้ในไฟล์</source>
        <translation>This person is not in the file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลขทะเบียนสมาชิก %1 มีผู้ใช้แล้วในองค์กรนี้</source>
        <translation>Member number %1 is already in use in this organisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>บุคคลนี้เป็นสมาชิกอยู่แล้ว (เลขทะเบียน %1)</source>
        <translation>This person is already a member (member no. %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>การบันทึกสมาชิก</source>
        <translation>saving the member</translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <location filename="../ui/organisations/MembershipStatus.cpp" line="+11"/>
        <source>เป็นสมาชิก</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ออกเมื่อ %1</source>
        <translation>Left on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยังไม่ถึงวันเข้า</source>
        <translation>Not yet joined</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../src/money/Allocate.cpp" line="+17"/>
        <source>ไม่มีรายการให้แบ่ง</source>
        <translation>there is nothing to split</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>สัดส่วนรายการที่ %1 ติดลบ (%2)</source>
        <translation>the share of item %1 is negative (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สัดส่วนทุกรายการเป็นศูนย์</source>
        <translation>every share is zero</translation>
    </message>
    <message>
        <location filename="../src/money/DecimalText.cpp" line="+20"/>
        <source>ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง</source>
        <translation>a thousands comma is in the wrong place</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>เครื่องหมายบวกหรือลบต้องอยู่หน้าตัวเลขและมีได้ตัวเดียว</source>
        <translation>a plus or minus sign must come before the number, and only once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีอักขระ &quot;%1&quot; ซึ่งไม่ใช่ตัวเลข</source>
        <translation>it contains &quot;%1&quot;, which is not a digit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>มีจุดทศนิยมมากกว่าหนึ่งจุด</source>
        <translation>it has more than one decimal point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ต้องมีตัวเลขหน้าจุดทศนิยม เช่น 0.50</source>
        <translation>a digit is needed before the decimal point, e.g. 0.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่มีตัวเลข</source>
        <translation>it has no digits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ต้องมีตัวเลขหลังจุดทศนิยม</source>
        <translation>a digit is needed after the decimal point</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ไม่ได้ใส่ตัวเลข</source>
        <translation>nothing was entered</translation>
    </message>
    <message>
        <location filename="../src/money/MoneyError.cpp" line="+10"/>
        <source>ผลการคำนวณ %1 เกินวงเงินที่โปรแกรมรองรับ (ไม่เกิน 92,233,720,368,547,758.07 บาท)</source>
        <translation>The result of %1 is more than the program can handle (the limit is 92,233,720,368,547,758.07 baht).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>จำนวนเงิน &quot;%1&quot; ไม่ถูกต้อง: %2</source>
        <translation>The amount &quot;%1&quot; is not valid: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวเลข &quot;%1&quot; ไม่ถูกต้อง: %2</source>
        <translation>The number &quot;%1&quot; is not valid: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>จำนวนเงิน &quot;%1&quot; ใหญ่เกินกว่าที่โปรแกรมรองรับ (ไม่เกิน 92,233,720,368,547,758.07 บาท)</source>
        <translation>The amount &quot;%1&quot; is more than the program can handle (the limit is 92,233,720,368,547,758.07 baht).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>คำนวณ %1 ไม่ได้ เพราะตัวหารเป็นศูนย์</source>
        <translation>Cannot calculate %1: it divides by zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>แบ่งเงินตามสัดส่วนไม่ได้: %1</source>
        <translation>Cannot split the money in proportion: %1.</translation>
    </message>
    <message>
        <location filename="../src/money/MoneyFormat.cpp" line="+59"/>
        <source>ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)</source>
        <translation>at most 2 decimal places (satang) are allowed</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../src/thai/NationalId.cpp" line="+64"/>
        <source>ยังไม่ได้ใส่เลขประจำตัวประชาชน</source>
        <translation>The national ID is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น (พบ &quot;%1&quot;)</source>
        <translation>A national ID has digits only (found &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เลขประจำตัวประชาชนต้องมี 13 หลัก (พิมพ์มา %1 หลัก)</source>
        <translation>A national ID has 13 digits (%1 typed).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลขตรวจสอบหลักสุดท้ายไม่ถูกต้อง อาจพิมพ์ตัวเลขผิดหรือสลับหลัก กรุณาตรวจกับบัตรประชาชนอีกครั้ง</source>
        <translation>The last (check) digit does not match: a digit may be mistyped or two swapped. Please check against the ID card.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ต้องใช้ตัวเลข 12 หลักแรกของเลขประจำตัวประชาชน (ได้ &quot;%1&quot;)</source>
        <translation>The first 12 digits of a national ID are needed (got &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../src/domain/OrganisationRepository.cpp" line="+65"/>
        <source>การอ่านรายชื่อองค์กร</source>
        <translation>reading the list of organisations</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>รหัส %1 เป็นของ %2 แล้ว</source>
        <translation>Code %1 already belongs to %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบหมู่บ้านรหัส %1</source>
        <translation>No village has code %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>การบันทึกองค์กร</source>
        <translation>saving the organisation</translation>
    </message>
    <message>
        <location filename="../src/domain/Organisation.cpp" line="+38"/>
        <source>กลุ่มออมทรัพย์เพื่อการผลิต</source>
        <translation>Savings group for production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation>Village fund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วิสาหกิจชุมชน</source>
        <translation>Community enterprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ผลิต OTOP</source>
        <translation>OTOP producer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>กรุณาใส่รหัสองค์กร</source>
        <translation>Please enter the organisation code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รหัสองค์กรใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด ขีด และขีดล่าง ยาว 2 ถึง 30 ตัว</source>
        <translation>The organisation code may contain only English letters, digits, dots, dashes and underscores, and must be 2 to 30 characters long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กรุณาใส่ชื่อองค์กร</source>
        <translation>Please enter the organisation name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกหมู่บ้านที่ตั้งขององค์กร</source>
        <translation>Please choose the village where the organisation is located.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่จดทะเบียนต้องไม่เกินวันนี้</source>
        <translation>The registration date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันที่จดทะเบียนก่อน พ.ศ. 2500 ดูไม่ถูกต้อง กรุณาตรวจว่าพิมพ์ปีเป็น พ.ศ.</source>
        <translation>A registration date before B.E. 2500 looks wrong. Please check that the year is typed in B.E.</translation>
    </message>
</context>
<context>
    <name>Otop</name>
    <message>
        <location filename="../src/otop/CertificateRepository.cpp" line="+54"/>
        <location filename="../src/otop/ChampionRepository.cpp" line="+144"/>
        <location filename="../src/otop/SalesRepository.cpp" line="+66"/>
        <location line="+77"/>
        <source>ไม่พบผลิตภัณฑ์ที่เลือก</source>
        <translation>The chosen product was not found.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การบันทึกใบรับรองมาตรฐาน</source>
        <translation>saving the standard certificate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การลบใบรับรองมาตรฐาน</source>
        <translation>deleting the standard certificate</translation>
    </message>
    <message>
        <location filename="../src/otop/ChampionRepository.cpp" line="-53"/>
        <source>มีรอบการคัดสรรของปี %1 อยู่แล้ว</source>
        <translation>There is already a selection round for %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>มีผลิตภัณฑ์ได้คะแนนส่วนที่ %1 ไปแล้ว %2 คะแนน คะแนนเต็มจึงต่ำกว่านี้ไม่ได้</source>
        <translation>A product has already scored %2 points in part %1, so the full score cannot be lower than that.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>การบันทึกรอบการคัดสรร</source>
        <translation>saving the selection round</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>กรุณาเลือกรอบการคัดสรร</source>
        <translation>Please choose a selection round.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การบันทึกผลการคัดสรร</source>
        <translation>saving the selection result</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การลบผลการคัดสรร</source>
        <translation>deleting the selection result</translation>
    </message>
    <message>
        <location filename="../src/otop/OtopRules.cpp" line="+31"/>
        <source>%1 ปี %2 ดูเป็นปี พ.ศ. กรุณาใส่วันที่ในปฏิทินตามปกติ (ปี พ.ศ. %2 คือ ค.ศ. %3)</source>
        <translation>%1: the year %2 looks like a B.E. year. Please enter the date in the ordinary calendar (B.E. %2 is A.D. %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ก่อนปี 1950 ดูไม่ถูกต้อง</source>
        <translation>%1 before 1950 does not look right.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ไทย ปี %1</source>
        <translation>OTOP Product Champion selection %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้านการผลิตและการบริหารจัดการ</source>
        <translation>Production and management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้านผลิตภัณฑ์ การตลาด และความเป็นมาของผลิตภัณฑ์</source>
        <translation>Product, marketing and product story</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้านคุณภาพผลิตภัณฑ์</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>กรุณาใส่ชื่อผู้ผลิตหรือชื่อกลุ่ม</source>
        <translation>Please enter the producer&apos;s or group&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกหมู่บ้านที่ตั้งของผู้ผลิต</source>
        <translation>Please choose the village where the producer is located.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กลุ่มผู้ผลิตชุมชนต้องเชื่อมกับองค์กรที่ลงทะเบียนไว้ กรุณาเลือกองค์กร</source>
        <translation>A community producer group must be linked to a registered organisation. Please choose an organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ผู้ผลิตรายเดียวต้องเชื่อมกับบุคคลที่เป็นเจ้าของ กรุณาเลือกบุคคล</source>
        <translation>A single-owner producer must be linked to the person who owns it. Please choose a person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กรุณาเลือกองค์กรหรือบุคคลที่เป็นเจ้าของกิจการ</source>
        <translation>Please choose the organisation or person that owns the business.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนสมาชิกต้องอยู่ระหว่าง 0 ถึง 100,000 คน</source>
        <translation>The number of members must be from 0 to 100,000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ลงทะเบียน</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ลงทะเบียนต้องไม่เกินวันนี้</source>
        <translation>The registration date cannot be after today.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาเลือกผู้ผลิต</source>
        <translation>Please choose a producer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อผลิตภัณฑ์</source>
        <translation>Please enter the product name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่หน่วยนับ เช่น ชิ้น ถุง ผืน ขวด</source>
        <translation>Please enter the unit, e.g. piece, bag, length of cloth, bottle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ราคาต่อหน่วยต้องไม่ติดลบ</source>
        <translation>The unit price cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ราคาต่อหน่วย %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation>The unit price of %1 baht is too high. Please check the number of zeros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กำลังการผลิตต่อเดือนต้องอยู่ระหว่าง 0 ถึง 100,000,000 หน่วย</source>
        <translation>Monthly production capacity must be from 0 to 100,000,000 units.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+45"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>กรุณาเลือกผลิตภัณฑ์</source>
        <translation>Please choose a product.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>กรุณาใส่เลขที่ใบรับรองหรือเลขทะเบียน</source>
        <translation>Please enter the certificate or registration number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่ออกใบรับรอง</source>
        <translation>Please enter the date the certificate was issued.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ออก</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันหมดอายุ</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ออกใบรับรองต้องไม่เกินวันนี้</source>
        <translation>The date issued cannot be after today.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันหมดอายุต้องอยู่หลังวันที่ออก</source>
        <translation>The expiry date must be after the date issued.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+71"/>
        <source>ปี %1 ดูเป็นปี พ.ศ. ระบบเก็บปี ค.ศ. (%2)</source>
        <translation>The year %1 looks like a B.E. year. Years are stored in A.D. (%2).</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>ปีของรอบคัดสรรไม่ถูกต้อง</source>
        <translation>The year of the selection round is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อรอบการคัดสรร</source>
        <translation>Please enter a name for the selection round.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาใส่ชื่อส่วนที่ %1 ของแบบให้คะแนน</source>
        <translation>Please enter a name for part %1 of the score sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คะแนนเต็มส่วนที่ %1 ต้องอยู่ระหว่าง 1 ถึง 1,000</source>
        <translation>The full score for part %1 must be from 1 to 1,000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เกณฑ์คะแนนต้องเรียงจากมากไปน้อย: 5 ดาว &gt; 4 ดาว &gt; 3 ดาว &gt; 2 ดาว &gt; 0</source>
        <translation>The score thresholds must go from high to low: 5 stars &gt; 4 stars &gt; 3 stars &gt; 2 stars &gt; 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เกณฑ์ 5 ดาว (%1) เกินคะแนนเต็ม (%2)</source>
        <translation>The 5-star threshold (%1) is above the full score (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>คะแนนส่วนที่ %1 (%2) ต้องอยู่ระหว่าง 0 ถึง %3</source>
        <translation>The score for part %1 (%2) must be from 0 to %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>วันที่ประกาศผล</source>
        <translation>Announcement date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ประกาศผลต้องไม่เกินวันนี้</source>
        <translation>The announcement date cannot be after today.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>กรุณาเลือกช่องทางการขาย</source>
        <translation>Please choose a sales channel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกเดือน</source>
        <translation>Please choose a month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดือน</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บันทึกยอดขายของเดือนที่ยังไม่ถึงไม่ได้</source>
        <translation>Sales cannot be recorded for a month that has not come yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนที่ขายต้องอยู่ระหว่าง 0 ถึง 100,000,000</source>
        <translation>The quantity sold must be from 0 to 100,000,000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดขายต้องไม่ติดลบ</source>
        <translation>Sales cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยอดขาย %1 บาท ในเดือนเดียวสูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation>Sales of %1 baht in one month are too high. Please check the number of zeros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มีจำนวนที่ขายแต่ไม่มียอดขาย กรุณาใส่ยอดขายเป็นบาท</source>
        <translation>There is a quantity sold but no sales amount. Please enter the sales in baht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ปีของเป้าหมายไม่ถูกต้อง</source>
        <translation>The target year is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เป้าหมายยอดขายต้องมากกว่าศูนย์</source>
        <translation>The sales target must be more than zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เป้าหมาย %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation>The target of %1 baht is too high. Please check the number of zeros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เป้าหมายจำนวนต้องอยู่ระหว่าง 0 ถึง 100,000,000</source>
        <translation>The quantity target must be from 0 to 100,000,000.</translation>
    </message>
    <message>
        <location filename="../src/otop/OtopTypes.cpp" line="+52"/>
        <source>กลุ่มผู้ผลิตชุมชน</source>
        <translation>Community producer group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว</source>
        <translation>Single-owner community producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิตที่เป็น SMEs</source>
        <translation>SME producer</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>อาหาร</source>
        <translation>Food</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>เครื่องดื่ม</source>
        <translation>Beverages</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ผ้าและเครื่องแต่งกาย</source>
        <translation>Textiles and clothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ของใช้ ของตกแต่ง ของที่ระลึก</source>
        <translation>Household items, decorations and souvenirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมุนไพรที่ไม่ใช่อาหาร</source>
        <translation>Non-food herbal products</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ผ้า</source>
        <translation>Textiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ของใช้</source>
        <translation>Household items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมุนไพร</source>
        <translation>Herbal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>อย.</source>
        <translation>Thai FDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มผช.</source>
        <translation>TCPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มอก.</source>
        <translation>TIS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เครื่องหมาย Q</source>
        <translation>Q mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เกษตรอินทรีย์</source>
        <translation>Organic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ฮาลาล</source>
        <translation>Halal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GI สิ่งบ่งชี้ทางภูมิศาสตร์</source>
        <translation>GI (geographical indication)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Premium (ทอง)</source>
        <translation>Premium (gold)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic (เงิน)</source>
        <translation>Classic (silver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (แดง)</source>
        <translation>Standard (red)</translation>
    </message>
    <message>
        <location filename="../src/otop/ProducerRepository.cpp" line="+89"/>
        <source>ไม่พบหมู่บ้านรหัส %1</source>
        <translation>No village has code %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบองค์กรที่เลือก</source>
        <translation>The chosen organisation was not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบบุคคลที่เลือก</source>
        <translation>The chosen person was not found.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลขทะเบียน %1 เป็นของ %2 อยู่แล้ว</source>
        <translation>Registration number %1 already belongs to %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>การบันทึกผู้ผลิต</source>
        <translation>saving the producer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>ผู้ผลิตนี้ยังมีผลิตภัณฑ์ %1 รายการ กรุณาลบผลิตภัณฑ์ก่อน</source>
        <translation>This producer still has %1 products. Please delete the products first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การลบผู้ผลิต</source>
        <translation>deleting the producer</translation>
    </message>
    <message>
        <location filename="../src/otop/ProductRepository.cpp" line="+115"/>
        <source>ไม่พบผู้ผลิตที่เลือก</source>
        <translation>The chosen producer was not found.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผู้ผลิตนี้มีผลิตภัณฑ์ชื่อ %1 อยู่แล้ว</source>
        <translation>This producer already has a product named %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การบันทึกผลิตภัณฑ์</source>
        <translation>saving the product</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ผลิตภัณฑ์นี้มียอดขาย เป้าหมาย หรือผลการคัดสรรบันทึกไว้แล้ว %1 รายการ จึงลบไม่ได้ เพื่อให้รายงานย้อนหลังยังครบ</source>
        <translation>This product has %1 sales, target or selection records, so it cannot be deleted; past reports must stay complete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>การลบผลิตภัณฑ์</source>
        <translation>deleting the product</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ไฟล์นี้ไม่ใช่รูปภาพ JPEG หรือ PNG</source>
        <translation>This file is not a JPEG or PNG image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รูปภาพมีขนาด %1 MB ใหญ่เกิน 5 MB กรุณาย่อรูปก่อน</source>
        <translation>The image is %1 MB, larger than 5 MB. Please make it smaller first.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การบันทึกรูปผลิตภัณฑ์</source>
        <translation>saving the product photo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>การลบรูปผลิตภัณฑ์</source>
        <translation>deleting the product photo</translation>
    </message>
    <message>
        <location filename="../src/otop/SalesRepository.cpp" line="-100"/>
        <source>กรุณาใส่ชื่อช่องทางการขาย</source>
        <translation>Please enter a name for the sales channel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มีช่องทาง %1 อยู่แล้ว</source>
        <translation>The channel %1 already exists.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>การเพิ่มช่องทางการขาย</source>
        <translation>adding a sales channel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ไม่พบช่องทางการขายที่เลือก</source>
        <translation>The chosen sales channel was not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การบันทึกยอดขาย</source>
        <translation>saving sales</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>การบันทึกเป้าหมายยอดขาย</source>
        <translation>saving the sales target</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>การลบเป้าหมายยอดขาย</source>
        <translation>deleting the sales target</translation>
    </message>
</context>
<context>
    <name>OtopCharts</name>
    <message>
        <location filename="../ui/otop/OtopCharts.cpp" line="+105"/>
        <source>ยอดขายรายเดือนแยกตามช่องทาง ปี %1</source>
        <translation>Monthly sales by channel, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>พันบาท</source>
        <translation>Thousand baht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>บาท</source>
        <translation>Baht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>จำนวนผลิตภัณฑ์แยกตามประเภทและระดับดาว ปี %1</source>
        <translation>Products by category and star rating, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่ได้คัดสรร</source>
        <translation>Not yet selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ดาว</source>
        <translation>%1 stars</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../src/domain/Person.cpp" line="+19"/>
        <source>วันเกิดต้องไม่เกินวันนี้</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ปีเกิดเก่ากว่า พ.ศ. 2443 ดูไม่ถูกต้อง กรุณาตรวจว่าพิมพ์ปีเป็น พ.ศ.</source>
        <translation>A year of birth before B.E. 2443 looks wrong. Please check that the year is typed in B.E.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>นาย</source>
        <translation>นาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>นาง</source>
        <translation>นาง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>นางสาว</source>
        <translation>นางสาว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด.ช.</source>
        <translation>ด.ช.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ด.ญ.</source>
        <translation>ด.ญ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>พระ</source>
        <translation>พระ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>กรุณาใส่ชื่อ</source>
        <translation>Please enter the first name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่นามสกุล</source>
        <translation>Please enter the surname.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>เบอร์โทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9 หรือ 10 หลัก เช่น 081-234-5678</source>
        <translation>A phone number must start with 0 and have 9 or 10 digits, e.g. 081-234-5678.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก</source>
        <translation>The postcode must be 5 digits.</translation>
    </message>
    <message>
        <location filename="../src/domain/PersonRepository.cpp" line="+72"/>
        <source>การค้นหาบุคคล</source>
        <translation>searching for people</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>การอ่านรายชื่อบุคคล</source>
        <translation>reading the list of people</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>เลขประจำตัวนี้เป็นของ %1 ซึ่งมีในระบบแล้ว</source>
        <translation>This ID number belongs to %1, who is already recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบหมู่บ้านรหัส %1</source>
        <translation>No village has code %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>การบันทึกข้อมูลบุคคล</source>
        <translation>saving the person&apos;s details</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <location filename="../src/domain/Place.cpp" line="+8"/>
        <source>%1 หมู่ที่ %2</source>
        <translation>%1, Moo %2</translation>
    </message>
    <message>
        <location filename="../src/domain/ReferenceData.cpp" line="+20"/>
        <source>ไม่พบข้อมูลจังหวัดและอำเภอที่มากับโปรแกรม</source>
        <translation>The provinces and districts shipped with the program are missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ข้อมูลสถานที่ที่มากับโปรแกรมเสียหาย</source>
        <translation>The place data shipped with the program is damaged.</translation>
    </message>
    <message>
        <location filename="../src/domain/PlaceRepository.cpp" line="+108"/>
        <source>รหัสตำบลต้องเป็นตัวเลข 6 หลัก</source>
        <translation>The subdistrict code must be 6 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รหัสตำบลต้องขึ้นต้นด้วยรหัสอำเภอ %1</source>
        <translation>The subdistrict code must start with the district code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีตำบลรหัส %1 อยู่แล้ว</source>
        <translation>There is already a subdistrict with code %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบอำเภอรหัส %1</source>
        <translation>No district has code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อตำบล</source>
        <translation>Please enter the subdistrict name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก</source>
        <translation>The postcode must be 5 digits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99</source>
        <translation>The Moo number must be from 1 to 99.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รหัสหมู่บ้านต้องเป็นรหัสตำบลตามด้วยหมู่ที่สองหลัก คือ %1</source>
        <translation>The village code must be the subdistrict code followed by the two-digit Moo number, that is %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหมู่บ้านรหัส %1 อยู่แล้ว</source>
        <translation>There is already a village with code %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบตำบลรหัส %1</source>
        <translation>No subdistrict has code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อหมู่บ้าน</source>
        <translation>Please enter the village name.</translation>
    </message>
</context>
<context>
    <name>PoolMoneyDialog</name>
    <message>
        <location filename="../ui/funds/PoolDialogs.cpp" line="+104"/>
        <source>รับเงินทุนเข้าแหล่งเงินทุน</source>
        <translation>Receive capital into the pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>นำเงินสดฝากเข้าบัญชี</source>
        <translation>Deposit cash in the account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ถอนเงินจากบัญชีเป็นเงินสด</source>
        <translation>Withdraw cash from the account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระคืนเงินกู้ยืมให้ผู้ให้กู้</source>
        <translation>Repay the lender</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../src/report/PageFlow.cpp" line="+203"/>
        <source>หน้า %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../src/report/PageFlowTable.cpp" line="+206"/>
        <source>ลงชื่อ</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../src/report/ReportCells.cpp" line="+64"/>
        <source>ประจำเดือน%1</source>
        <translation>For the month of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ตั้งแต่วันที่ %1 ถึงวันที่ %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ณ วันที่ %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ประจำปี %1</source>
        <translation>For the year %1</translation>
    </message>
    <message>
        <location filename="../src/report/ReportPdf.cpp" line="+32"/>
        <source>บันทึกรายงานลงไฟล์ %1 ไม่ได้: %2 ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ</source>
        <translation>Could not save the report to the file %1: %2. The existing file (if any) is unchanged.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>เริ่มพิมพ์รายงานไม่ได้ ตรวจดูเครื่องพิมพ์หรือที่บันทึกไฟล์แล้วลองใหม่</source>
        <translation>The report could not start printing. Check the printer or where the file is saved, then try again.</translation>
    </message>
    <message>
        <location filename="../src/reports/DistrictReports.cpp" line="+98"/>
        <source>ตำบล%1</source>
        <translation>Subdistrict %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+37"/>
        <location filename="../src/reports/PlanReports.cpp" line="+90"/>
        <source>องค์กร</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+13"/>
        <source>สมาชิก (คน)</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>เงินออม / หุ้น</source>
        <translation>Savings / shares</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>เงินกู้คงเหลือ</source>
        <translation>Loans outstanding</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>ค้างชำระ (%)</source>
        <translation>In arrears (%)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../src/reports/OtopReports.cpp" line="+70"/>
        <source>สรุปรายตำบล</source>
        <translation>Summary by subdistrict</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <location filename="../src/reports/OtopReports.cpp" line="+1"/>
        <location line="+21"/>
        <location line="+74"/>
        <location filename="../src/reports/PlanReports.cpp" line="+0"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>องค์กร (แห่ง)</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/reports/FundReports.cpp" line="+77"/>
        <location line="+82"/>
        <location filename="../src/reports/LedgerReports.cpp" line="+85"/>
        <location filename="../src/reports/LoanReports.cpp" line="+63"/>
        <location line="+100"/>
        <location line="+11"/>
        <location filename="../src/reports/MemberReports.cpp" line="+118"/>
        <location line="+44"/>
        <location line="+18"/>
        <location filename="../src/reports/OtopReports.cpp" line="-131"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+135"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/reports/OtopReports.cpp" line="+17"/>
        <location line="+32"/>
        <source>รวมทั้งอำเภอ</source>
        <translation>District total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ค้างชำระ (%) คือเงินต้นของสัญญาที่เลยกำหนดชำระ หารด้วยเงินกู้คงเหลือทั้งหมด เงินออม / หุ้น รวมเงินสัจจะ เงินฝาก และค่าหุ้นของสมาชิก</source>
        <translation>In arrears (%) is the principal of contracts past their due date, divided by all loans outstanding. Savings / shares covers the members&apos; sajja savings, deposits and shares.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>บันทึกล่าสุด</source>
        <translation>Last entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผ่านมา (วัน)</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ข้อมูลส่งมาถึง</source>
        <translation>Data received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ่งที่ควรติดตาม</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่มีรายชื่อสมาชิก</source>
        <translation>No members recorded yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยังไม่มีข้อมูลบัญชี</source>
        <translation>No accounts recorded yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่มีรายการใหม่เกิน %1 วัน</source>
        <translation>No new entries for more than %1 days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ไม่ได้ส่งข้อมูลมาเกิน %1 วัน</source>
        <translation>No data sent for more than %1 days</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน %1 แห่ง ข้อมูลเป็นปัจจุบัน %2 แห่ง</source>
        <translation>Organisations with missing or out-of-date records: %1. Up to date: %2.</translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="-132"/>
        <source>สมุดบัญชีเงินฝากธนาคาร %1 (%2 %3)</source>
        <translation>Bank passbook: %1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="-45"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+52"/>
        <location filename="../src/reports/ReportContext.cpp" line="+126"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+35"/>
        <location line="+30"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+8"/>
        <location filename="../src/reports/ReportContext.cpp" line="+1"/>
        <source>รายการ</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="+1"/>
        <source>ฝาก / รับ</source>
        <translation>Deposits / receipts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ถอน / จ่าย</source>
        <translation>Withdrawals / payments</translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="+1"/>
        <location filename="../src/reports/LoanReports.cpp" line="-97"/>
        <location filename="../src/reports/ReportContext.cpp" line="+1"/>
        <source>คงเหลือ</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/ReportContext.cpp" line="+1"/>
        <source>ยอดยกมา</source>
        <translation>Balance brought forward</translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="+5"/>
        <source>ไม่อนุมัติ</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รอพิจารณา</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่ายแล้ว %1</source>
        <translation>Paid out, contract %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>อนุมัติ</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>คณะกรรมการเงินกู้</source>
        <translation> of the loan committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประธานคณะกรรมการเงินกู้</source>
        <translation>Chair of the loan committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขานุการคณะกรรมการเงินกู้</source>
        <translation>Secretary of the loan committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>ประธานกรรมการกองทุน</source>
        <translation>Chair of the fund committee</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>ยอดคงเหลือ %1</source>
        <translation>Balances: %1</translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+37"/>
        <source>สมาชิก ณ สิ้นปี</source>
        <translation>Members at year end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ให้กู้ในปี</source>
        <translation>Lent in the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินกู้คงเหลือ ณ สิ้นปี</source>
        <translation>Loans outstanding at year end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้นของสัญญาที่เลยกำหนด</source>
        <translation>Principal of contracts past due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (ร้อยละ %2 ของเงินกู้คงเหลือ)</source>
        <translation>%1 (%2 % of loans outstanding)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>สมาชิกและเงินกู้</source>
        <translation>Members and loans</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/reports/FundReports.cpp" line="+1"/>
        <source>แหล่งเงินทุน</source>
        <translation>Capital pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งบดุล ณ วันสิ้นปี</source>
        <translation>Balance sheet at year end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรสุทธิ</source>
        <translation>Allocation of the net profit</translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="+0"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทุน / หนี้คงค้าง</source>
        <translation>Capital / debt outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินให้กู้คงเหลือ</source>
        <translation>Loans outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินในบัญชีธนาคาร</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>รอบที่ %1 %2  รับคำขอ %3 ถึง %4</source>
        <translation>Round %1 %2  Applications from %3 to %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/reports/LoanReports.cpp" line="-3"/>
        <location line="+41"/>
        <location line="+46"/>
        <location filename="../src/reports/MemberReports.cpp" line="-67"/>
        <location line="+46"/>
        <location line="+36"/>
        <source>เลขสมาชิก</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/reports/LoanReports.cpp" line="-86"/>
        <location line="+41"/>
        <location line="+45"/>
        <location filename="../src/reports/MemberReports.cpp" line="-81"/>
        <location line="+45"/>
        <location line="+37"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+62"/>
        <source>ชื่อ–สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขอกู้</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลการพิจารณา</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/MemberReports.cpp" line="+1"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="-50"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รวม %1 คำขอ (ไม่อนุมัติ %2)</source>
        <translation>Total: %1 applications (not approved: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ไม่มีรอบการให้กู้ในปีนี้</source>
        <translation>There were no loan rounds in this year.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ยังไม่ได้ประเมินผลกองทุนของปี %1</source>
        <translation>The fund has not been assessed for %1 yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เกณฑ์</source>
        <translation>Assessment form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประเมิน</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>ผู้ประเมิน</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../src/reports/MemberReports.cpp" line="-84"/>
        <location line="+82"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+20"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="-62"/>
        <source>ที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คะแนนเต็ม</source>
        <translation>Full marks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนนที่ได้</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หลักฐาน / ข้อสังเกต</source>
        <translation>Evidence / remarks</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>คิดเป็นร้อยละ %1  ระดับ %2</source>
        <translation>That is %1 %  Grade %2</translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="-19"/>
        <source>รวม%1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>รหัสบัญชี</source>
        <translation>Account code</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+36"/>
        <source>ชื่อบัญชี</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../src/report/PageFlowCanvas.cpp" line="+29"/>
        <source>ต่อจากหน้าก่อน: %1</source>
        <translation>Continued from the previous page: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/ReportCsv.cpp" line="+48"/>
        <source>ลำดับ</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/ReportCsv.cpp" line="+0"/>
        <source>ข้อความ</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/reports/LedgerReports.cpp" line="-35"/>
        <location filename="../src/reports/LoanReports.cpp" line="-106"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+3"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+1"/>
        <source>จำนวนเงิน (บาท)</source>
        <translation>Amount (baht)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>ต่อหน้าถัดไป อีก %1 รายการ</source>
        <translation>%1 more items on the next page</translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="+10"/>
        <location filename="../src/reports/OtopReports.cpp" line="+87"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-23"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="-10"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่าย</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>รวม / ยอดคงเหลือยกไป</source>
        <translation>Total / balance carried forward</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เดบิต</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เครดิต</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>งบทดลองไม่สมดุล ต่างกัน %1 บาท กรุณาตรวจสอบ</source>
        <translation>The trial balance does not balance: the difference is %1 baht. Please check the entries.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+34"/>
        <source>รายได้</source>
        <translation>Income</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+2"/>
        <source>ค่าใช้จ่าย</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ขาดทุนสุทธิ</source>
        <translation>Net loss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กำไรสุทธิ</source>
        <translation>Net profit</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>สินทรัพย์</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หนี้สิน</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กำไร (ขาดทุน) สุทธิที่ยังไม่ได้จัดสรร</source>
        <translation>Net profit (loss) not yet allocated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ทุน</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รวมหนี้สินและทุน</source>
        <translation>Total Liabilities and Equity</translation>
    </message>
    <message>
        <location filename="../src/reports/LoanReports.cpp" line="-20"/>
        <source>สัญญา %1  %2  เงินกู้ %3 บาท</source>
        <translation>Contract %1  %2  Loan %3 baht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>งวดที่</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กำหนดชำระ</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินต้น</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/reports/MemberReports.cpp" line="-79"/>
        <source>ดอกเบี้ย</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รวมชำระ</source>
        <translation>Total payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>เงินต้นคงเหลือ</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>กำไรสุทธิ %1 บาท จัดสรรตามระเบียบ</source>
        <translation>Net profit %1 baht, allocated by the rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (ร่าง ยังไม่ผ่านรายการ)</source>
        <translation> (draft, not yet posted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการจัดสรร</source>
        <translation>Allocated to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <source>สัญญา</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>ประเภทเงินกู้</source>
        <translation>Loan type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่จ่าย</source>
        <translation>Paid out on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ครบกำหนด</source>
        <translation>Matures on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินกู้</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถึงกำหนดชำระ</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เกินกำหนด (วัน)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+42"/>
        <source>รวม %1 สัญญา</source>
        <translation>Total: %1 contracts</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>เงินต้นของสัญญาที่เกินกำหนด %1 บาท คิดเป็นร้อยละ %2 ของเงินกู้คงเหลือ</source>
        <translation>Principal of contracts past their due date: %1 baht, which is %2 % of loans outstanding.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ตารางผ่อนชำระของแต่ละสัญญา</source>
        <translation>Repayment schedule of each contract</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ยอดที่ถึงกำหนดชำระ</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลยกำหนด (วัน)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>รายการนี้ใช้ติดตามการชำระคืนตามสัญญา เพื่อให้คณะกรรมการช่วยสมาชิกวางแผนชำระ ยอดที่ถึงกำหนดรวมค่าปรับตามระเบียบของกลุ่มแล้ว</source>
        <translation>This list is for following up repayments under the contracts, so that the committee can help members plan their payments. The amounts due include any fines under the group&apos;s rules.</translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+6"/>
        <location filename="../src/reports/LoanReports.cpp" line="+16"/>
        <source>ยังไม่ได้คำนวณการจัดสรรกำไรของปี %1</source>
        <translation>The profit allocation for %1 has not been calculated yet.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../src/reports/MemberReports.cpp" line="-42"/>
        <source> บาท</source>
        <translation> baht</translation>
    </message>
    <message>
        <location filename="../src/reports/LoanReports.cpp" line="+12"/>
        <source>เงินปันผล</source>
        <translation>Dividend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินเฉลี่ยคืน</source>
        <translation>Interest refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลายมือชื่อผู้รับเงิน</source>
        <translation>Recipient&apos;s signature</translation>
    </message>
    <message>
        <location filename="../src/reports/MemberReports.cpp" line="+3"/>
        <source>สมาชิก ณ สิ้นเดือน</source>
        <translation>Members at month end</translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+3"/>
        <location filename="../src/reports/MemberReports.cpp" line="+0"/>
        <source>%1 คน (เข้าใหม่ %2 คน ลาออก %3 คน)</source>
        <translation>%1 (joined: %2, left: %3)</translation>
    </message>
    <message>
        <location filename="../src/reports/MemberReports.cpp" line="+4"/>
        <source>ผู้ชำระเงินในเดือนนี้</source>
        <translation>Members who paid this month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 คน</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสดยกมา</source>
        <translation>Cash brought forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินในเดือน</source>
        <translation>Received in the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่ายเงินในเดือน</source>
        <translation>Paid out in the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสดคงเหลือ</source>
        <translation>Cash balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปล่อยกู้ในเดือน</source>
        <translation>Loans made in the month</translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+1"/>
        <location line="+2"/>
        <location filename="../src/reports/MemberReports.cpp" line="+1"/>
        <location line="+1"/>
        <source>%1 สัญญา %2</source>
        <translation>%1 contracts, %2</translation>
    </message>
    <message>
        <location filename="../src/reports/MemberReports.cpp" line="+0"/>
        <source>เงินกู้คงค้าง ณ สิ้นเดือน</source>
        <translation>Loans outstanding at month end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เงินสัจจะสะสม ณ สิ้นเดือน</source>
        <translation>Sajja savings at month end</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ทุนเรือนหุ้น ณ สิ้นเดือน</source>
        <translation>Share capital at month end</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>สัจจะ</source>
        <translation>Sajja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝาก</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ค่าหุ้น</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต้นเงินกู้</source>
        <translation>Loan principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับ</source>
        <translation>Fines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>รวมทั้งเดือน</source>
        <translation>Month total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>สรุปประจำเดือน</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ช่องว่างคือเดือนที่ยังไม่ได้รับเงินสัจจะ ตัวเลขเป็นเงินสัจจะของเดือนนั้น ไม่ว่าจะรับในเดือนใด</source>
        <translation>A blank means no sajja savings have been received for that month yet. Each figure is the sajja savings for that month, whichever month it was received in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การประชุมวันที่ %1</source>
        <translation>Meeting of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ลายมือชื่อ</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>สมาชิกทั้งหมด %1 คน มาประชุม ........ คน</source>
        <translation>Members: %1 in all. Present at the meeting: ........</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขานุการ / ผู้บันทึก</source>
        <translation>Secretary / minute-taker</translation>
    </message>
    <message>
        <location filename="../src/reports/ReceiptReports.cpp" line="-24"/>
        <source> เดือน%1</source>
        <translation> for %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> สัญญา %1</source>
        <translation>, contract %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> งวดที่ %1</source>
        <translation>, instalment %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ได้รับเงินจาก</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (สมาชิกเลขที่ %2)</source>
        <translation>%1 (member no. %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระโดย</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หักจากเงินสัจจะสะสมของสมาชิก</source>
        <translation>Deduction from the member&apos;s sajja savings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ใบเสร็จนี้ยกเลิกแล้ว</source>
        <translation>This receipt has been cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รวมเป็นเงิน</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ผู้ชำระเงิน</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้รับเงิน (เหรัญญิก)</source>
        <translation>Received by (Treasurer)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ไม่มีใบเสร็จในช่วงวันที่นี้</source>
        <translation>There are no receipts in this date range.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เพิ่ม</source>
        <translation>Increase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลด</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สมาชิกเลขที่</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป็นสมาชิกตั้งแต่</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location filename="../src/reports/ReportCatalog.cpp" line="+34"/>
        <source>ใบเสร็จรับเงิน</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบเสร็จที่ออกในช่วงวันที่ หน้าละหนึ่งใบ พร้อมจำนวนเงินเป็นตัวอักษรและช่องลงชื่อ</source>
        <translation>The receipts issued in the date range, one per page, with the amount in words and spaces to sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการเคลื่อนไหวบัญชีสมาชิก</source>
        <translation>Member account statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการฝาก ถอน และเงินกู้ของสมาชิกทีละคน พร้อมยอดคงเหลือ ใช้แทนสมุดคู่ฝาก</source>
        <translation>Each member&apos;s deposits, withdrawals and loans with the balances, in place of a passbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายงานประจำเดือน</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินที่สมาชิกแต่ละคนส่งในเดือน และสรุปเงินสด เงินกู้ เงินสัจจะ สำหรับรายงานที่ประชุม</source>
        <translation>What each member paid in the month, with a summary of cash, loans and sajja savings, to report to the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทะเบียนเงินสัจจะรายเดือน</source>
        <translation>Monthly sajja register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสัจจะของสมาชิกทุกคนทีละเดือนตลอดปี ช่องว่างคือเดือนที่ยังไม่ได้ส่ง</source>
        <translation>Every member&apos;s sajja savings month by month for the year; a blank is a month not yet paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทะเบียนเงินกู้</source>
        <translation>Loan register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาเงินกู้ที่ยังผ่อนอยู่ ยอดคงเหลือ และตารางผ่อนชำระของแต่ละสัญญา</source>
        <translation>Loan contracts still being repaid, their balances, and the repayment schedule of each contract</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายชื่อติดตามการชำระเงินกู้</source>
        <translation>Loan repayment follow-up list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาที่ถึงกำหนดแล้วยังไม่ได้ชำระ เพื่อให้กรรมการช่วยสมาชิกวางแผนชำระ</source>
        <translation>Contracts with payments due that have not been made yet, so that the committee can help members plan their payments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมุดเงินสด</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการรับจ่ายเงินสดตามลำดับวันที่ พร้อมยอดคงเหลือ</source>
        <translation>Cash received and paid in date order, with the running balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งบทดลอง</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดคงเหลือทุกบัญชี ณ วันที่เลือก ด้านเดบิตต้องเท่ากับด้านเครดิต</source>
        <translation>The balance of every account on the chosen date; the debits must equal the credits</translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+24"/>
        <location filename="../src/reports/ReportCatalog.cpp" line="+2"/>
        <source>งบรายได้และค่าใช้จ่าย</source>
        <translation>Income statement</translation>
    </message>
    <message>
        <location filename="../src/reports/ReportCatalog.cpp" line="+1"/>
        <source>รายได้ ค่าใช้จ่าย และกำไรสุทธิของช่วงวันที่</source>
        <translation>Income, expenses and net profit for the date range</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งบดุล</source>
        <translation>Balance sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สินทรัพย์ หนี้สิน และทุน ณ วันที่เลือก</source>
        <translation>Assets, liabilities and equity on the chosen date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชีรายชื่อรับเงินปันผลและเงินเฉลี่ยคืน</source>
        <translation>Dividend and interest refund payout list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินปันผลและเงินเฉลี่ยคืนของสมาชิกแต่ละคน พร้อมช่องลงชื่อรับเงิน</source>
        <translation>Each member&apos;s dividend and interest refund, with a space to sign on receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชีลงชื่อผู้เข้าประชุม</source>
        <translation>Meeting attendance sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายชื่อสมาชิกพร้อมช่องลงลายมือชื่อ สำหรับวันประชุม</source>
        <translation>The list of members with a space for each to sign, for the meeting day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายงานประจำปีเสนอที่ประชุมใหญ่</source>
        <translation>Annual report to the general meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิก เงินกู้ งบรายได้และค่าใช้จ่าย งบดุล และการจัดสรรกำไรของปี สำหรับการประชุมใหญ่สามัญประจำปี</source>
        <translation>The year&apos;s members, loans, income statement, balance sheet and profit allocation, for the annual general meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รายงานการเงินแยกตามแหล่งเงินทุน</source>
        <translation>Financial report by capital pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินของแต่ละแหล่งเงินทุนและสมุดบัญชีธนาคารของแต่ละบัญชี</source>
        <translation>The money in each capital pool and the bank passbook of each account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชีรายชื่อผู้ขอกู้และผลการพิจารณา</source>
        <translation>Loan applicants and decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คำขอกู้ของแต่ละรอบในปี ผลการพิจารณา และช่องลงชื่อคณะกรรมการเงินกู้</source>
        <translation>The loan applications of each round in the year, the decisions, and spaces for the loan committee to sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แบบประเมินผลกองทุนหมู่บ้าน</source>
        <translation>Village fund assessment form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คะแนนแต่ละตัวชี้วัด คะแนนรวม และระดับของกองทุนในปีที่เลือก</source>
        <translation>The score for each indicator, the total score and the fund&apos;s grade for the chosen year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>สรุปองค์กรการเงินชุมชนรายตำบล</source>
        <translation>Community finance organisations by subdistrict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิก เงินออม เงินกู้คงเหลือ และร้อยละค้างชำระ ขององค์กรทุกแห่ง รวมรายตำบลและทั้งอำเภอ</source>
        <translation>Members, savings, loans outstanding and the percentage in arrears for every organisation, with subdistrict and district totals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน</source>
        <translation>Organisations with missing or out-of-date records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>องค์กรที่ยังไม่มีสมาชิกหรือบัญชี หรือไม่มีรายการใหม่เกิน 60 วัน</source>
        <translation>Organisations with no members or accounts yet, or with no new entries for more than 60 days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ข้อมูลผลิตภัณฑ์ OTOP</source>
        <translation>OTOP product details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต รายละเอียดและรูปผลิตภัณฑ์ ใบรับรองมาตรฐาน ผลการคัดสรรระดับดาว และยอดขายเทียบเป้าหมายของปี หน้าละหนึ่งผลิตภัณฑ์</source>
        <translation>The producer, product details and photos, standard certificates, star ratings, and sales against the year&apos;s target, one product per page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>สรุปผลิตภัณฑ์ OTOP ระดับอำเภอ</source>
        <translation>District OTOP product summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนผลิตภัณฑ์ตามหมวดและระดับดาว สรุปรายตำบล และยอดขายเทียบเป้าหมายของปี</source>
        <translation>Products by category and star rating, a summary by subdistrict, and sales against the year&apos;s targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ใบรับรองมาตรฐานที่ใกล้หมดอายุ</source>
        <translation>Standard certificates about to expire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบรับรองที่จะหมดอายุภายใน 90 วันและที่หมดอายุแล้ว พร้อมเบอร์โทรผู้ผลิต เพื่อแจ้งให้ต่ออายุ</source>
        <translation>Certificates that expire within 90 days or have already expired, with the producers&apos; phone numbers, to remind them to renew</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>แคนวาสแผนธุรกิจชุมชน</source>
        <translation>Community business plan canvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แคนวาส 9 ช่องของแผนธุรกิจชุมชนฉบับที่เลือกบนกระดาษแนวนอนหนึ่งหน้า พร้อมรายได้ ค่าใช้จ่าย และกำไรที่คาดไว้</source>
        <translation>The 9-box canvas of the chosen community business plan version on one landscape page, with the expected revenue, costs and profit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation>Community business plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เอกสารแผนธุรกิจชุมชน: ผลิตภัณฑ์ แคนวาสทีละช่อง ตัวเลขที่คาดไว้เทียบยอดขายและบัญชีของปี การพัฒนาศักยภาพ (KSNB) และความก้าวหน้าสี่ขั้นตอน พร้อมช่องลงชื่อ</source>
        <translation>The community business plan document: products, the canvas box by box, expected figures against the year&apos;s sales and accounts, capacity development (KSNB) and progress through the four stages, with spaces to sign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แผนธุรกิจชุมชนรายอำเภอ</source>
        <translation>District community business plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แผนธุรกิจชุมชนทุกแผนเรียงตามตำบล ฉบับล่าสุด ขั้นตอนที่ทำถึง และกำไรที่คาดไว้</source>
        <translation>All community business plans by subdistrict, with the latest version, the stage reached and the expected profit</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>วันเริ่มต้น (%1) อยู่หลังวันสิ้นสุด (%2) กรุณาแก้ช่วงวันที่</source>
        <translation>The start date (%1) is after the end date (%2). Please correct the date range.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รายงาน &quot;%1&quot; ต้องเลือกแผนธุรกิจชุมชนก่อน</source>
        <translation>The report "%1" needs a community business plan to be chosen first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รายงาน &quot;%1&quot; ต้องเลือกองค์กรก่อน</source>
        <translation>The report &quot;%1&quot; needs an organisation. Please choose one first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายงาน &quot;%1&quot; ใช้กับ%2ไม่ได้ เลือก%3</source>
        <translation>The report &quot;%1&quot; is not available for this kind of organisation (%2). Please choose a %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation>village fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กลุ่มออมทรัพย์หรือกองทุนหมู่บ้าน</source>
        <translation>savings group or village fund</translation>
    </message>
    <message>
        <location filename="../src/reports/ReportContext.cpp" line="-100"/>
        <source>พิมพ์เมื่อ %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>หมู่ที่ %1 %2 ตำบล%3 อำเภอ%4 จังหวัด%5</source>
        <translation>Moo %1 %2, %3 Subdistrict, %4 District, %5 Province</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ไม่พบองค์กรที่เลือกในไฟล์นี้ กรุณาเลือกองค์กรอีกครั้ง</source>
        <translation>The chosen organisation is not in this file. Please choose the organisation again.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>สำนักงานพัฒนาชุมชนอำเภอ%1</source>
        <translation>%1 District Community Development Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อำเภอ%1 จังหวัด%2</source>
        <translation>%1 District, %2 Province</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>เหรัญญิก (ผู้จัดทำ)</source>
        <translation>Treasurer (prepared by)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประธานกรรมการ</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ตรวจสอบ</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../src/reports/ReportSettings.cpp" line="+28"/>
        <source>ไฟล์ %1 ไม่ใช่รูปภาพที่อ่านได้ ใช้ไฟล์ PNG หรือ JPG</source>
        <translation>The file %1 is not a picture that can be read. Use a PNG or JPG file.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>การบันทึกการตั้งค่าการพิมพ์</source>
        <translation>Saving the print settings</translation>
    </message>
    <message>
        <location filename="../src/report/ReportCsv.cpp" line="+0"/>
        <source>ช่อง</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../src/reports/OtopReports.cpp" line="-139"/>
        <source>ยังไม่ได้คัดสรร</source>
        <translation>Not yet selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+31"/>
        <source>%1 ดาว</source>
        <translation>%1 stars</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผลิตภัณฑ์ตามหมวดและระดับดาว (ผลการคัดสรรล่าสุดถึงปี %1)</source>
        <translation>Products by category and star rating (latest selection up to %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมวดผลิตภัณฑ์</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>ยอดขายในปี (บาท)</source>
        <translation>Sales in the year (baht)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ผู้ผลิต (ราย)</source>
        <translation>Producers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+75"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="-62"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>คัดสรรแล้ว</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4–5 ดาว</source>
        <translation>4–5 stars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบรับรองที่ใช้ได้ ณ สิ้นปี</source>
        <translation>Valid certificates at year end</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ยอดขายเทียบเป้าหมายปี %1 (ผลิตภัณฑ์ที่ตั้งเป้าหมายไว้)</source>
        <translation>Sales against targets, %1 (products with a target)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-97"/>
        <location line="+6"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>เป้าหมาย (บาท)</source>
        <translation>Target (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขายได้ (บาท)</source>
        <translation>Sold (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ร้อยละของเป้าหมาย</source>
        <translation>% of target</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รวม %1 ผลิตภัณฑ์ ถึงเป้าหมาย %2 ผลิตภัณฑ์</source>
        <translation>%1 products in total, %2 reached their target</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ผู้ผลิต %1 ราย ผลิตภัณฑ์ %2 รายการ ผ่านการคัดสรรแล้ว %3 รายการ ยอดขายปี %4 รวม %5 บาท</source>
        <translation>%1 producers, %2 products, %3 selected; sales in %4 totalled %5 baht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ระดับดาวคือผลการคัดสรรครั้งล่าสุดของแต่ละผลิตภัณฑ์ในปีนี้หรือก่อนหน้า ร้อยละของเป้าหมายปัดครึ่งขึ้นเป็นทศนิยมหนึ่งตำแหน่ง</source>
        <translation>The star rating is each product&apos;s latest selection result in this year or before. The percentage of target is rounded half up to one decimal place.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>หมดแล้ว %1 วัน</source>
        <translation>Expired %1 days ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมดอายุวันนี้</source>
        <translation>Expires today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหลือ %1 วัน</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+60"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ออก</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+1"/>
        <source>วันหมดอายุ</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เหลือ (วัน)</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ใบรับรองที่จะหมดอายุภายใน %1 วัน (ถึงวันที่ %2) %3 ใบ และที่หมดอายุแล้ว %4 ใบ ควรแจ้งผู้ผลิตให้ยื่นต่ออายุ</source>
        <translation>%3 certificates expire within %1 days (by %2) and %4 have already expired. The producers should be reminded to apply for renewal.</translation>
    </message>
    <message>
        <location filename="../src/reports/PlanContext.cpp" line="+24"/>
        <source>ฉบับที่ %1 ลงวันที่ %2</source>
        <translation>Version %1 dated %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบแผนธุรกิจชุมชนที่เลือกในไฟล์นี้ กรุณาเลือกแผนอีกครั้ง</source>
        <translation>The chosen community business plan is not in this file. Please choose the plan again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไม่พบฉบับที่เลือกของแผน &quot;%1&quot; กรุณาเลือกฉบับของแผนนี้</source>
        <translation>The chosen version of the plan &quot;%1&quot; was not found. Please choose a version of this plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/reports/PlanReports.cpp" line="-46"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="-11"/>
        <location filename="../src/reports/PlanReports.cpp" line="+59"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อแผน</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/PlanReports.cpp" line="-12"/>
        <source>ฉบับ</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมายเหตุฉบับ</source>
        <translation>Version notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่ได้เลือก</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ช่อง %1 %2</source>
        <translation>Box %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เชื่อมกับ</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+50"/>
        <source>ยังไม่มีรายการ</source>
        <translation>No items yet</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>ตัวเลขที่คาดไว้เทียบกับที่เกิดขึ้นจริงปี %1</source>
        <translation>Expected figures against actual figures, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตามแผน (บาท)</source>
        <translation>Planned (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขาย OTOP (บาท)</source>
        <translation>OTOP sales (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตามบัญชี (บาท)</source>
        <translation>From the accounts (baht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่ได้ทำบัญชี</source>
        <translation>No accounts kept</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กำไร</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  ยอดขาย %1 (%2 หน่วย)</source>
        <translation>  Sales of %1 (%2 units)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>การพัฒนาศักยภาพ (KSNB)</source>
        <translation>Capacity development (KSNB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ด้าน</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หัวข้อ</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กิจกรรม</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>เริ่ม</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>สิ้นสุด</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+61"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ความก้าวหน้าสี่ขั้นตอน</source>
        <translation>Progress through the four stages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ขั้นตอน</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เสร็จ</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ไฟล์แนบ</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/reports/PlanReports.cpp" line="+16"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ประธานกลุ่ม</source>
        <translation>Group chair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>พัฒนากรผู้รับผิดชอบ</source>
        <translation>Community development officer in charge</translation>
    </message>
    <message>
        <location filename="../src/reports/PlanReports.cpp" line="-69"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-81"/>
        <source>%1 บาท</source>
        <translation>%1 baht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>รายได้ที่คาดไว้</source>
        <translation>Expected revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าใช้จ่ายที่คาดไว้</source>
        <translation>Expected costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำไรที่คาดไว้</source>
        <translation>Expected profit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>แผน</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขั้นตอนปัจจุบัน</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ขั้นที่ %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำไรที่คาดไว้ (บาท)</source>
        <translation>Expected profit (baht)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ครบทั้งสี่ขั้นตอน</source>
        <translation>All four stages complete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>รวม %1 แผน</source>
        <translation>%1 plans in total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ขั้นที่ %1 %2</source>
        <translation>Stage %1 %2</translation>
    </message>
    <message>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+19"/>
        <source> สมาชิก %1 คน</source>
        <translation> %1 members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ที่ตั้ง</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผู้ติดต่อ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> โทร. </source>
        <translation> Tel. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ลงทะเบียนเมื่อ %2</source>
        <translation>%1, registered on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ทะเบียนผู้ผลิต</source>
        <translation>Producer registration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ตราสินค้า</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (กลุ่มย่อย %1)</source>
        <translation> (subgroup %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมวด</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ราคา</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ต่อ%2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำลังการผลิต</source>
        <translation>Production capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 ต่อเดือน</source>
        <translation>%1 %2 per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุดิบ</source>
        <translation>Raw materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรจุภัณฑ์</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>รายละเอียด</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เรื่องราว ภูมิปัญญา</source>
        <translation>Story and local wisdom</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>ใช้ได้</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>จะหมดอายุในอีก %1 วัน</source>
        <translation>Expires in %1 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมดอายุแล้ว</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ใบรับรองมาตรฐาน</source>
        <translation>Standard certificates</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ไม่มีกำหนด</source>
        <translation>No expiry</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ผลการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP Product Champion)</source>
        <translation>OTOP Product Champion selection results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปี (พ.ศ.)</source>
        <translation>Year (B.E.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 1</source>
        <translation>Part 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่วนที่ 2</source>
        <translation>Part 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 3</source>
        <translation>Part 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตรา OTOP</source>
        <translation>OTOP mark</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ม.ค.–%1 %2 บาท (%3 %4)</source>
        <translation>Jan–%1: %2 baht (%3 %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · เป้าหมายทั้งปี %1 บาท ขายได้ %2</source>
        <translation> · Target for the year %1 baht, sold %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ยังไม่ได้ตั้งเป้าหมาย</source>
        <translation> · No target set yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขายปี %1</source>
        <translation>Sales in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่องทางขาย</source>
        <translation>Sales channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังไม่มียอดขาย</source>
        <translation>No sales yet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ไม่พบผลิตภัณฑ์ที่เลือกในไฟล์นี้ กรุณาเลือกผลิตภัณฑ์อีกครั้ง</source>
        <translation>The chosen product is not in this file. Please choose the product again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ยังไม่มีผลิตภัณฑ์ OTOP ที่ลงทะเบียนไว้</source>
        <translation>No OTOP products have been registered yet.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="+29"/>
        <source>กลุ่มออมทรัพย์และกองทุนหมู่บ้าน</source>
        <translation>Savings groups and village funds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation>Village funds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สำนักงานอำเภอ</source>
        <translation>District office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation>Community business plans</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPreview.cpp" line="+22"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>RoundDialogs</name>
    <message>
        <location filename="../ui/funds/RoundDialogs.cpp" line="+32"/>
        <source>รอบที่ %1 %2
ผู้ขอกู้: %3 %4  ขอกู้ %5 บาท</source>
        <translation>Round %1 %2
Applicant: %3 %4  Applied for %5 baht</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../ui/savings/RulesTab.cpp" line="+31"/>
        <source>&lt;b&gt;เริ่มใช้ %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;In force from %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หุ้นละ %1 บาท ส่งเดือนละ %2–%3 หุ้น ค่าธรรมเนียมแรกเข้า %4 บาท</source>
        <translation>Shares of %1 baht, %2–%3 shares a month; entrance fee %4 baht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>วันสัจจะ: วันที่ %1 ของทุกเดือน; %2</source>
        <translation>Sajja day: day %1 of every month; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับเงินฝากเพิ่มเติม</source>
        <translation>extra deposits accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ไม่รับเงินฝาก</source>
        <translation>no deposits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งสัจจะช้า: %1; ส่งงวดเงินกู้ช้า: %2</source>
        <translation>Late sajja payment: %1; late loan instalment: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จัดสรรกำไร: %1</source>
        <translation>Profit allocation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปันผลคิดถัวเฉลี่ยรายเดือน</source>
        <translation>Dividend on the average monthly balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปันผลคิดจากยอดคงเหลือสิ้นปี</source>
        <translation>Dividend on the year-end balance</translation>
    </message>
</context>
<context>
    <name>Savings</name>
    <message>
        <location filename="../src/savings/MeetingRepository.cpp" line="+34"/>
        <source>การบันทึกการประชุมประจำเดือน</source>
        <translation>saving the monthly meeting</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanService.cpp" line="+43"/>
        <source>ผู้กู้ต้องเป็นสมาชิกของกลุ่มนี้</source>
        <translation>The borrower must be a member of this group.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้กู้ต้องเป็นสมาชิกอยู่ในวันที่ยื่นคำขอกู้</source>
        <translation>The borrower must be a member on the date of the loan application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาเลือกประเภทเงินกู้ที่กลุ่มเปิดให้กู้อยู่</source>
        <translation>Please choose a loan type that the group currently offers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/savings/MeetingPosting.cpp" line="+88"/>
        <location filename="../src/savings/MemberService.cpp" line="+29"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 กรุณาบันทึกระเบียบกลุ่มก่อน</source>
        <translation>No group rules are in force on %1 yet. Please record the group&apos;s rules first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>สัญญาเดิมที่จะปรับโครงสร้างต้องเป็นสัญญาที่ยังผ่อนอยู่ของผู้กู้คนเดียวกัน</source>
        <translation>The contract to be restructured must be a loan of the same borrower that is still being repaid.</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanReplacement.cpp" line="+27"/>
        <location filename="../src/savings/LoanService.cpp" line="+67"/>
        <location filename="../src/savings/RepaymentService.cpp" line="+17"/>
        <source>ไม่พบสัญญาเงินกู้นี้ในไฟล์</source>
        <translation>This loan contract is not in the file.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ต่อสัญญาได้เมื่อชำระดอกเบี้ยและค่าปรับ %1 บาทของสัญญาเดิมแล้ว หรือเลือกปรับโครงสร้างหนี้</source>
        <translation>A contract can be renewed once the %1 baht of interest and fines on the old contract is paid; otherwise choose restructuring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยอดเงินกู้สัญญาใหม่ต้องไม่น้อยกว่า %1 บาท</source>
        <translation>The new contract must be for at least %1 baht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> สัญญาเดิมเลขที่ %1</source>
        <translation>, old contract no. %1</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanService.cpp" line="-63"/>
        <source>กองทุนหมู่บ้านให้กู้จากแหล่งเงินทุนที่ระบุ กรุณารับคำขอกู้ในแท็บรอบการให้กู้</source>
        <translation>A village fund lends from a named capital pool. Please take the application on the Loan rounds tab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาเลือกแหล่งเงินทุนของกองทุนนี้</source>
        <translation>Please choose a capital pool of this fund.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>คำขอกู้นี้อยู่ในรอบการให้กู้ กรุณาบันทึกมติและจ่ายเงินที่แท็บรอบการให้กู้</source>
        <translation>This application belongs to a loan round. Please record the decision and pay it on the Loan rounds tab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เงินกู้นี้อยู่ในสถานะ &quot;%1&quot; จึง%2ไม่ได้</source>
        <translation>Cannot %2: this loan&apos;s status is &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>อนุมัติ</source>
        <translation>approve the loan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>วันประชุมคณะกรรมการเงินกู้ต้องไม่ก่อนวันที่ยื่นคำขอกู้</source>
        <translation>The loan committee meeting cannot be before the date of the application.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>ยอดอนุมัติต้องมากกว่าศูนย์ และไม่เกินยอดที่ขอกู้</source>
        <translation>The approved amount must be more than zero and no more than the amount applied for.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>บันทึกไม่อนุมัติ</source>
        <translation>record that the loan is not approved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาใส่เหตุผลที่ไม่อนุมัติ เพื่อแจ้งผู้ขอกู้</source>
        <translation>Please give the reason for not approving, so the applicant can be told.</translation>
    </message>
    <message>
        <location filename="../src/savings/StoredDecimal.cpp" line="+25"/>
        <source>ตัวเลข %1 ต้องไม่ติดลบ และมีทศนิยมไม่เกิน %2 ตำแหน่ง</source>
        <translation>The number %1 must not be negative and may have at most %2 decimal places.</translation>
    </message>
    <message>
        <location filename="../src/savings/MeetingDues.cpp" line="+28"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในเดือน %1 กรุณาบันทึกระเบียบกลุ่มก่อน</source>
        <translation>No group rules are in force for %1 yet. Please record the group&apos;s rules first.</translation>
    </message>
    <message>
        <location filename="../src/savings/BeneficiaryRepository.cpp" line="+27"/>
        <source>กรุณาใส่ชื่อผู้รับประโยชน์คนที่ %1</source>
        <translation>Please enter the name of beneficiary %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ส่วนแบ่งของผู้รับประโยชน์คนที่ %1 ต้องมากกว่า 0 และมีทศนิยมไม่เกิน %2 ตำแหน่ง</source>
        <translation>The share of beneficiary %1 must be more than 0, with at most %2 decimal places.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ส่วนแบ่งของผู้รับประโยชน์รวมกันได้ร้อยละ %1 ต้องรวมกันได้ร้อยละ 100 พอดี</source>
        <translation>The beneficiaries&apos; shares add up to %1 %; they must add up to exactly 100 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>การอ่านผู้รับประโยชน์</source>
        <translation>reading the beneficiaries</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/savings/MemberService.cpp" line="+61"/>
        <location filename="../src/savings/PledgeRepository.cpp" line="+73"/>
        <source>ไม่พบสมาชิกนี้ในไฟล์</source>
        <translation>This member is not in the file.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+31"/>
        <source>การบันทึกผู้รับประโยชน์</source>
        <translation>saving the beneficiaries</translation>
    </message>
    <message>
        <location filename="../src/savings/FineRule.cpp" line="+32"/>
        <source>ไม่มีค่าปรับ</source>
        <translation>No fine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปรับ %1 บาท</source>
        <translation>Fine of %1 baht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปรับร้อยละ %1 ของยอดค้าง</source>
        <translation>Fine of %1 % of the amount overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ค่าปรับแบบจำนวนคงที่ต้องมากกว่าศูนย์</source>
        <translation>A fixed fine must be more than zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าปรับแบบร้อยละต้องมากกว่า 0 และไม่เกิน 100</source>
        <translation>A percentage fine must be more than 0 and at most 100.</translation>
    </message>
    <message>
        <location filename="../src/savings/GroupRules.cpp" line="+37"/>
        <source>กรุณาใส่วันที่เริ่มใช้ระเบียบ</source>
        <translation>Please enter the date the rules take effect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มูลค่าหุ้นต้องมากกว่าศูนย์</source>
        <translation>The value of a share must be more than zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนหุ้นขั้นต่ำต่อเดือนต้องอย่างน้อย 1 หุ้น</source>
        <translation>The minimum number of shares a month must be at least 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนหุ้นสูงสุดต่อเดือนต้องไม่น้อยกว่าจำนวนขั้นต่ำ</source>
        <translation>The maximum number of shares a month cannot be less than the minimum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าธรรมเนียมแรกเข้าต้องไม่ติดลบ</source>
        <translation>The entrance fee cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันสัจจะต้องอยู่ระหว่างวันที่ 1 ถึง 28 ของเดือน</source>
        <translation>The sajja day (monthly collection day) must be between the 1st and the 28th of the month.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>จำนวนครั้งที่ผิดสัจจะติดกันต้องอย่างน้อย 1 ครั้ง</source>
        <translation>The number of missed sajja payments in a row must be at least 1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ส่งสัจจะได้เดือนละ %1 ถึง %2 หุ้น (หุ้นละ %3 บาท)</source>
        <translation>The monthly sajja pledge must be %1 to %2 shares (%3 baht a share).</translation>
    </message>
    <message>
        <location filename="../src/savings/GroupRulesRepository.cpp" line="+89"/>
        <source>ร้อยละต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง</source>
        <translation>A percentage may have at most %1 decimal places.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>การอ่านระเบียบกลุ่ม</source>
        <translation>reading the group rules</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/savings/LoanProductRepository.cpp" line="+96"/>
        <source>ไม่พบองค์กรนี้ในไฟล์</source>
        <translation>This organisation is not in the file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>มีระเบียบที่เริ่มใช้วันนี้อยู่แล้ว ระเบียบที่บันทึกแล้วแก้ไขไม่ได้ กรุณาเลือกวันเริ่มใช้วันอื่น</source>
        <translation>There are already rules taking effect on this date. Saved rules cannot be changed; please choose another date for the new rules to take effect.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>การบันทึกระเบียบกลุ่ม</source>
        <translation>saving the group rules</translation>
    </message>
    <message>
        <location filename="../src/savings/GuarantorRules.cpp" line="+22"/>
        <source>ผู้กู้ค้ำประกันเงินกู้ของตนเองไม่ได้</source>
        <translation>Borrowers cannot guarantee their own loan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 เป็นคู่สมรสของผู้กู้ จึงค้ำประกันไม่ได้</source>
        <translation>%1 is the borrower&apos;s spouse, so cannot be a guarantor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ไม่ได้เป็นสมาชิกอยู่ จึงค้ำประกันไม่ได้</source>
        <translation>%1 is not a current member, so cannot be a guarantor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ค้ำประกันอยู่แล้ว %2 สัญญา ซึ่งครบจำนวนที่ระเบียบกำหนด</source>
        <translation>%1 already guarantees %2 loans, the most the rules allow.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ค้ำประกันเงินกู้คงค้างอยู่ %2 บาท รวมสัญญานี้จะเกินวงเงิน %3 บาท</source>
        <translation>%1 already guarantees %2 baht of unpaid loans; with this loan that would be over the limit of %3 baht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/savings/LoanEligibility.cpp" line="+36"/>
        <source>เงินกู้เกิน %1 บาท ต้องมีผู้ค้ำประกัน %2 คน (ระบุมา %3 คน)</source>
        <translation>A loan over %1 baht needs %2 guarantors (%3 given).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ระบุ %1 เป็นผู้ค้ำประกันซ้ำ</source>
        <translation>%1 is listed as a guarantor more than once.</translation>
    </message>
    <message>
        <location filename="../src/savings/Loan.cpp" line="+49"/>
        <source>ต่อสัญญา</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปรับโครงสร้างหนี้</source>
        <translation>Restructuring</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ยื่นคำขอกู้</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อนุมัติแล้ว รอจ่ายเงิน</source>
        <translation>Approved, awaiting payout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่อนุมัติ</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระหว่างผ่อนชำระ</source>
        <translation>Being repaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระครบแล้ว</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanChecks.cpp" line="+42"/>
        <source>ผู้ค้ำประกันต้องเป็นสมาชิกของกลุ่มนี้</source>
        <translation>Guarantors must be members of this group.</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanDisbursement.cpp" line="+34"/>
        <source>วันที่จ่ายเงินกู้ต้องไม่ก่อนวันที่อนุมัติ</source>
        <translation>The loan cannot be paid out before the date it was approved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กรุณาระบุสิ่งของที่จ่ายเป็นเงินกู้ เช่น ปุ๋ย 10 กระสอบ</source>
        <translation>Please describe the goods lent, e.g. 10 sacks of fertiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ผู้กู้ต้องเป็นสมาชิกอยู่ในวันที่จ่ายเงินกู้</source>
        <translation>The borrower must be a member on the payout date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่จ่ายเงินกู้</source>
        <translation>No group rules are in force on the payout date yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>สัญญาเดิมที่จะปิดต้องเป็นสัญญาที่ยังผ่อนอยู่ของผู้กู้คนเดียวกัน</source>
        <translation>The old contract to be closed must be a loan of the same borrower that is still being repaid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ต่อสัญญาได้เมื่อชำระดอกเบี้ยและค่าปรับของสัญญาเดิม (%1) ครบแล้ว วันที่ %2 ยังค้างอยู่ %3 บาท</source>
        <translation>A loan can be renewed only once the interest and fines on the old contract (%1) are fully paid. On %2, %3 baht is still owed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยอดเงินกู้สัญญาใหม่ %1 บาท น้อยกว่ายอดที่ต้องปิดสัญญาเดิม (%2) %3 บาท</source>
        <translation>The new loan of %1 baht is less than the %3 baht needed to settle the old contract (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>แหล่งเงิน &quot;%1&quot; มีเงินคงเหลือ %2 บาท ณ วันที่ %3 ไม่พอจ่ายเงินกู้ %4 บาท</source>
        <translation>The pool &quot;%1&quot; holds %2 baht on %3, not enough to pay out a loan of %4 baht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: สัญญาเลขที่ %2 ปิดสัญญาเดิมเลขที่ %3 %4</source>
        <translation>%1: contract no. %2 settles old contract no. %3 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จ่ายเงินกู้เป็นสิ่งของ (%1) สัญญาเลขที่ %2 %3</source>
        <translation>Loan paid out in goods (%1), contract no. %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่ายเงินกู้สัญญาเลขที่ %1 %2</source>
        <translation>Loan paid out, contract no. %1 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>จ่ายเงินกู้</source>
        <translation>pay out the loan</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanEligibility.cpp" line="-17"/>
        <source>จำนวนเงินกู้ต้องมากกว่าศูนย์</source>
        <translation>The loan amount must be more than zero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กู้%1ได้ไม่เกิน %2 บาท (เงินสัจจะ %3 บาท วงเงินสูงสุด %4 บาท)</source>
        <translation>%1: at most %2 baht can be borrowed (sajja savings %3 baht, limit %4 baht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ระยะเวลากู้%1ต้องอยู่ระหว่าง 1 ถึง %2 เดือน</source>
        <translation>%1: the loan term must be 1 to %2 months.</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanProduct.cpp" line="+20"/>
        <source>กรุณาใส่ชื่อประเภทเงินกู้</source>
        <translation>Please enter the name of the loan type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนเท่าของเงินสัจจะต้องไม่ติดลบ</source>
        <translation>The multiple of sajja savings cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้สูงสุดต้องมากกว่าศูนย์</source>
        <translation>The maximum loan amount must be more than zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ระยะเวลากู้สูงสุดต้องอยู่ระหว่าง 1 ถึง %1 เดือน</source>
        <translation>The longest loan term must be 1 to %1 months.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อัตราดอกเบี้ยต้องอยู่ระหว่างร้อยละ 0 ถึง 100</source>
        <translation>The interest rate must be from 0 % to 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินที่ต้องมีผู้ค้ำประกันต้องไม่ติดลบ</source>
        <translation>The amount above which guarantors are needed cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนผู้ค้ำประกันต้องอยู่ระหว่าง 0 ถึง 5 คน</source>
        <translation>The number of guarantors must be from 0 to 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิกหนึ่งคนต้องค้ำประกันได้อย่างน้อย 1 สัญญา</source>
        <translation>Each member must be allowed to guarantee at least 1 loan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินค้ำประกันสูงสุดต้องไม่ติดลบ</source>
        <translation>The most a member may guarantee cannot be negative.</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanProductRepository.cpp" line="-35"/>
        <source>การอ่านประเภทเงินกู้</source>
        <translation>reading the loan types</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>อัตราดอกเบี้ยต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง</source>
        <translation>The interest rate may have at most %1 decimal places.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จำนวนเท่าของเงินสัจจะต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง</source>
        <translation>The multiple of sajja savings may have at most %1 decimal places.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>มีประเภทเงินกู้ชื่อ %1 อยู่แล้ว</source>
        <translation>There is already a loan type named %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>การบันทึกประเภทเงินกู้</source>
        <translation>saving the loan type</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanRepository.cpp" line="+31"/>
        <source>การอ่านสัญญาเงินกู้</source>
        <translation>reading the loan contracts</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+30"/>
        <location line="+12"/>
        <source>การอ่านตารางผ่อนชำระ</source>
        <translation>reading the repayment schedule</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>การอ่านการค้ำประกัน</source>
        <translation>reading the guarantees</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>การบันทึกคำขอกู้</source>
        <translation>saving the loan application</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การบันทึกผู้ค้ำประกัน</source>
        <translation>saving the guarantors</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>การบันทึกผลการพิจารณาเงินกู้</source>
        <translation>saving the loan decision</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>การบันทึกสัญญาเงินกู้</source>
        <translation>saving the loan contract</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การบันทึกตารางผ่อนชำระ</source>
        <translation>saving the repayment schedule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การปิดสัญญาเงินกู้</source>
        <translation>closing the loan contract</translation>
    </message>
    <message>
        <location filename="../src/savings/MeetingPosting.cpp" line="-48"/>
        <source>สมาชิกเลขทะเบียน %1: %2</source>
        <translation>Member no. %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยอด%1ติดลบ (%2 บาท)</source>
        <translation>%1 is negative (%2 baht).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผู้ชำระรายหนึ่งไม่ได้เป็นสมาชิกของกลุ่มในวันประชุม</source>
        <translation>One of the payers was not a member of the group on the day of the meeting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>มียอดชำระซ้ำสองแถว</source>
        <translation>The payment is entered twice (on two rows).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินสัจจะ</source>
        <translation>Sajja savings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/savings/Receipt.cpp" line="+48"/>
        <source>เงินฝาก</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับผิดสัจจะ</source>
        <translation>Fine for a missed sajja payment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระเบียบกลุ่มไม่ได้เปิดรับเงินฝาก</source>
        <translation>The group&apos;s rules do not allow deposits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชำระเงินกู้</source>
        <translation>Loan repayment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>สัญญาเงินกู้ที่ชำระไม่ใช่ของสมาชิกนี้ หรือระบุซ้ำ</source>
        <translation>The loan being repaid is not this member&apos;s, or it is entered twice.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>บันทึกการประชุมเดือน%1 ไปแล้วเมื่อวันที่ %2 จึงบันทึกซ้ำไม่ได้ ผู้ที่มาชำระภายหลังให้ออกใบเสร็จแยกรายคน</source>
        <translation>The meeting for %1 was already recorded on %2, so it cannot be recorded again. For members who pay later, issue a separate receipt to each.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ยังไม่มียอดชำระของสมาชิกคนใดในการประชุมนี้</source>
        <translation>No member payments have been entered for this meeting yet.</translation>
    </message>
    <message>
        <location filename="../src/savings/MemberLeave.cpp" line="+79"/>
        <source>สมาชิกยังมีเงินกู้ค้างชำระ (สัญญาเลขที่ %1) เงินต้นคงเหลือ %2 บาท จึงลาออกไม่ได้ กรุณาชำระให้ครบก่อน หรือเลือกหักกลบหนี้กับเงินสัจจะสะสม</source>
        <translation>The member still owes on a loan (contract no. %1), with %2 baht of principal left, so cannot leave yet. Please repay it in full first, or choose to offset the debt against the sajja savings.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เงินสัจจะสะสม %1 บาท ไม่พอหักชำระหนี้เงินกู้ %2 บาท (ขาดอีก %3 บาท) กรุณาชำระส่วนที่ขาดเป็นเงินสดก่อนลาออก</source>
        <translation>The sajja savings of %1 baht are not enough to pay off the loan debt of %2 baht (%3 baht short). Please pay the difference in cash before leaving.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>จ่ายคืนเงินสัจจะและเงินฝากแก่สมาชิกที่ลาออก %1</source>
        <translation>Sajja savings and deposits paid back to leaving member %1</translation>
    </message>
    <message>
        <location filename="../src/savings/MemberService.cpp" line="+3"/>
        <source>สมาชิกเลขทะเบียน %1 ไม่ได้เป็นสมาชิกอยู่ในวันที่ %2</source>
        <translation>Member no. %1 was not a member on %2.</translation>
    </message>
    <message>
        <location filename="../src/savings/PledgeRepository.cpp" line="-37"/>
        <location line="+18"/>
        <source>การอ่านสัจจะของสมาชิก</source>
        <translation>reading the members&apos; sajja pledges</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>จำนวนหุ้นที่ส่งสัจจะต้องอย่างน้อย 1 หุ้น</source>
        <translation>The sajja pledge must be at least 1 share.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่เริ่มส่งสัจจะ</source>
        <translation>Please enter the date the sajja pledge starts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>วันที่เริ่มส่งสัจจะต้องไม่ก่อนวันที่เข้าเป็นสมาชิก</source>
        <translation>The sajja pledge cannot start before the date of joining.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>การบันทึกสัจจะของสมาชิก</source>
        <translation>saving the member&apos;s sajja pledge</translation>
    </message>
    <message>
        <location filename="../src/savings/Receipt.cpp" line="-2"/>
        <source>เงินสัจจะสะสม</source>
        <translation>Sajja savings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค่าธรรมเนียมแรกเข้า</source>
        <translation>Entrance fee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้น</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ดอกเบี้ย</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าปรับ</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าหุ้น</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าธรรมเนียมสัญญาเงินกู้</source>
        <translation>Loan contract fee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินประกันความเสี่ยง</source>
        <translation>Risk fund</translation>
    </message>
    <message>
        <location filename="../src/savings/ReceiptPosting.cpp" line="+54"/>
        <source>ใบเสร็จต้องมีรายการรับเงินอย่างน้อยหนึ่งรายการ</source>
        <translation>A receipt needs at least one line.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รายการ%1 จำนวน %2 บาท ต้องมากกว่าศูนย์</source>
        <translation>The &quot;%1&quot; line (%2 baht) must be more than zero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ไม่พบสัญญาเงินกู้ของรายการรับชำระนี้</source>
        <translation>The loan contract for this payment was not found.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>ใบเสร็จรับเงินเลขที่ %1 %2</source>
        <translation>Receipt no. %1 %2</translation>
    </message>
    <message>
        <location filename="../src/savings/ReceiptRepository.cpp" line="+91"/>
        <location line="+11"/>
        <source>การบันทึกใบเสร็จรับเงิน</source>
        <translation>saving the receipt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การอ่านใบเสร็จรับเงิน</source>
        <translation>reading the receipts</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>การอ่านการชำระเงินกู้</source>
        <translation>reading the loan repayments</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>การอ่านเงินสัจจะ</source>
        <translation>reading the sajja savings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>การอ่านค่าปรับผิดสัจจะ</source>
        <translation>reading the fines for missed sajja payments</translation>
    </message>
    <message>
        <location filename="../src/savings/RepaymentPlanner.cpp" line="+45"/>
        <source>สัญญาเงินกู้นี้%1 จึงรับชำระไม่ได้</source>
        <translation>This loan&apos;s status is &quot;%1&quot;, so no payment can be taken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>วันที่ชำระต้องไม่ก่อนวันที่จ่ายเงินกู้สัญญาเลขที่ %1 (%2)</source>
        <translation>The payment date cannot be before contract no. %1 was paid out (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยอดชำระเงินกู้สัญญาเลขที่ %1 ต้องมากกว่าศูนย์ (ได้ %2 บาท)</source>
        <translation>The payment on contract no. %1 must be more than zero (entered: %2 baht).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยอดชำระ %1 บาท เกินยอดปิดสัญญาเลขที่ %2 ณ วันที่ %3 ซึ่งเท่ากับ %4 บาท (เงินต้นคงเหลือ ดอกเบี้ยถึงวันนี้ และค่าปรับ) จึงไม่ได้บันทึก กรุณาแก้ยอดชำระ</source>
        <translation>The payment of %1 baht is more than the %4 baht that settles contract no. %2 on %3 (principal left, interest to date and fines), so it was not recorded. Please correct the payment.</translation>
    </message>
    <message>
        <location filename="../src/savings/SpouseRepository.cpp" line="+32"/>
        <source>บุคคลเป็นคู่สมรสของตนเองไม่ได้</source>
        <translation>A person cannot be their own spouse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>การบันทึกคู่สมรส</source>
        <translation>saving the spouse</translation>
    </message>
    <message>
        <location filename="../src/savings/AllocationRunRepository.cpp" line="+103"/>
        <source>การอ่านการจัดสรรกำไรสุทธิ</source>
        <translation>reading the net profit allocation</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>การบันทึกร่างการจัดสรรกำไรสุทธิ</source>
        <translation>saving the draft net profit allocation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>การลบร่างการจัดสรรกำไรสุทธิ</source>
        <translation>deleting the draft net profit allocation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การผ่านรายการจัดสรรกำไรสุทธิ</source>
        <translation>posting the net profit allocation</translation>
    </message>
    <message>
        <location filename="../src/savings/YearEndLedger.cpp" line="+38"/>
        <source>การอ่านยอดสมาชิกประจำปี</source>
        <translation>reading the members&apos; totals for the year</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การอ่านเงินสัจจะรายเดือน</source>
        <translation>reading the monthly sajja savings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>การอ่านเงินสัจจะยกมา</source>
        <translation>reading the sajja savings brought forward</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>การอ่านรายได้และค่าใช้จ่าย</source>
        <translation>reading the income and expenses</translation>
    </message>
    <message>
        <location filename="../src/savings/YearEndPosting.cpp" line="+55"/>
        <source>ปิดบัญชีรายได้และค่าใช้จ่ายปี %1 เข้ากำไรสุทธิรอการจัดสรร</source>
        <translation>Income and expenses for %1 closed to net profit awaiting allocation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>จัดสรรกำไรสุทธิปี %1 ตามมติที่ประชุม</source>
        <translation>Net profit for %1 allocated as resolved by the meeting</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>จ่ายเงินปันผลและเฉลี่ยคืนปี %1</source>
        <translation>Dividends and interest refunds for %1 paid out</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เข้าเงินสัจจะสะสม</source>
        <translation>Added to sajja savings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จ่ายเงินสด</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <location filename="../src/savings/YearEndService.cpp" line="+34"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 จึงจัดสรรกำไรสุทธิไม่ได้ กรุณาบันทึกระเบียบกลุ่มก่อน</source>
        <translation>No group rules are in force on %1, so the net profit cannot be allocated. Please record the group&apos;s rules first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การจัดสรรกำไรสุทธิปี %1 ผ่านรายการไปแล้วเมื่อวันที่ %2 จึง%3ไม่ได้ หากต้องแก้ไข ให้บันทึกรายการปรับปรุงในปีถัดไป</source>
        <translation>The net profit allocation for %1 was posted on %2, so you cannot %3. To correct it, record an adjusting entry in the following year.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ไม่พบร่างการจัดสรรกำไรสุทธินี้ อาจมีการคำนวณร่างใหม่แทนแล้ว กรุณาเปิดร่างล่าสุดแล้วตรวจสอบอีกครั้ง</source>
        <translation>This draft net profit allocation was not found; a new draft may have replaced it. Please open the latest draft and check it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ผ่านรายการซ้ำ</source>
        <translation>post it again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาใส่วันที่ที่ประชุมอนุมัติการจัดสรรกำไรสุทธิ</source>
        <translation>Please enter the date the meeting approved the net profit allocation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ %1 อยู่ก่อนวันสิ้นปีบัญชี %2 กรุณาใช้วันที่ที่ประชุมอนุมัติการจัดสรร ซึ่งต้องไม่ก่อนวันสิ้นปี</source>
        <translation>%1 is before the end of the accounting year (%2). Please use the date the meeting approved the allocation, which cannot be before the year end.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>กำไรสุทธิปี %1 ในบัญชีขณะนี้ %2 บาท ไม่ตรงกับร่างการจัดสรร (%3 บาท) เพราะมีการบันทึกรายการหลังทำร่าง กรุณาคำนวณร่างใหม่ก่อนผ่านรายการ</source>
        <translation>The net profit for %1 in the books is now %2 baht, which does not match the draft allocation (%3 baht) because entries were recorded after the draft was made. Please recalculate the draft before posting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>เงินสัจจะหรือดอกเบี้ยของสมาชิกปี %1 ในบัญชีเปลี่ยนไปหลังทำร่างการจัดสรร กรุณาคำนวณร่างใหม่ก่อนผ่านรายการ</source>
        <translation>The members&apos; sajja savings or interest for %1 in the books have changed since the draft allocation was made. Please recalculate the draft before posting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยอดในร่างการจัดสรรปี %1 รวมกันไม่ตรงกับกำไรสุทธิ กรุณาคำนวณร่างใหม่</source>
        <translation>The amounts in the draft allocation for %1 do not add up to the net profit. Please recalculate the draft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>มีการเลือกวิธีรับเงินให้ผู้ที่ไม่อยู่ในรายการจัดสรรปี %1</source>
        <translation>A payout method was chosen for someone who is not in the allocation for %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>สมาชิกเลขทะเบียน %1 ไม่ได้เป็นสมาชิกแล้วในวันที่ %2 จึงโอนเงินปันผลเข้าเงินสัจจะไม่ได้ กรุณาเลือกจ่ายเป็นเงินสด</source>
        <translation>Member no. %1 was no longer a member on %2, so the dividend cannot be added to sajja savings. Please choose to pay in cash.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>คำนวณร่างใหม่</source>
        <translation>recalculate the draft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผลการจัดสรรปี %1 รวมกันไม่ตรงกับกำไรสุทธิ</source>
        <translation>The allocation for %1 does not add up to the net profit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ยอดปิดบัญชีไม่ตรงกับกำไรสุทธิในร่าง กรุณาคำนวณร่างใหม่</source>
        <translation>The closing totals do not match the net profit in the draft. Please recalculate the draft.</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanAccounts.cpp" line="+29"/>
        <source>การอ่านแหล่งเงินทุน</source>
        <translation>reading the capital pools</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบแหล่งเงินทุนของสัญญาเงินกู้นี้ในกองทุน</source>
        <translation>The capital pool of this loan contract is not in the fund.</translation>
    </message>
    <message>
        <location filename="../src/savings/LoanRegister.cpp" line="+81"/>
        <source>%1เป็น %2</source>
        <translation>%1 into contract %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/storage/migrations/Migration001Places.cpp" line="+69"/>
        <source>การสร้างตารางสถานที่</source>
        <translation>creating the place tables</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration002Organisations.cpp" line="+74"/>
        <source>การสร้างตารางองค์กรและบุคคล</source>
        <translation>creating the organisation and people tables</translation>
    </message>
    <message>
        <location filename="../src/storage/Sql.cpp" line="+12"/>
        <source>การอ่านหรือบันทึกข้อมูล</source>
        <translation>reading or saving data</translation>
    </message>
    <message>
        <location filename="../src/storage/StorageError.cpp" line="+14"/>
        <source>พื้นที่ดิสก์เต็ม จึง%1ไม่สำเร็จ ข้อมูลยังเหมือนเดิม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่</source>
        <translation>The disk is full, so %1 could not be completed. Your data is unchanged. Please delete files you no longer need and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1ไม่สำเร็จ ข้อมูลยังเหมือนเดิม (%2)</source>
        <translation>An error occurred while %1. Your data is unchanged. (%2)</translation>
    </message>
    <message>
        <location filename="../src/storage/ThaiSqlCollation.cpp" line="+32"/>
        <source>ไม่สามารถตั้งค่าการเรียงลำดับภาษาไทยของฐานข้อมูลได้</source>
        <translation>Cannot set up Thai sorting in the database.</translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="+63"/>
        <source>การบันทึกข้อมูล</source>
        <translation>saving the data</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration003Ledger.cpp" line="+84"/>
        <source>การสร้างตารางบัญชี</source>
        <translation>creating the accounting tables</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration004Savings.cpp" line="+245"/>
        <source>การสร้างตารางกลุ่มออมทรัพย์และเงินกู้</source>
        <translation>creating the savings group and loan tables</translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="+35"/>
        <source>ไม่พบไฟล์ %1</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไฟล์ %1 ไม่ใช่ไฟล์ฐานข้อมูล จึงไม่ได้เปิด และไม่ได้แก้ไขไฟล์นี้</source>
        <translation>The file %1 is not a database file, so it was not opened. The file has not been changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไฟล์ %1 เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของฐานราก จึงไม่ได้เปิด และไม่ได้แก้ไขไฟล์นี้</source>
        <translation>The file %1 belongs to another program, not to Thanrak, so it was not opened. The file has not been changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไฟล์ %1 บันทึกด้วยฐานรากรุ่นที่ใหม่กว่า (โครงสร้างรุ่น %2 แต่โปรแกรมนี้รู้จักถึงรุ่น %3) กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้ ไฟล์ยังไม่ถูกแก้ไข</source>
        <translation>The file %1 was saved by a newer version of Thanrak (structure version %2; this program knows versions up to %3). Please update the program before opening this file. The file has not been changed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>มีไฟล์ %1 อยู่แล้ว กรุณาเลือกชื่อไฟล์ใหม่ หรือใช้คำสั่งเปิดไฟล์</source>
        <translation>The file %1 already exists. Please choose a new file name, or use Open file.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>การเปิดไฟล์ฐานข้อมูล</source>
        <translation>opening the database file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ไฟล์ %1 เสียหาย อ่านโครงสร้างฐานข้อมูลไม่ได้ (%2) จึงไม่ได้เปิด กรุณาใช้ไฟล์สำรองล่าสุด</source>
        <translation>The file %1 is damaged: its database structure cannot be read (%2), so it was not opened. Please use your latest backup.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ไฟล์ %1 เสียหาย (%2) จึงไม่ได้ปรับรุ่นไฟล์</source>
        <translation>The file %1 is damaged (%2), so it was not upgraded.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ทำสำเนาไฟล์ก่อนปรับรุ่นไม่สำเร็จ (%1) จึงยังไม่ได้ปรับรุ่นไฟล์ ข้อมูลยังเหมือนเดิม</source>
        <translation>Could not copy the file before upgrading it (%1), so it has not been upgraded. Your data is unchanged.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>โครงสร้างไฟล์: %1</source>
        <translation>File structure: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ตาราง %1 แถวที่ %2 อ้างถึงข้อมูลที่ไม่มีในตาราง %3</source>
        <translation>Table %1, row %2 refers to data that is missing from table %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รุ่นโครงสร้างไฟล์ %1 ไม่ตรงกับรุ่นของโปรแกรม %2</source>
        <translation>File structure version %1 does not match the program&apos;s version %2</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration005AllocationRuns.cpp" line="+105"/>
        <source>การสร้างตารางการจัดสรรกำไรสุทธิ</source>
        <translation>creating the net profit allocation tables</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration006VillageFunds.cpp" line="+171"/>
        <source>การสร้างตารางกองทุนหมู่บ้าน</source>
        <translation>creating the village fund tables</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration007ReportSettings.cpp" line="+25"/>
        <source>การสร้างตารางตั้งค่าการพิมพ์รายงาน</source>
        <translation>Creating the report settings table</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration008Exchange.cpp" line="+91"/>
        <source>การสร้างตารางแลกเปลี่ยนข้อมูล</source>
        <translation>creating the data exchange tables</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration009Otop.cpp" line="+169"/>
        <source>การสร้างตารางผลิตภัณฑ์ OTOP</source>
        <translation>creating the OTOP product tables</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration010BusinessPlans.cpp" line="+123"/>
        <source>การสร้างตารางแผนธุรกิจชุมชน</source>
        <translation>creating the community business plan tables</translation>
    </message>
</context>
<context>
    <name>TableCsvExport</name>
    <message>
        <location filename="../ui/widgets/TableCsvExport.cpp" line="+50"/>
        <source>ส่งออกตารางเป็น CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตาราง.csv</source>
        <translation>table.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ CSV สำหรับ Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ส่งออกไม่ได้</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ส่งออกตารางนี้เป็น CSV…</source>
        <translation>Export this table as CSV…</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <location filename="../src/thai/UnicodeBytes.cpp" line="+46"/>
        <source>ข้อมูล UTF-16 ผิดรูปแบบที่ไบต์ตำแหน่ง %1 (นับจาก 0)</source>
        <translation>Malformed UTF-16 data at byte position %1 (counting from 0).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ข้อมูล UTF-8 ผิดรูปแบบ: ไบต์ 0x%1 ที่ตำแหน่ง %2 (นับจาก 0)</source>
        <translation>Malformed UTF-8 data: byte 0x%1 at position %2 (counting from 0).</translation>
    </message>
    <message>
        <location filename="../src/thai/Windows874.cpp" line="+52"/>
        <source>อักขระ &quot;%1&quot; (U+%2) ที่ตำแหน่งที่ %3 ไม่มีในรหัสอักขระ Windows-874 (ภาษาไทย)</source>
        <translation>The character &quot;%1&quot; (U+%2) at position %3 does not exist in the Windows-874 (Thai) encoding.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ไบต์ 0x%1 ที่ตำแหน่ง %2 (นับจาก 0) ไม่มีในรหัสอักขระ Windows-874 (ภาษาไทย) ไฟล์นี้อาจใช้รหัสอักขระอื่น</source>
        <translation>Byte 0x%1 at position %2 (counting from 0) does not exist in the Windows-874 (Thai) encoding. The file may use another encoding.</translation>
    </message>
</context>
<context>
    <name>ThaiDate</name>
    <message>
        <location filename="../src/thai/ThaiDateParse.cpp" line="+90"/>
        <source>ปี %1 ในวันที่ &quot;%2&quot; ดูเหมือนเป็นปี ค.ศ. แต่ช่องนี้ใช้ปี พ.ศ. ถ้าหมายถึง ค.ศ. %1 ให้พิมพ์ พ.ศ. %3</source>
        <translation>The year %1 in &quot;%2&quot; looks like a C.E. year, but this box takes B.E. years. For C.E. %1 type B.E. %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปี %1 ในวันที่ &quot;%2&quot; ดูเหมือนเป็นปี พ.ศ. แต่ช่องนี้ใช้ปี ค.ศ. ถ้าหมายถึง พ.ศ. %1 ให้พิมพ์ ค.ศ. %3</source>
        <translation>The year %1 in &quot;%2&quot; looks like a B.E. year, but this box takes C.E. years. For B.E. %1 type C.E. %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>วันที่ &quot;%1&quot; ใช้ปีสองหลัก กรุณาพิมพ์ปีสี่หลัก เช่น %2</source>
        <translation>&quot;%1&quot; has a two-digit year. Please type four digits, e.g. %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>วันที่ &quot;%1&quot; ต้องมีปีสี่หลัก เช่น %2</source>
        <translation>&quot;%1&quot; needs a four-digit year, e.g. %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ไม่มีวันที่ &quot;%1&quot; ในปฏิทิน</source>
        <translation>There is no such day as &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ยังไม่ได้ใส่วันที่</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>อ่านวันที่ &quot;%1&quot; ไม่ออก กรุณาพิมพ์แบบ วัน/เดือน/ปี เช่น 5/6/%2 หรือ 5 มิ.ย. %2</source>
        <translation>Cannot read &quot;%1&quot; as a date. Please type day/month/year, e.g. 5/6/%2 or 5 มิ.ย. %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไม่รู้จักชื่อเดือน &quot;%1&quot; ในวันที่ &quot;%2&quot; กรุณาใช้ชื่อเดือนเต็มหรือย่อ เช่น มิถุนายน หรือ มิ.ย.</source>
        <translation>Unknown month &quot;%1&quot; in &quot;%2&quot;. Please use the full or short Thai month name, e.g. มิถุนายน or มิ.ย.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>วันที่ &quot;%1&quot; ต้องอยู่ในรูปแบบ ปปปป-ดด-วว แบบ ค.ศ. เช่น 2024-06-05</source>
        <translation>&quot;%1&quot; must be written yyyy-mm-dd in C.E., e.g. 2024-06-05.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปี %1 ในวันที่ &quot;%2&quot; ดูเหมือนเป็นปี พ.ศ. แต่วันที่แบบ ISO (ปปปป-ดด-วว) ต้องใช้ปี ค.ศ. ถ้าหมายถึง พ.ศ. %1 ให้พิมพ์ ค.ศ. %3</source>
        <translation>The year %1 in &quot;%2&quot; looks like a B.E. year, but an ISO date (yyyy-mm-dd) takes C.E. years. For B.E. %1 type C.E. %3.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui</name>
    <message>
        <location filename="../ui/otop/ProductCertificatesTab.cpp" line="+19"/>
        <source>ไม่มีวันหมดอายุ</source>
        <translation>No expiry date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมดอายุแล้ว %1 วัน</source>
        <translation>Expired %1 days ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อีก %1 วันหมดอายุ</source>
        <translation>Expires in %1 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใช้ได้</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/otop/ProductsTab.cpp" line="+35"/>
        <source>เพิ่มผลิตภัณฑ์…</source>
        <translation>Add product…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบผลิตภัณฑ์</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์ข้อมูลผลิตภัณฑ์…</source>
        <translation>Print product details…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ทุกประเภท</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหาชื่อผลิตภัณฑ์หรือตราสินค้า</source>
        <translation>Search product name or brand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ข้อมูลผลิตภัณฑ์</source>
        <translation>Product details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลการคัดสรร</source>
        <translation>Selection results</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขาย</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::AppController</name>
    <message>
        <location filename="../ui/app/AppController.cpp" line="+38"/>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::BeneficiariesDialog</name>
    <message>
        <location filename="../ui/savings/BeneficiariesDialog.cpp" line="+32"/>
        <source>สมาชิก: %1
ใส่ชื่อ ความเกี่ยวพัน และส่วนแบ่งเป็นร้อยละ รวมกันต้องเท่ากับ 100</source>
        <translation>Member: %1
Enter each name, relationship and percentage share; the shares must add up to 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ความเกี่ยวพัน</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+21"/>
        <source>ผู้รับประโยชน์</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>แถวที่ %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::BusinessPlansPage</name>
    <message>
        <location filename="../ui/cbmc/BusinessPlansPage.cpp" line="+50"/>
        <source>ขั้นตอน</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>พิมพ์แคนวาส…</source>
        <translation>Print canvas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์แผนธุรกิจ…</source>
        <translation>Print plan…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>แผนทั้งหมด</source>
        <translation>All plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แคนวาส</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวเลข</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KSNB</source>
        <translation>KSNB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปรียบเทียบรุ่น</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation>Community business plans</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · ตำบล%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Tambon %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยังไม่ได้เลือกแผน สร้างแผนใหม่หรือเลือกจากรายการแผนทั้งหมด</source>
        <translation>No plan chosen. Make a new plan or choose one from All plans.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CanvasBlockView</name>
    <message>
        <location filename="../ui/cbmc/CanvasBlockView.cpp" line="+172"/>
        <source> — %1 บาท</source>
        <translation> — %1 baht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  [เชื่อม %1]</source>
        <translation>  [%1 links]</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CanvasEditor</name>
    <message>
        <location filename="../ui/cbmc/CanvasEditor.cpp" line="+138"/>
        <source>ลบรายการ</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบ “%1” และเส้นเชื่อมของรายการนี้หรือไม่</source>
        <translation>Delete “%1” and its links?</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>ย้ายรายการไม่ได้</source>
        <translation>Cannot move the item</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>เชื่อมโยงรายการ</source>
        <translation>Link items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการในช่องนี้เชื่อมได้กับ %1 ซึ่งยังไม่มีรายการ</source>
        <translation>Items in this box can link to %1, which has no items yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>เพิ่มรายการ…	Insert</source>
        <translation>Add item…	Insert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แก้ไข…	F2</source>
        <translation>Edit…	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เชื่อมโยง…	Ctrl+L</source>
        <translation>Link…	Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลื่อนขึ้น	Ctrl+Up</source>
        <translation>Move up	Ctrl+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลื่อนลง	Ctrl+Down</source>
        <translation>Move down	Ctrl+Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ย้ายไปช่องก่อนหน้า	Ctrl+Left</source>
        <translation>Move to previous box	Ctrl+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ย้ายไปช่องถัดไป	Ctrl+Right</source>
        <translation>Move to next box	Ctrl+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ…	Delete</source>
        <translation>Delete…	Delete</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CanvasTab</name>
    <message>
        <location filename="../ui/cbmc/CanvasTab.cpp" line="+26"/>
        <source>สร้างรุ่นใหม่…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขรุ่น…</source>
        <translation>Edit version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบรุ่นนี้…</source>
        <translation>Delete this version…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบได้เฉพาะรุ่นล่าสุด เมื่อแผนมีมากกว่าหนึ่งรุ่น</source>
        <translation>Only the latest version can be deleted, when the plan has more than one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รุ่น:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert เพิ่ม · F2 แก้ · Del ลบ · Ctrl+L เชื่อม</source>
        <translation>Insert add · F2 edit · Del delete · Ctrl+L link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert หรือ Ctrl+N เพิ่มรายการ · Enter หรือ F2 แก้ไข · Delete ลบ
Ctrl+↑ / Ctrl+↓ เลื่อนขึ้นลง · Ctrl+← / Ctrl+→ ย้ายไปช่องก่อนหน้า/ถัดไป
Ctrl+L เชื่อมโยง · Tab หรือ Ctrl+1–9 ไปยังช่อง · คลิกขวาเพื่อดูคำสั่ง</source>
        <translation>Insert or Ctrl+N add an item · Enter or F2 edit · Delete delete
Ctrl+↑ / Ctrl+↓ move up/down · Ctrl+← / Ctrl+→ move to the previous/next box
Ctrl+L link · Tab or Ctrl+1–9 go to a box · Right-click for commands</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>รุ่น %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>สร้างรุ่นใหม่</source>
        <translation>New version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รุ่นใหม่เริ่มจากสำเนาของรุ่นที่แสดงอยู่
หมายเหตุ (ไม่บังคับ):</source>
        <translation>The new version starts as a copy of the version shown.
Note (optional):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ลบรุ่นของแผน</source>
        <translation>Delete a version of the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบรุ่น %1 พร้อมรายการบนแคนวาส %2 รายการและเส้นเชื่อมของรุ่นนี้หรือไม่
รุ่นก่อนหน้ายังอยู่ครบ ลบแล้วเรียกคืนไม่ได้</source>
        <translation>Delete version %1 with its %2 canvas items and their links?
Earlier versions stay whole. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ลบรุ่นไม่ได้</source>
        <translation>Cannot delete the version</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CardDialog</name>
    <message>
        <location filename="../ui/cbmc/CardDialog.cpp" line="+15"/>
        <source>เพิ่มรายการในแคนวาส</source>
        <translation>Add canvas item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขรายการในแคนวาส</source>
        <translation>Edit canvas item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ช่อง %1 %2</source>
        <translation>Box %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ข้อความ</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>จำนวนเงินต่อปี (บาท) ไม่บังคับ</source>
        <translation>Amount per year (baht), optional</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CashBookModel</name>
    <message>
        <location filename="../ui/savings/CashBookModel.cpp" line="+103"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการ</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับ</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่าย</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คงเหลือ</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CashBookReversalDialog</name>
    <message>
        <location filename="../ui/savings/CashBookReversalDialog.cpp" line="+22"/>
        <source>กลับรายการ</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รายการเลขที่ %1 วันที่ %2
%3
%4</source>
        <translation>Entry no. %1, dated %2
%3
%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รายการเดิมยังอยู่ในสมุดเหมือนเดิม โปรแกรมจะบันทึกรายการใหม่ที่กลับด้านกัน เพื่อยกเลิกยอดของรายการเดิม แล้วจึงบันทึกรายการที่ถูกต้องใหม่ได้</source>
        <translation>The original entry stays in the book unchanged. The program records a new, opposite entry that cancels out its amounts; you can then record the correct entry.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เช่น พิมพ์จำนวนเงินผิด</source>
        <translation>e.g. the amount was mistyped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่กลับรายการ (พ.ศ.)</source>
        <translation>Reversal date (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กลับรายการ (Enter)</source>
        <translation>Reverse (Enter)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CashBookTab</name>
    <message>
        <location filename="../ui/savings/CashBookTab.cpp" line="+55"/>
        <source>บันทึกรายรับ/รายจ่ายอื่น (Insert)</source>
        <translation>Record other income or expense (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กลับรายการ</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+122"/>
        <source>%1 รายการ</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>สมุดเงินสด</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ตั้งแต่วันที่</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ถึงวันที่</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ เดือนก่อน</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เดือนถัดไป ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>พิมพ์คำในรายการ วันที่ หรือจำนวนเงิน (Ctrl+F)</source>
        <translation>Type a word from the description, a date or an amount (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยกเลิกรายการที่เลือกด้วยรายการกลับด้าน รายการเดิมจะไม่ถูกลบหรือแก้ไข</source>
        <translation>Cancel the selected entry with an opposite entry. The original entry is not deleted or changed.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด</source>
        <translation>The start date cannot be after the end date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลือกกลุ่มก่อน แล้วสมุดเงินสดของกลุ่มจะแสดงที่นี่</source>
        <translation>Choose a group first, and its cash book will appear here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ยอดยกมา ณ วันที่ %1   %2 บาท</source>
        <translation>Opening balance on %1   %2 baht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือ ณ วันที่ %1   %2 บาท</source>
        <translation>Closing balance on %1   %2 baht</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>บันทึกรายการเลขที่ %1 แล้ว</source>
        <translation>Entry no. %1 recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกรายการเลขที่ %1 แล้ว รายการนี้ผ่านบัญชีเงินฝากธนาคาร จึงไม่แสดงในสมุดเงินสด ดูยอดได้ที่งบทดลอง</source>
        <translation>Entry no. %1 recorded. It went through the bank deposit account, so it does not appear in the cash book; the trial balance shows it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>กลับรายการไม่ได้</source>
        <translation>Cannot reverse the entry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จ่ายเงินสด %1 บาท</source>
        <translation>Cash paid: %1 baht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินสด %1 บาท</source>
        <translation>Cash received: %1 baht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>กลับรายการเลขที่ %1 แล้ว ด้วยรายการเลขที่ %2</source>
        <translation>Entry no. %1 reversed by entry no. %2.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/otop/CertificateDialog.cpp" line="+15"/>
        <source>เพิ่มมาตรฐานหรือใบรับรอง</source>
        <translation>Add standard or certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขใบรับรอง</source>
        <translation>Edit certificate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>เช่น สำนักงานสาธารณสุขจังหวัด สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม</source>
        <translation>e.g. Provincial Public Health Office, Thai Industrial Standards Institute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่ใบรับรองหรือเลขทะเบียน</source>
        <translation>Certificate or registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หน่วยงานที่ออก</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ออก (พ.ศ.)</source>
        <translation>Date issued (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันหมดอายุ (พ.ศ.) เว้นว่างถ้าไม่มีวันหมดอายุ</source>
        <translation>Expiry date (B.E.), leave blank if it does not expire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ChampionRoundDialog</name>
    <message>
        <location filename="../ui/otop/ChampionRoundDialog.cpp" line="+16"/>
        <source>เกณฑ์การคัดสรร ปี %1</source>
        <translation>Selection criteria, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เมื่อบันทึก ผลิตภัณฑ์ทุกรายการในรอบนี้จะได้ดาวตามเกณฑ์ใหม่</source>
        <translation>When saved, every product in this round gets its stars under the new criteria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชื่อรอบ</source>
        <translation>Round name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ส่วนที่ %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คะแนนเต็มส่วนที่ %1</source>
        <translation>Full score, part %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>คะแนนต่ำสุดของ %1 ดาว</source>
        <translation>Minimum score for %1 stars</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CommitteeDialog</name>
    <message>
        <location filename="../ui/organisations/CommitteeDialog.cpp" line="+25"/>
        <source>แสดงทุกวาระ รวมวาระที่หมดแล้ว</source>
        <translation>Show every term, including past ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คณะกรรมการ — %1</source>
        <translation>Committees — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เพิ่มกรรมการ (Insert)</source>
        <translation>Add a committee member (Insert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ปิด (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CommitteeTableModel</name>
    <message>
        <location filename="../ui/organisations/CommitteeTableModel.cpp" line="+35"/>
        <source>ไม่กำหนด</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>คณะกรรมการ</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตำแหน่ง</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เริ่มวาระ</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สิ้นสุดวาระ</source>
        <translation>Term ends</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CommitteeTermDialog</name>
    <message>
        <location filename="../ui/organisations/CommitteeTermDialog.cpp" line="+10"/>
        <source>เพิ่มกรรมการ</source>
        <translation>Add a committee member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>องค์กร: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>คณะกรรมการ</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำแหน่ง</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กรรมการ (จากสมาชิก)</source>
        <translation>Member to seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เริ่มวาระ (พ.ศ.)</source>
        <translation>Term starts (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ้นสุดวาระ (พ.ศ.)</source>
        <translation>Term ends (B.E.)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CompareTab</name>
    <message>
        <location filename="../ui/cbmc/CompareTab.cpp" line="+29"/>
        <location line="+55"/>
        <source>ช่อง</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>ผล</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+75"/>
        <source>ตัวเลข</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+1"/>
        <location line="+54"/>
        <source>รุ่นแรก</source>
        <translation>First version</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>แสดงเฉพาะที่ต่างกัน</source>
        <translation>Show differences only</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+55"/>
        <source>รุ่นที่สอง</source>
        <translation>Second version</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+75"/>
        <source>เปลี่ยนไป</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>เทียบรุ่น:</source>
        <translation>Compare version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กับรุ่น:</source>
        <translation>with version:</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>รุ่น %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ตัดออก</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มใหม่</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปลี่ยน</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหมือนเดิม</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รายได้</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่าย</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำไร</source>
        <translation>Profit</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ConflictsPanel</name>
    <message>
        <location filename="../ui/exchange/ConflictsPanel.cpp" line="+18"/>
        <source>ข้อมูล</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รายการ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ที่ต่างกัน</source>
        <translation>What differs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>พบเมื่อ</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จากไฟล์</source>
        <translation>From file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ใช้ข้อมูลที่เข้ามา</source>
        <translation>Use incoming data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เก็บข้อมูลในไฟล์นี้</source>
        <translation>Keep data in this file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>แทนข้อมูลในไฟล์นี้ด้วยข้อมูลจากชุดข้อมูลที่นำเข้า</source>
        <translation>Replace the data in this file with the data from the imported bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เก็บข้อมูลในไฟล์นี้ไว้ และส่งกลับไปในชุดข้อมูลครั้งหน้า</source>
        <translation>Keep the data in this file and send it back in the next bundle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ต้นทางลบรายการนี้</source>
        <translation>Deleted at the source</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ไม่มีรายการขัดแย้ง</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ต้นทางลบรายการนี้ แต่ในไฟล์นี้มีการแก้ไขภายหลัง</source>
        <translation>Deleted at the source, but changed in this file afterwards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1 — ในไฟล์นี้: %2 | ที่เข้ามา: %3</source>
        <translation>• %1 — in this file: %2 | incoming: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการนี้บันทึกบัญชีแล้ว จึงเก็บได้เฉพาะของในไฟล์นี้</source>
        <translation>This item has already been posted to the accounts, so only the version in this file can be kept</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ใช้ข้อมูลที่เข้ามาแล้ว</source>
        <translation>Incoming data used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เก็บข้อมูลในไฟล์นี้แล้ว</source>
        <translation>Data in this file kept</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::DisbursementDialog</name>
    <message>
        <location filename="../ui/savings/LoanStepDialogs.cpp" line="+59"/>
        <source>จ่ายเงินกู้และทำสัญญา</source>
        <translation>Pay out the loan and make the contract</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>วงเงินที่อนุมัติ %1 บาท</source>
        <translation>Approved amount: %1 baht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่ายเป็นเงินสด</source>
        <translation>In cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่ายเป็นสิ่งของ (ปุ๋ย เมล็ดพันธุ์ ฯลฯ)</source>
        <translation>In goods (fertiliser, seed, etc.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่จ่ายเงินกู้ (พ.ศ.)</source>
        <translation>Payout date (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่ายเป็น</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ่งของที่จ่าย</source>
        <translation>Goods lent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>กรุณาระบุสิ่งของที่จ่ายแทนเงินสด</source>
        <translation>Please describe the goods given instead of cash.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::DistrictFundsPage</name>
    <message>
        <location filename="../ui/funds/DistrictFundsPage.cpp" line="+18"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สมาชิก</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินในบัญชี</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค้างชำระ</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระดับ (ปี)</source>
        <translation>Grade (year)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ให้กู้คงเหลือ</source>
        <translation>Loans outstanding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% ค้าง</source>
        <translation>% in arrears</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ภาพรวมกองทุน</source>
        <translation>Fund overview</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>กองทุน %1 แห่ง สมาชิก %2 คน เงินในบัญชีรวม %3 บาท เงินให้กู้คงเหลือ %4 บาท ค้างชำระ %5 บาท (ร้อยละ %6)</source>
        <translation>Funds: %1, members: %2, bank balance %3 baht, loans outstanding %4 baht, arrears %5 baht (%6 %)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ExchangePage</name>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="+37"/>
        <source>ส่งออกชุดข้อมูล…</source>
        <translation>Export bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้าชุดข้อมูล…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้ารายชื่อจาก Excel…</source>
        <translation>Import member list from Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>องค์กร</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่งออกเมื่อ</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้าเมื่อ</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จากไฟล์</source>
        <translation>From file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เมื่อ</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รับ/ส่ง</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผล</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>นำเข้ารายชื่อสมาชิกและเงินสัจจะยกมาจากไฟล์ที่บันทึกจาก Excel</source>
        <translation>Import a list of members and their savings brought forward from a file saved from Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>บันทึกข้อมูลที่เลือกเป็นไฟล์ .zip เพื่อคัดลอกลงแฟลชไดรฟ์หรือส่งทาง LINE</source>
        <translation>Save the chosen data as a .zip file to copy onto a flash drive or send by LINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตรวจชุดข้อมูลทุกแถว แสดงสิ่งที่จะเปลี่ยน แล้วบันทึกเมื่อท่านยืนยัน</source>
        <translation>Check every row of the bundle, show what will change, then save when you confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ส่งข้อมูลออก: เลือกพื้นที่หรือองค์กร (ไม่เลือก = ทั้งไฟล์)</source>
        <translation>Export data: choose an area or organisation (nothing chosen = the whole file)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>องค์กร:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ข้อมูลมาถึงล่าสุด</source>
        <translation>Latest data received</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>รายการขัดแย้ง</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>ประวัติการรับส่ง</source>
        <translation>Exchange history</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>รับส่งข้อมูล</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ทุกองค์กรในพื้นที่ที่เลือก</source>
        <translation>All organisations in the chosen area</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ยังไม่มีข้อมูลส่งมา</source>
        <translation>No data received yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ข้อมูลส่งมาแล้ว %1 จาก %2 องค์กร สีแดง: ยังไม่มีข้อมูล หรือข้อมูลเก่ากว่า %3 วัน</source>
        <translation>Data has arrived for %1 of %2 organisations. Red: no data yet, or data older than %3 days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รายการขัดแย้ง (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 แถว</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รับเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่งออก</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ไม่มีองค์กรในพื้นที่ที่เลือก จึงไม่ได้สร้างชุดข้อมูล</source>
        <translation>There are no organisations in the chosen area, so no bundle was created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กำลังส่งออกชุดข้อมูล</source>
        <translation>Exporting the bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บันทึกชุดข้อมูลแล้ว: %1 องค์กร %2 แถว ที่ %3</source>
        <translation>Bundle saved: %1 organisations, %2 rows, at %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>กำลังตรวจชุดข้อมูล</source>
        <translation>Checking the bundle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยกเลิกการนำเข้า ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation>Import cancelled. The data file has not been changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กำลังนำเข้าชุดข้อมูล</source>
        <translation>Importing the bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>นำเข้าแล้ว: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>นำเข้าชุดข้อมูล %1 ไม่ได้</source>
        <translation>Cannot import the bundle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ชุดข้อมูล-%1.zip</source>
        <translation>bundle-%1.zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกชุดข้อมูล</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>ชุดข้อมูลฐานราก (*.zip)</source>
        <translation>Thanrak bundles (*.zip)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>เลือกชุดข้อมูลที่จะนำเข้า</source>
        <translation>Choose the bundle to import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>นำเข้ารายชื่อแล้ว: บุคคลใหม่ %1 สมาชิกใหม่ %2</source>
        <translation>Member list imported: %1 new people, %2 new members</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ExpiryReminder</name>
    <message>
        <location filename="../ui/otop/ExpiryReminder.cpp" line="+21"/>
        <source>ดูรายการทั้งหมด</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดข้อความนี้</source>
        <translation>Dismiss this message</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;ใบรับรองมาตรฐานผลิตภัณฑ์ %1 รายการจะหมดอายุภายใน %2 วัน&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 product standard certificates will expire within %2 days&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (อีก %2 วัน) · %3 %4 · %5</source>
        <translation>%1 (%2 days left) · %3 %4 · %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>และอีก %1 รายการ</source>
        <translation>and %1 more</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ExpiryTab</name>
    <message>
        <location filename="../ui/otop/ExpiryTab.cpp" line="+17"/>
        <source>วันหมดอายุ</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ใบรับรองที่จะหมดอายุภายใน %1 วัน %2 รายการ และหมดอายุแล้ว %3 รายการ ดับเบิลคลิกเพื่อเปิดผลิตภัณฑ์</source>
        <translation>%2 certificates expire within %1 days and %3 have already expired. Double-click to open the product.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FiguresTab</name>
    <message>
        <location filename="../ui/cbmc/FiguresTab.cpp" line="+19"/>
        <source>รายการ</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตามแผน (ต่อปี)</source>
        <translation>Planned (per year)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลจริงจากบัญชี</source>
        <translation>Actual from the accounts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขาย OTOP</source>
        <translation>OTOP sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ในแผน</source>
        <translation>Products in the plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวน</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขาย</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผลจริงของปี พ.ศ.:</source>
        <translation>Actual figures for B.E. year:</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>รายได้ (ช่อง 5)</source>
        <translation>Revenue (box 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่าย (ช่อง 9)</source>
        <translation>Costs (box 9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำไร</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>องค์กรนี้ยังไม่ได้ทำบัญชีในแฟ้มนี้ จึงแสดงเฉพาะยอดขายผลิตภัณฑ์ OTOP ที่อยู่ในแผน</source>
        <translation>This organisation keeps no accounts in this file, so only the sales of the OTOP products in the plan are shown.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FileActions</name>
    <message>
        <location filename="../ui/shell/FileActions.cpp" line="+31"/>
        <source>ไฟล์ฐานราก (*.%1)</source>
        <translation>Thanrak files (*.%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>ตกลง</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>เปิดไฟล์ฐานราก</source>
        <translation>Open a Thanrak file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สร้างไฟล์ใหม่</source>
        <translation>New file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>สร้างไฟล์ไม่ได้</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ปรับรุ่นไฟล์แล้ว</source>
        <translation>File upgraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์นี้มาจากโปรแกรมรุ่นก่อน จึงปรับให้ใช้กับรุ่นนี้แล้ว สำเนาก่อนปรับเก็บไว้ที่
%1</source>
        <translation>This file came from an earlier version of the program and has been upgraded. A copy from before the upgrade is kept at
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เปิดข้อมูลตัวอย่างไม่ได้</source>
        <translation>Cannot open the demo data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ตรวจสอบไฟล์ไม่ได้</source>
        <translation>Cannot check the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>ตรวจสอบไฟล์</source>
        <translation>Check file</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>ไฟล์สมบูรณ์ ไม่พบปัญหา
โครงสร้างข้อมูลรุ่น %1</source>
        <translation>The file is sound; no problems found.
Data structure version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>พบปัญหา %1 รายการ</source>
        <translation>Problems found: %1</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FineRuleEdit</name>
    <message>
        <location filename="../ui/savings/FineRuleEdit.cpp" line="+14"/>
        <source>ไม่มีค่าปรับ</source>
        <translation>No fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปรับเป็นจำนวนเงิน (บาท)</source>
        <translation>Fixed fine (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปรับร้อยละของยอดค้าง</source>
        <translation>Percentage of the amount overdue</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FundPage</name>
    <message>
        <location filename="../ui/funds/FundPage.cpp" line="+17"/>
        <source>กองทุน:</source>
        <translation>Fund:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation>Village funds</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::GradingTab</name>
    <message>
        <location filename="../ui/funds/GradingTab.cpp" line="+34"/>
        <location line="+159"/>
        <source>บันทึกผลการประเมิน</source>
        <translation>Save grading</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>ปี</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ระดับ</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนน</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่ประเมิน</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ประเมิน</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ปี %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หัวข้อการประเมิน</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนนเต็ม</source>
        <translation>Full marks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนนที่ได้</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หลักฐาน / สิ่งที่พบ</source>
        <translation>Evidence / findings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ประเมินผลการดำเนินงาน:</source>
        <translation>Assess performance for:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>วันที่ประเมิน:</source>
        <translation>Assessed on:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผู้ประเมิน:</source>
        <translation>Assessor:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ผลการประเมินที่บันทึกไว้</source>
        <translation>Saved gradings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ผลการประเมิน</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ข้อมูลจากบัญชี ณ 31 ธ.ค. %1: เงินให้กู้คงเหลือ %2 บาท ค้างชำระ %3 สัญญา เงินต้น %4 บาท (ร้อยละ %5)</source>
        <translation>From the books as of 31 Dec %1: loans outstanding %2 baht; %3 contracts in arrears, principal %4 baht (%5 %)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ใส่คะแนนเป็นตัวเลขให้ครบทุกหัวข้อ</source>
        <translation>Enter a numeric score for every item.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รวม %1 จาก %2 คะแนน (ร้อยละ %3)  ระดับ %4</source>
        <translation>Total %1 of %2 points (%3 %)  Grade %4</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::GroupPage</name>
    <message>
        <location filename="../ui/savings/GroupPage.cpp" line="+23"/>
        <source>กลุ่ม:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>กลุ่มออมทรัพย์</source>
        <translation>Savings groups</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 ต.%2</source>
        <translation>%1, Tambon %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::GroupRulesDialog</name>
    <message>
        <location filename="../ui/savings/GroupRulesDialog.cpp" line="+29"/>
        <source>ออกระเบียบกลุ่มฉบับใหม่</source>
        <translation>Issue new group rules</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ไม่รับเงินฝาก</source>
        <translation>No deposits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินฝากเพิ่มเติม</source>
        <translation>Extra deposits accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ถัวเฉลี่ยรายเดือน (ฝากก่อนได้มากกว่า)</source>
        <translation>Monthly average (earlier savings earn more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือสิ้นปี</source>
        <translation>Year-end balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินสัจจะสะสม</source>
        <translation>Sajja savings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หุ้นที่ถือ (กองทุนหมู่บ้าน)</source>
        <translation>Shares held (village fund)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จ่ายถึงสตางค์</source>
        <translation>Pay to the satang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปัดลงเป็นบาทเต็ม (เศษเข้าทุนสำรอง)</source>
        <translation>Round down to whole baht (remainder to the reserve fund)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>เริ่มใช้ตั้งแต่ (พ.ศ.)</source>
        <translation>In force from (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มูลค่าหุ้นละ (บาท)</source>
        <translation>Value of one share (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งสัจจะอย่างน้อย (หุ้น/เดือน)</source>
        <translation>Minimum sajja (shares a month)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งสัจจะอย่างมาก (หุ้น/เดือน)</source>
        <translation>Maximum sajja (shares a month)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าธรรมเนียมแรกเข้า (บาท)</source>
        <translation>Entrance fee (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันสัจจะ (วันที่ของเดือน)</source>
        <translation>Sajja day (day of the month)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับส่งสัจจะช้า</source>
        <translation>Fine for late sajja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับส่งงวดเงินกู้ช้า</source>
        <translation>Fine for a late loan instalment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝาก</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผิดสัจจะติดกันกี่ครั้งให้กรรมการพิจารณา</source>
        <translation>Missed sajja payments in a row before committee review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>จัดสรรกำไรสุทธิ (ร้อยละ)</source>
        <translation>Net profit allocation (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปันผลตามยอดของ</source>
        <translation>Dividend on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปันผลคิดจาก</source>
        <translation>Dividend based on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การปัดเศษเงินปันผล</source>
        <translation>Dividend rounding</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>หมวด</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>รวม %1 (ต้องเท่ากับร้อยละ 100)</source>
        <translation>Total %1 % (must be 100 %)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>พิมพ์จำนวนค่าปรับเป็นตัวเลข</source>
        <translation>Type the fine as a number.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/exchange/ImportPreviewDialog.cpp" line="+16"/>
        <source>ข้อมูล</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เข้ามา</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เพิ่ม</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไข</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เหมือนเดิม</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขัดแย้ง</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบ</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ตรวจชุดข้อมูลก่อนนำเข้า</source>
        <translation>Check bundle before import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชุดข้อมูลจากไฟล์ %1 ส่งออกเมื่อ %2 มี %3 องค์กร ตรวจทุกแถวแล้ว ไม่พบปัญหา</source>
        <translation>Bundle from the file %1, exported on %2, with %3 organisations. Every row has been checked; no problems found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้เคยนำเข้าแล้ว นำเข้าซ้ำจะไม่มีอะไรเปลี่ยน</source>
        <translation>This bundle has already been imported; importing it again will change nothing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มี %1 รายการที่แก้ไขทั้งสองที่ ระบบจะเก็บของในไฟล์นี้ไว้ แล้วให้ท่านตัดสินที่แท็บ &quot;รายการขัดแย้ง&quot;</source>
        <translation>%1 items were changed in both places. The version in this file will be kept, and you can decide on the &quot;Conflicts&quot; tab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>รวม: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::JoinMemberDialog</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="+8"/>
        <source>รับสมาชิกใหม่</source>
        <translation>New member</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เว้นว่างเพื่อใช้เลขถัดไป</source>
        <translation>Leave blank to use the next number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บุคคล (ค้นหาชื่อหรือเลขบัตร)</source>
        <translation>Person (search by name or ID number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เข้าเป็นสมาชิก (พ.ศ.)</source>
        <translation>Joined on (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัจจะเดือนละ (หุ้น)</source>
        <translation>Monthly sajja pledge (shares)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่สมาชิก</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>กรุณาเลือกบุคคลที่จะเป็นสมาชิก</source>
        <translation>Please choose the person who is joining.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::KsnbDialog</name>
    <message>
        <location filename="../ui/cbmc/KsnbDialog.cpp" line="+17"/>
        <source>เพิ่มการพัฒนาศักยภาพ (KSNB)</source>
        <translation>Add capacity development (KSNB)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขการพัฒนาศักยภาพ (KSNB)</source>
        <translation>Edit capacity development (KSNB)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>เช่น พัฒนากรตำบล หรือชื่อวิทยากร</source>
        <translation>e.g. tambon development officer, or a trainer’s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้าน</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หัวข้อ</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กิจกรรม</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เริ่ม</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ้นสุด</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้รับผิดชอบ (บุคคลในทะเบียน)</source>
        <translation>Responsible (registered person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หรือชื่อ/ตำแหน่งผู้รับผิดชอบ</source>
        <translation>Or the responsible name/role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::KsnbTab</name>
    <message>
        <location filename="../ui/cbmc/KsnbTab.cpp" line="+17"/>
        <source>ด้าน</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หัวข้อ</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กิจกรรม</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เริ่ม</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สิ้นสุด</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่ม…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ลบ KSNB</source>
        <translation>Delete KSNB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบรายการที่เลือกหรือไม่</source>
        <translation>Delete the selected item?</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LeaveDialog</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="+50"/>
        <source>สมาชิกลาออก</source>
        <translation>Member leaving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไม่หัก (ต้องไม่มีหนี้เงินกู้ค้าง)</source>
        <translation>No offset (there must be no loan owing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หักเงินสัจจะชำระหนี้เงินกู้ก่อน (หักกลบลบหนี้)</source>
        <translation>Repay the loans from sajja savings first (offset against savings)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ลาออก (พ.ศ.)</source>
        <translation>Left on (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หนี้เงินกู้ที่ค้าง</source>
        <translation>Loans owing</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LinkDialog</name>
    <message>
        <location filename="../ui/cbmc/LinkDialog.cpp" line="+18"/>
        <source>เชื่อมโยงรายการ</source>
        <translation>Link items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ช่อง %1: %2</source>
        <translation>Box %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” เชื่อมกับ: %2</source>
        <translation>“%1” is linked to: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เว้นวรรค: เลือก/ไม่เลือก · Enter: บันทึก</source>
        <translation>Space: select/deselect · Enter: save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>เชื่อมโยงไม่ได้</source>
        <translation>Cannot link</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanApplicationDialog</name>
    <message>
        <location filename="../ui/savings/LoanApplicationDialog.cpp" line="+25"/>
        <source>รับคำขอกู้</source>
        <translation>New loan application</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(ไม่มี)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ผู้กู้</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้</source>
        <translation>Loan type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ยื่นคำขอ (พ.ศ.)</source>
        <translation>Applied on (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนเงินที่ขอกู้ (บาท)</source>
        <translation>Amount applied for (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนงวด (เดือน)</source>
        <translation>Number of instalments (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ค้ำประกันคนที่ %1</source>
        <translation>Guarantor %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>กลุ่มยังไม่มีประเภทเงินกู้ เพิ่มได้ที่แท็บ &quot;ระเบียบกลุ่มและประเภทเงินกู้&quot;</source>
        <translation>The group has no loan types yet. Add them on the &quot;Group rules and loan types&quot; tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ดอกเบี้ยร้อยละ %1 %2 แบบ%3 วงเงินไม่เกิน %4 บาท ผ่อนได้ไม่เกิน %5 เดือน กู้เกิน %6 บาทต้องมีผู้ค้ำ %7 คน</source>
        <translation>Interest %1 % %2, %3; up to %4 baht over at most %5 months; loans over %6 baht need %7 guarantors</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanDecisionDialog</name>
    <message>
        <location filename="../ui/savings/LoanStepDialogs.cpp" line="-81"/>
        <source>มติคณะกรรมการเงินกู้</source>
        <translation>Loan committee decision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>อนุมัติ</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่อนุมัติ</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>มติ</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประชุมคณะกรรมการ (พ.ศ.)</source>
        <translation>Committee meeting date (B.E.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินที่อนุมัติ (บาท)</source>
        <translation>Approved amount (baht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanProductDialog</name>
    <message>
        <location filename="../ui/savings/LoanProductDialog.cpp" line="+17"/>
        <source>เพิ่มประเภทเงินกู้</source>
        <translation>Add loan type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขประเภทเงินกู้</source>
        <translation>Edit loan type</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>เปิดให้กู้</source>
        <translation>Open for loans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>งดให้กู้ประเภทนี้</source>
        <translation>Closed: no new loans of this type</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ชื่อประเภทเงินกู้</source>
        <translation>Loan type name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กู้ได้ไม่เกินกี่เท่าของเงินสัจจะ (0 = ไม่จำกัด)</source>
        <translation>Maximum loan as a multiple of sajja savings (0 = no limit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้สูงสุด (บาท)</source>
        <translation>Maximum loan (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผ่อนได้นานสุด (เดือน)</source>
        <translation>Longest term (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อัตราดอกเบี้ยร้อยละ</source>
        <translation>Interest rate (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต่อ</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วิธีคิดดอกเบี้ย</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กู้เกินกว่านี้ต้องมีผู้ค้ำ (บาท)</source>
        <translation>Guarantors needed for loans over (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนผู้ค้ำประกัน (คน)</source>
        <translation>Number of guarantors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกหนึ่งคนค้ำได้ไม่เกิน (สัญญา)</source>
        <translation>Most loans one member may guarantee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค้ำประกันรวมไม่เกิน (บาท, 0 = ไม่จำกัด)</source>
        <translation>Most one member may guarantee in total (baht, 0 = no limit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanRegisterTab</name>
    <message>
        <location filename="../ui/savings/LoanRegisterTab.cpp" line="+52"/>
        <source>เฉพาะที่ค้างชำระ</source>
        <translation>In arrears only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญา</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้กู้ (เลขที่ ชื่อ)</source>
        <translation>Borrower (no., name)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ประเภทเงินกู้</source>
        <translation>Loan type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่จ่าย</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วงเงิน</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คงเหลือ</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ต้องชำระ</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ค้าง (วัน)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รับคำขอกู้…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มติกรรมการ…</source>
        <translation>Committee decision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ต่อสัญญา/ปรับหนี้…</source>
        <translation>Renew/restructure…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>จ่ายเงินกู้…</source>
        <translation>Pay out loan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับชำระนอกวันประชุม…</source>
        <translation>Take a repayment outside a meeting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหาชื่อผู้กู้หรือเลขที่สัญญา</source>
        <translation>Search by borrower name or contract no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>คำขอกู้ในรอบการให้กู้ บันทึกมติที่แท็บรอบการให้กู้</source>
        <translation>An application in a loan round: record the decision on the Loan rounds tab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เงินกู้ในรอบการให้กู้ จ่ายที่แท็บรอบการให้กู้</source>
        <translation>Loans in a loan round are paid out on the Loan rounds tab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>รับชำระแล้ว ใบเสร็จเลขที่ %1 สัญญา %2 ปิดบัญชีแล้ว</source>
        <translation>Payment taken: receipt no. %1. Contract %2 is now paid off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับชำระแล้ว ใบเสร็จเลขที่ %1 จำนวน %2 บาท</source>
        <translation>Payment taken: receipt no. %1, %2 baht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ทำสัญญาใหม่เลขที่ %1 แล้ว ปิดสัญญาเดิมเลขที่ %2</source>
        <translation>New contract no. %1 made; old contract no. %2 closed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>รับคำขอกู้แล้ว รอคณะกรรมการเงินกู้พิจารณา</source>
        <translation>Application received; it now awaits the loan committee.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>บันทึกมติคณะกรรมการของคำขอกู้ของ %1 แล้ว</source>
        <translation>The committee&apos;s decision on %1&apos;s application has been recorded.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>จ่ายเงินกู้แล้ว สัญญาเลขที่ %1 ผ่อน %2 งวด</source>
        <translation>Loan paid out: contract no. %1, %2 instalments.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ทะเบียนเงินกู้</source>
        <translation>Loan register</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>สัญญาที่ยังผ่อนอยู่ %1 สัญญา เงินต้นคงเหลือ %2 บาท   ค้างชำระ %3 สัญญา เงินต้นคงเหลือ %4 บาท</source>
        <translation>Loans being repaid: %1, principal outstanding %2 baht   In arrears: %3, principal outstanding %4 baht</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanRoundsTab</name>
    <message>
        <location filename="../ui/funds/LoanRoundsTab.cpp" line="+40"/>
        <source>สมาชิก (เลขที่ ชื่อ)</source>
        <translation>Member (no., name)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่ยื่น</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขอกู้</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>อนุมัติ</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญา</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>มติ/หมายเหตุ</source>
        <translation>Decision / notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เปิดรอบใหม่…</source>
        <translation>Open a new round…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับคำขอกู้…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มติอนุมัติ/ไม่อนุมัติ…</source>
        <translation>Approve or reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทำสัญญาและจ่ายเงิน…</source>
        <translation>Contract and pay out…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดรอบ</source>
        <translation>Close round</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>รอบการให้กู้:</source>
        <translation>Loan round:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>รอบการให้กู้</source>
        <translation>Loan rounds</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>รอบที่ %1 %2 (%3)</source>
        <translation>Round %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปิดรับถึง %1</source>
        <translation>open until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดแล้ว</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>คำขอกู้ %1 ราย (ไม่อนุมัติ %2 ราย) ขอกู้รวม %3 บาท อนุมัติรวม %4 บาท จ่ายแล้ว %5 บาท   เงินในบัญชีแหล่งเงินทุนวันนี้ %6 บาท</source>
        <translation>Applications: %1 (not approved: %2)  Applied for %3 baht  Approved %4 baht  Paid out %5 baht   Pool bank balance today: %6 baht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ยังไม่มีรอบการให้กู้ กด &quot;เปิดรอบใหม่…&quot; เพื่อเริ่ม</source>
        <translation>No loan rounds yet. Press &quot;Open a new round…&quot; to start.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>เปิดรอบที่ %1 แล้ว</source>
        <translation>Round %1 opened.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>รับคำขอกู้แล้ว รอคณะกรรมการพิจารณา</source>
        <translation>Application received; it now awaits the committee.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>บันทึกมติของคำขอกู้ของ %1 แล้ว</source>
        <translation>The decision on %1&apos;s application has been recorded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>จ่ายเงินกู้แล้ว สัญญาเลขที่ %1 ครบกำหนด %2</source>
        <translation>Loan paid out: contract no. %1, due %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ใบเสร็จค่าธรรมเนียมเลขที่ %1 จำนวน %2 บาท</source>
        <translation> Fee receipt no. %1, %2 baht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ปิดรอบการให้กู้</source>
        <translation>Close the loan round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดรอบที่ %1 วันนี้? หลังปิดแล้วจะรับคำขอกู้เพิ่มไม่ได้ แต่ยังบันทึกมติและจ่ายเงินได้</source>
        <translation>Close round %1 today? Once it is closed, no more applications can be taken, but decisions and payouts can still be recorded.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+48"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สร้างไฟล์ใหม่…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดไฟล์…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ล่าสุด</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปิดข้อมูลตัวอย่าง</source>
        <translation>Open the demo data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตรวจสอบไฟล์</source>
        <translation>Check file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ภาษาและขนาดตัวอักษร…</source>
        <translation>Language and text size…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เกี่ยวกับฐานราก</source>
        <translation>About Thanrak</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(ยังไม่มี)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ฐานราก</source>
        <translation>Thanrak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังไม่ได้เปิดไฟล์</source>
        <translation>No file open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ฐานราก — %1</source>
        <translation>Thanrak — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ข้อมูลรุ่น %1</source>
        <translation>Data version %1</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MeetingDayTab</name>
    <message>
        <location filename="../ui/savings/MeetingDayTab.cpp" line="+33"/>
        <source>ไม่ได้มาชำระ (ล้างแถว)</source>
        <translation>Did not pay (clear row)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกการประชุมและออกใบเสร็จ</source>
        <translation>Record the meeting and issue receipts</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>วันสัจจะ (รับเงินประจำเดือน)</source>
        <translation>Meeting day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>วันประชุม:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>รับเงินของเดือน%1</source>
        <translation>Collecting for %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>บันทึกการประชุมของเดือนนี้แล้ว ตารางนี้แสดงเพื่อดูเท่านั้น</source>
        <translation>This month&apos;s meeting has already been recorded; the sheet is shown for viewing only.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผู้ชำระ %1 จาก %2 คน   สัจจะ %3   เงินฝาก %4   ค่าปรับ %5   เงินกู้ %6
รวมรับ %7 บาท (ยอดที่ต้องรับ %8 บาท)</source>
        <translation>Paid: %1 of %2 members   Sajja %3   Deposits %4   Fines %5   Loans %6
Total received %7 baht (due %8 baht)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>บันทึกการประชุมวันที่ %1
ผู้ชำระ %2 คน รวมรับ %3 บาท
(%4)

เมื่อบันทึกแล้วจะแก้ไขไม่ได้ ต้องกลับรายการเท่านั้น ต้องการบันทึกหรือไม่</source>
        <translation>Record the meeting of %1
Payers: %2; total received %3 baht
(%4)

Once recorded, it cannot be changed, only reversed. Do you want to record it?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>บันทึกการประชุม</source>
        <translation>Record meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>บันทึกแล้ว ใบเสร็จเลขที่ %1 ถึง %2 รวม %3 บาท</source>
        <translation>Recorded: receipts no. %1 to %2, total %3 baht.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MeetingSheetModel</name>
    <message>
        <location filename="../ui/savings/MeetingSheetModel.cpp" line="+137"/>
        <source>ค้างสัจจะเดือน%1 %2 บาท</source>
        <translation>Sajja owed for %1: %2 baht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สัญญา %1: ถึงกำหนด %2 บาท ปิดบัญชี %3 บาท</source>
        <translation>Contract %1: %2 baht due, %3 baht to settle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (ค้างชำระ %1 วัน)</source>
        <translation> (%1 days overdue)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สัจจะที่ต้องส่ง</source>
        <translation>Sajja due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าปรับที่ต้องส่ง</source>
        <translation>Fines due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งวดเงินกู้ที่ต้องส่ง</source>
        <translation>Loan instalment due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับสัจจะ</source>
        <translation>Sajja paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับเงินฝาก</source>
        <translation>Deposit paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับค่าปรับ</source>
        <translation>Fine paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับชำระเงินกู้</source>
        <translation>Loan repaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รวมรับ</source>
        <translation>Total received</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MemberCardTab</name>
    <message>
        <location filename="../ui/savings/MemberCardTab.cpp" line="+37"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>สัญญา</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วิธีคิดดอกเบี้ย</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วงเงิน</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คงเหลือ</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถึงกำหนดชำระ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ค้าง (วัน)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>งวด</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กำหนดชำระ</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินต้น</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดอกเบี้ย</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รวมชำระ</source>
        <translation>Total payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินต้นคงเหลือ</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดือน</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สัจจะที่ต้องส่ง</source>
        <translation>Sajja due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่งแล้ว</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขที่ใบเสร็จ</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รายการ</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับสมาชิกใหม่…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปลี่ยนสัจจะ…</source>
        <translation>Change sajja pledge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลาออก…</source>
        <translation>Leave the group…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้รับประโยชน์…</source>
        <translation>Beneficiaries…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>บันทึกผู้รับประโยชน์ของ %1 แล้ว</source>
        <translation>Beneficiaries of %1 saved</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>รับสมาชิกเลขที่ %1 แล้ว ใบเสร็จค่าธรรมเนียมแรกเข้าเลขที่ %2</source>
        <translation>Member no. %1 admitted. Entrance fee receipt no. %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับสมาชิกเลขที่ %1 แล้ว</source>
        <translation>Member no. %1 admitted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>บันทึกการเปลี่ยนสัจจะของ %1 แล้ว</source>
        <translation>The change to %1&apos;s sajja pledge has been recorded.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ลาออกแล้ว จ่ายคืนเป็นเงินสด %2 บาท</source>
        <translation>%1 has left the group; %2 baht paid back in cash.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>บัตรสมาชิก</source>
        <translation>Member card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ค้นหาชื่อหรือเลขที่สมาชิก</source>
        <translation>Search by name or member no.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ข้อมูล ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เงินกู้และตารางผ่อน</source>
        <translation>Loans and repayment schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัจจะ 12 เดือน</source>
        <translation>Sajja, last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประวัติการรับเงิน</source>
        <translation>Payment history</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>สมาชิก</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลาออกแล้ว</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>เลือกสมาชิกทางซ้ายเพื่อดูบัตรสมาชิก</source>
        <translation>Choose a member on the left to see their member card.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;ค้างสัจจะ %1 เดือน รวม %2 บาท&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;Months of sajja owed: %1 (%2 baht)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt; &amp;nbsp; สมาชิกเลขที่ %2 &amp;nbsp; เข้าเป็นสมาชิก %3&lt;br&gt;สัจจะเดือนละ %4 หุ้น = %5 บาท &amp;nbsp;|&amp;nbsp; เงินสัจจะสะสม &lt;b&gt;%6&lt;/b&gt; บาท &amp;nbsp;|&amp;nbsp; เงินฝาก %7 บาท &amp;nbsp;|&amp;nbsp; เงินกู้คงเหลือ &lt;b&gt;%8&lt;/b&gt; บาท%9</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt; &amp;nbsp; Member no. %2 &amp;nbsp; Joined %3&lt;br&gt;Monthly sajja pledge: %4 shares = %5 baht &amp;nbsp;|&amp;nbsp; Sajja savings &lt;b&gt;%6&lt;/b&gt; baht &amp;nbsp;|&amp;nbsp; Deposits %7 baht &amp;nbsp;|&amp;nbsp; Loans outstanding &lt;b&gt;%8&lt;/b&gt; baht%9</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/organisations/MemberTableModel.cpp" line="+72"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่เข้า</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MembershipDialog</name>
    <message>
        <location filename="../ui/organisations/MembershipDialog.cpp" line="+19"/>
        <source>เพิ่มสมาชิก</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>องค์กร: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>บุคคล</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขทะเบียนสมาชิก</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เข้าเป็นสมาชิก (พ.ศ.)</source>
        <translation>Joined on (B.E.)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MonthSalesDialog</name>
    <message>
        <location filename="../ui/otop/MonthSalesDialog.cpp" line="+20"/>
        <source>บันทึกยอดขายประจำเดือน</source>
        <translation>Record monthly sales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ผลิตภัณฑ์: %1 (ราคา %2 บาทต่อ%3)</source>
        <translation>Product: %1 (price %2 baht per %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>พ.ศ.</source>
        <translation>B.E.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดือน</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวน (%1)</source>
        <translation>Quantity (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขาย (บาท)</source>
        <translation>Sales (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่องทาง</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>กรุณาใส่ปี พ.ศ. เป็นตัวเลข เช่น %1</source>
        <translation>Please enter the B.E. year as a number, e.g. %1</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::NationalIdEdit</name>
    <message>
        <location filename="../ui/widgets/NationalIdEdit.cpp" line="+13"/>
        <source>13 หลัก เว้นวรรคหรือขีดได้</source>
        <translation>13 digits; spaces or dashes are fine</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationDetails</name>
    <message>
        <location filename="../ui/organisations/OrganisationDetails.cpp" line="+38"/>
        <source>แสดงผู้ที่ออกแล้วด้วย</source>
        <translation>Include former members</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>สมาชิก</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คณะกรรมการชุดปัจจุบัน</source>
        <translation>Current committees</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>เลือกองค์กรจากรายการด้านบนเพื่อดูสมาชิกและคณะกรรมการ</source>
        <translation>Choose an organisation in the list above to see its members and committees</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>สมาชิก (%1 คน)</source>
        <translation>Members (%1)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationDialog</name>
    <message>
        <location filename="../ui/organisations/OrganisationDialog.cpp" line="+16"/>
        <source>เพิ่มองค์กร</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลองค์กร</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>เช่น SG-35060101</source>
        <translation>e.g. SG-35060101</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสองค์กร</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อองค์กร</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ที่ตั้ง</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>วันที่จดทะเบียน (พ.ศ.)</source>
        <translation>Registered on (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขทะเบียน</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationTableModel</name>
    <message>
        <location filename="../ui/organisations/OrganisationTableModel.cpp" line="+80"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อองค์กร</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จดทะเบียน</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิก</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationsPage</name>
    <message>
        <location filename="../ui/organisations/OrganisationsPage.cpp" line="+79"/>
        <source>องค์กร</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ทุกประเภท</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหาชื่อหรือรหัสองค์กร</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>เพิ่มองค์กร</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มสมาชิก</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คณะกรรมการ</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>หรือกด Enter หรือดับเบิลคลิกที่รายการ</source>
        <translation>Or press Enter, or double-click the row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดูคณะกรรมการทุกวาระ และเพิ่มกรรมการ</source>
        <translation>See every committee term and add members to committees</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 องค์กร</source>
        <translation>%1 organisations</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OtherEntryDialog</name>
    <message>
        <location filename="../ui/savings/OtherEntryDialog.cpp" line="+30"/>
        <source>บันทึกรายรับ/รายจ่ายอื่น</source>
        <translation>Record other income or expense</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ใช้บันทึกเงินที่กลุ่มได้รับหรือจ่ายนอกเหนือจากเงินสัจจะและเงินกู้ เช่น ดอกเบี้ยเงินฝากธนาคาร ค่าเครื่องเขียน ค่าใช้จ่ายในการประชุม</source>
        <translation>For money the group receives or pays other than sajja savings and loans, e.g. bank interest, stationery, meeting expenses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ค่าใช้จ่าย (จ่ายเงินออก)</source>
        <translation>Expense (money out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้อื่น (รับเงินเข้า)</source>
        <translation>Other income (money in)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เงินสด</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝากธนาคาร</source>
        <translation>Bank deposits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เช่น ซื้อสมุดบัญชีและปากกา</source>
        <translation>e.g. bought account books and pens</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บัญชี</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ (พ.ศ.)</source>
        <translation>Date (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนเงิน (บาท)</source>
        <translation>Amount (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับหรือจ่ายทาง</source>
        <translation>Received or paid through</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คำอธิบาย</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OtopOverviewTab</name>
    <message>
        <location filename="../ui/otop/OtopOverviewTab.cpp" line="+21"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คัดสรรแล้ว</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4–5 ดาว</source>
        <translation>4–5 stars</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ใบรับรองที่ใช้ได้</source>
        <translation>Valid certificates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขายของปี</source>
        <translation>Sales for the year</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผลิตภัณฑ์ตามประเภทและระดับดาว</source>
        <translation>Products by category and star rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขายตามช่องทาง</source>
        <translation>Sales by channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สรุปรายตำบล</source>
        <translation>Summary by subdistrict</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ปี %1: ผู้ผลิต %2 ราย ผลิตภัณฑ์ %3 รายการ (คัดสรรแล้ว %4 ได้ 5 ดาว %5) ยอดขายรวม %6 บาท · ผลิตภัณฑ์ที่ตั้งเป้า %7 รายการ ถึงเป้า %8 รายการ เป้ารวม %9 บาท</source>
        <translation>%1: %2 producers, %3 products (%4 selected, %5 with 5 stars), total sales %6 baht · %7 products with a target, %8 reached it, total target %9 baht</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OtopPage</name>
    <message>
        <location filename="../ui/otop/OtopPage.cpp" line="+39"/>
        <source>ปี พ.ศ.:</source>
        <translation>B.E. year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ภาพรวมอำเภอ</source>
        <translation>District overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบรับรองใกล้หมดอายุ</source>
        <translation>Certificates about to expire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ผลิตภัณฑ์ OTOP</source>
        <translation>OTOP products</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PeopleImportWizard</name>
    <message>
        <location filename="../ui/intake/PeopleImportWizard.cpp" line="+46"/>
        <source>พ.ศ. (เช่น 5/6/2510)</source>
        <translation>B.E. (e.g. 5/6/2510)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค.ศ. (เช่น 5/6/1967)</source>
        <translation>C.E. (e.g. 5/6/1967)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>นำเข้ารายชื่อสมาชิกจาก Excel</source>
        <translation>Import members from Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ถัดไป &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; ย้อนกลับ</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. เลือกองค์กรและไฟล์</source>
        <translation>1. Choose the organisation and file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกรายชื่อจาก Excel เป็น CSV หรือข้อความ (Unicode) ก่อน โปรแกรมจะเดารหัสอักขระและตัวคั่นให้</source>
        <translation>First save the list from Excel as CSV or Unicode text. The program will work out the character encoding and delimiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>อัตโนมัติ</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จุลภาค ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อัฒภาค ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>แท็บ</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>องค์กร:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสอักขระ:</source>
        <translation>Character encoding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวคั่น:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แถวหัวตาราง:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เลือกไฟล์รายชื่อ</source>
        <translation>Choose the member list file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ CSV หรือข้อความ (*.csv *.txt)</source>
        <translation>CSV or text files (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>2. จับคู่คอลัมน์</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลือกว่าแต่ละข้อมูลอยู่ในคอลัมน์ใดของไฟล์ โปรแกรมจะจำไว้สำหรับองค์กรนี้</source>
        <translation>Choose which column of the file holds each item. The program will remember your choices for this organisation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ปีในไฟล์เป็น:</source>
        <translation>Years in the file are:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ยอดยกมา:</source>
        <translation>Date of balance brought forward:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3. ตรวจทุกแถวก่อนนำเข้า</source>
        <translation>3. Check every row before importing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้าเฉพาะแถวที่ไม่มีปัญหา แถวที่มีปัญหาให้แก้ในไฟล์แล้วนำเข้าอีกครั้ง</source>
        <translation>Only rows without problems are imported. Correct the rows with problems in the file, then import them again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ช่อง</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>เปิดไฟล์ %1 ไม่ได้</source>
        <translation>Cannot open the file %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>อ่านเป็น %1 คั่นด้วย %2: หัวตาราง %3 คอลัมน์ ข้อมูล %4 แถว (แสดง %5 แถวแรก)</source>
        <translation>Read as %1, separated by %2: %3 header columns, %4 data rows (showing the first %5)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>— ไม่มีในไฟล์ —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คอลัมน์ %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>นำเข้าได้ %1 แถว (เงินสัจจะยกมารวม %2 บาท) มีปัญหา %3 แถว ซึ่งจะไม่นำเข้า</source>
        <translation>%1 rows can be imported (savings brought forward: %2 baht in total). %3 rows have problems and will not be imported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>นำเข้า %1 แถว</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>กรุณาเลือกองค์กรและไฟล์ที่อ่านได้ก่อน</source>
        <translation>Please choose an organisation and a readable file first.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PeoplePage</name>
    <message>
        <location filename="../ui/people/PeoplePage.cpp" line="+77"/>
        <source>บุคคล</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>พิมพ์ชื่อ นามสกุล หรือเลขประจำตัวประชาชน (Ctrl+F)</source>
        <translation>Type a name, surname or national ID (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เพิ่มบุคคล (Insert)</source>
        <translation>Add person (Insert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แก้ไข (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>หรือกด Enter หรือดับเบิลคลิกที่รายการ</source>
        <translation>Or press Enter, or double-click the row</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>แสดง %1 คนแรก</source>
        <translation>First %1 shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 คน</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>เลือกบุคคลจากรายการเพื่อดูว่าเป็นสมาชิกองค์กรใดบ้าง</source>
        <translation>Choose a person in the list to see which organisations they belong to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>การเป็นสมาชิกของ %1</source>
        <translation>Memberships of %1</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonDialog</name>
    <message>
        <location filename="../ui/people/PersonDialog.cpp" line="+15"/>
        <source>เพิ่มบุคคล</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลบุคคล</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ซอย ถนน หรือที่อยู่นอกอำเภอ</source>
        <translation>Lane, road, or an address outside the district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เช่น 081-234-5678</source>
        <translation>e.g. 081-234-5678</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>คำนำหน้า</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อ</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นามสกุล</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันเกิด (พ.ศ.)</source>
        <translation>Born on (B.E.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บ้านเลขที่</source>
        <translation>House no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ที่อยู่เพิ่มเติม</source>
        <translation>More address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสไปรษณีย์</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonMembershipModel</name>
    <message>
        <location filename="../ui/people/PersonMembershipModel.cpp" line="+57"/>
        <source>องค์กร</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขที่สมาชิก</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่เข้า</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonPicker</name>
    <message>
        <location filename="../ui/widgets/PersonPicker.cpp" line="+18"/>
        <source>พิมพ์ชื่อ นามสกุล หรือเลขประจำตัว</source>
        <translation>Type a name, surname or ID number</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonTableModel</name>
    <message>
        <location filename="../ui/people/PersonTableModel.cpp" line="+75"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันเกิด</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>องค์กร</source>
        <translation>Organisations</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlaceFilterBar</name>
    <message>
        <location filename="../ui/widgets/PlaceFilterBar.cpp" line="+47"/>
        <source>อำเภอ/เขต</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ทั้งหมด</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— เลือกอำเภอ —</source>
        <translation>— choose a district —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— เลือกตำบล —</source>
        <translation>— choose a subdistrict —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— เลือกหมู่บ้าน —</source>
        <translation>— choose a village —</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlacesPage</name>
    <message>
        <location filename="../ui/places/PlacesPage.cpp" line="+49"/>
        <source>เพิ่มตำบล (Insert)</source>
        <translation>Add subdistrict (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มหมู่บ้าน (Ctrl+Insert)</source>
        <translation>Add village (Ctrl+Insert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อำเภอ/เขต</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>สถานที่</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+20"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รหัสไปรษณีย์</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>หมู่ที่</source>
        <translation>Moo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlanDialog</name>
    <message>
        <location filename="../ui/cbmc/PlanDialog.cpp" line="+18"/>
        <source>สร้างแผนธุรกิจชุมชน</source>
        <translation>New community business plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขแผนธุรกิจชุมชน</source>
        <translation>Edit community business plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— เลือกองค์กร —</source>
        <translation>— choose an organisation —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>องค์กร</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อแผน</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ OTOP ในแผน (ไม่บังคับ)</source>
        <translation>OTOP products in the plan (optional)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlanListTab</name>
    <message>
        <location filename="../ui/cbmc/PlanListTab.cpp" line="+26"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำลังทำ</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เสร็จ</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>แผน</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>องค์กร</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation>Tambon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รุ่นล่าสุด · วันที่</source>
        <translation>Latest version · date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขั้น 1</source>
        <translation>Step 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขั้น 2</source>
        <translation>Step 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขั้น 3</source>
        <translation>Step 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขั้น 4</source>
        <translation>Step 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สร้างแผนใหม่…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขแผน…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบแผน…</source>
        <translation>Delete plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดแคนวาส</source>
        <translation>Open canvas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ขั้น %1 %2</source>
        <translation>Step %1 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>ลบแผนธุรกิจชุมชน</source>
        <translation>Delete community business plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบแผน “%1” ของ%2 ทั้งแผนหรือไม่</source>
        <translation>Delete the whole plan “%1” of %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จะลบ %1 รุ่น รายการบนแคนวาส %2 รายการ การพัฒนาศักยภาพ (KSNB) %3 รายการ และไฟล์แนบ %4 ไฟล์ไปด้วย ลบแล้วเรียกคืนไม่ได้</source>
        <translation>This also deletes %1 versions, %2 canvas items, %3 capacity-building (KSNB) items and %4 attached files. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบทั้งแผน</source>
        <translation>Delete the whole plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่ลบ</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบแผนไม่ได้</source>
        <translation>Cannot delete the plan</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PledgeDialog</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="-42"/>
        <source>เปลี่ยนจำนวนหุ้นสัจจะ</source>
        <translation>Change the sajja pledge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เริ่มตั้งแต่ (พ.ศ.)</source>
        <translation>Starting from (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัจจะเดือนละ (หุ้น)</source>
        <translation>Monthly sajja pledge (shares)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PoolDialog</name>
    <message>
        <location filename="../ui/funds/PoolDialogs.cpp" line="-92"/>
        <source>เปิดแหล่งเงินทุน</source>
        <translation>Open a capital pool</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>เช่น เงินทุนจากรัฐบาล (บัญชี 1)</source>
        <translation>e.g. Government capital (Account 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เช่น ธ.ก.ส. สาขากุดชุม</source>
        <translation>e.g. BAAC, Kut Chum branch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อแหล่งเงินทุน</source>
        <translation>Pool name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ธนาคาร/สาขา</source>
        <translation>Bank / branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่บัญชี</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เปิดบัญชี (พ.ศ.)</source>
        <translation>Account opened on (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ให้กู้</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อัตราดอกเบี้ย (ร้อยละต่อปี)</source>
        <translation>Interest rate (% a year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระยะเวลา (เดือน)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PoolMoneyDialog</name>
    <message>
        <location line="+80"/>
        <source>แหล่งเงินทุน: %1</source>
        <translation>Capital pool: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>วันที่ (พ.ศ.)</source>
        <translation>Date (B.E.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้น (บาท)</source>
        <translation>Principal (baht)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน (บาท)</source>
        <translation>Amount (baht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ดอกเบี้ย (บาท)</source>
        <translation>Interest (baht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ที่มาของเงิน</source>
        <translation>Source of the money</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เช่น เงินเพิ่มทุนระยะที่ 3 จาก สทบ.</source>
        <translation>e.g. phase 3 capital increase from the National Village Fund Office</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>กรุณาระบุที่มาของเงิน</source>
        <translation>Please say where the money came from.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PoolsTab</name>
    <message>
        <location filename="../ui/funds/PoolsTab.cpp" line="+43"/>
        <source>ที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>แหล่งเงินทุน</source>
        <translation>Capital pool</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ธนาคาร / เลขที่บัญชี</source>
        <translation>Bank / account no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินในบัญชี</source>
        <translation>Bank balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ทุน / หนี้เงินกู้ยืม</source>
        <translation>Capital / borrowing owed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ให้กู้คงเหลือ</source>
        <translation>Loans outstanding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รายการ</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ที่มา / หมายเหตุ</source>
        <translation>Source / notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดอกเบี้ย</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เปิดแหล่งเงินทุน…</source>
        <translation>Open a capital pool…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินทุน/เพิ่มทุน…</source>
        <translation>Receive capital…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ฝากเงินสดเข้าบัญชี…</source>
        <translation>Deposit cash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถอนเงินสด…</source>
        <translation>Withdraw cash…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชำระคืนผู้ให้กู้…</source>
        <translation>Repay lender…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รายการเงินทุนของแหล่งที่เลือก</source>
        <translation>Entries for the selected pool</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>กองทุนนี้ยังไม่มีแหล่งเงินทุน กด &quot;เปิดแหล่งเงินทุน…&quot; เพื่อเริ่ม</source>
        <translation>This fund has no capital pools yet. Press &quot;Open a capital pool…&quot; to start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รวม %1 แหล่ง: เงินในบัญชี %2 บาท ให้กู้คงเหลือ %3 บาท</source>
        <translation>%1 pools in total: bank balance %2 baht, loans outstanding %3 baht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>งวดที่ %1 ครบกำหนด %2 เงินต้น %3 ดอกเบี้ย %4 บาท</source>
        <translation>instalment %1 due %2: principal %3, interest %4 baht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กำหนดชำระคืน %1: </source>
        <translation>Repayments due to %1: </translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProblemListDialog</name>
    <message>
        <location filename="../ui/exchange/ProblemListDialog.cpp" line="+13"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ช่อง</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>พบปัญหาในไฟล์</source>
        <translation>Problems found in the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่ได้บันทึกอะไรลงในไฟล์ข้อมูล กรุณาแก้ไฟล์ตามรายการด้านล่างแล้วลองใหม่</source>
        <translation>Nothing has been saved to the data file. Please correct the file as listed below and try again.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProducerDialog</name>
    <message>
        <location filename="../ui/otop/ProducerDialog.cpp" line="+21"/>
        <source>ลงทะเบียนผู้ผลิต OTOP</source>
        <translation>Register OTOP producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลผู้ผลิต</source>
        <translation>Edit producer details</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(ไม่ได้เชื่อมกับองค์กร)</source>
        <translation>(not linked to an organisation)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ประเภทผู้ผลิต</source>
        <translation>Producer type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อผู้ผลิตหรือชื่อกลุ่ม</source>
        <translation>Producer or group name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>องค์กรที่เป็นผู้ผลิต</source>
        <translation>Producing organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เจ้าของหรือผู้ประสานงาน</source>
        <translation>Owner or coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ที่ตั้ง</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อผู้ติดต่อ</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนสมาชิก (คน)</source>
        <translation>Number of members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ลงทะเบียน (พ.ศ.)</source>
        <translation>Registration date (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขทะเบียนผู้ผลิต</source>
        <translation>Producer registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProducersTab</name>
    <message>
        <location filename="../ui/otop/ProducersTab.cpp" line="+20"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สมาชิก</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขทะเบียน</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เชื่อมกับ</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ลงทะเบียนผู้ผลิต…</source>
        <translation>Register producer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ค้นหาชื่อผู้ผลิตหรือเลขทะเบียน</source>
        <translation>Search producer name or registration no.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ลบผู้ผลิต</source>
        <translation>Delete producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบผู้ผลิตที่เลือกหรือไม่</source>
        <translation>Delete the selected producer?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ลบไม่ได้</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductCertificatesTab</name>
    <message>
        <location filename="../ui/otop/ProductCertificatesTab.cpp" line="+7"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมดอายุ</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่ออก</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ออก</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เพิ่มใบรับรอง…</source>
        <translation>Add certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>ลบใบรับรอง</source>
        <translation>Delete certificate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบใบรับรองที่เลือกหรือไม่</source>
        <translation>Delete the selected certificate?</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductDetailsTab</name>
    <message>
        <location filename="../ui/otop/ProductDetailsTab.cpp" line="+33"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มรูป…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบรูปนี้</source>
        <translation>Delete this photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขข้อมูล…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รูปก่อนหน้า</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปถัดไป</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation>Choose a product from the list on the left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตราสินค้า</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ราคา</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 บาท ต่อ%2</source>
        <translation>%1 baht per %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำลังการผลิต</source>
        <translation>Production capacity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 %2 ต่อเดือน</source>
        <translation>%L1 %2 per month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระดับดาวล่าสุด</source>
        <translation>Latest star rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ดาว (ปี %2)</source>
        <translation>%1 stars (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วัตถุดิบ</source>
        <translation>Raw materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรจุภัณฑ์</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายละเอียด</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เรื่องราวและภูมิปัญญา</source>
        <translation>Story and local wisdom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ยังไม่มีรูป</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รูปที่ %1 จาก %2
%3</source>
        <translation>Photo %1 of %2
%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลือกรูปผลิตภัณฑ์</source>
        <translation>Choose product photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปภาพ (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>เพิ่มรูปไม่สำเร็จ</source>
        <translation>Could not add the photo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>เปิดไฟล์ %1 ไม่ได้</source>
        <translation>Cannot open the file %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ลบรูป</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบรูปที่ %1 ของผลิตภัณฑ์นี้หรือไม่</source>
        <translation>Delete photo %1 of this product?</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductDialog</name>
    <message>
        <location filename="../ui/otop/ProductDialog.cpp" line="+25"/>
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลผลิตภัณฑ์</source>
        <translation>Edit product details</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>เช่น ขนม ผ้าไหม เครื่องจักสาน</source>
        <translation>e.g. sweets, silk, basketry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เช่น ถุง ชิ้น ผืน ขวด</source>
        <translation>e.g. bag, piece, length of cloth, bottle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อผลิตภัณฑ์</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตราสินค้า</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กลุ่มย่อย</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หน่วยนับ</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ราคาต่อหน่วย (บาท)</source>
        <translation>Unit price (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำลังการผลิตต่อเดือน (หน่วย)</source>
        <translation>Monthly production capacity (units)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แหล่งวัตถุดิบ</source>
        <translation>Source of raw materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรจุภัณฑ์</source>
        <translation>Packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายละเอียดผลิตภัณฑ์</source>
        <translation>Product description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เรื่องราวและภูมิปัญญา</source>
        <translation>Story and local wisdom</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductRatingsTab</name>
    <message>
        <location filename="../ui/otop/ProductRatingsTab.cpp" line="+17"/>
        <source>ปี</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 1</source>
        <translation>Part 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 2</source>
        <translation>Part 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 3</source>
        <translation>Part 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระดับดาว</source>
        <translation>Star rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตรา OTOP</source>
        <translation>OTOP mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บันทึกผลการคัดสรร…</source>
        <translation>Record selection result…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบผลของปีที่เลือก</source>
        <translation>Delete the selected year&apos;s result</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>ลบผลการคัดสรร</source>
        <translation>Delete selection result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบผลการคัดสรรของปีที่เลือกหรือไม่</source>
        <translation>Delete the selection result for the selected year?</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductSalesTab</name>
    <message>
        <location filename="../ui/otop/ProductSalesTab.cpp" line="+27"/>
        <location line="+40"/>
        <source>เดือน</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>บันทึกยอดขาย…</source>
        <translation>Record sales…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายปีนี้…</source>
        <translation>This year&apos;s target…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มช่องทางขาย…</source>
        <translation>Add sales channel…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ตารางรายเดือน</source>
        <translation>Monthly table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กราฟ</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>รวมทั้งปี</source>
        <translation>Year total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation>Choose a product from the list on the left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เป้าหมายปี %1: %2 บาท · ขายแล้ว %3 บาท (%4 ของเป้าหมาย)</source>
        <translation>Target for %1: %2 baht · sold %3 baht (%4 of target)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ปี %1 ขายแล้ว %2 บาท ยังไม่ได้ตั้งเป้าหมาย</source>
        <translation>%1: sold %2 baht; no target set yet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>เพิ่มช่องทางการขาย</source>
        <translation>Add sales channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อช่องทาง เช่น ร้านของฝากหน้าวัด เพจ Facebook ของกลุ่ม</source>
        <translation>Channel name, e.g. souvenir shop by the temple, the group&apos;s Facebook page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เพิ่มช่องทางไม่สำเร็จ</source>
        <translation>Could not add the channel</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductsTab</name>
    <message>
        <location filename="../ui/otop/ProductsTab.cpp" line="-17"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดาว</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังไม่มีผู้ผลิตในแฟ้มนี้ กรุณาลงทะเบียนผู้ผลิตที่แท็บ ผู้ผลิต ก่อน</source>
        <translation>There are no producers in this file yet. Please register a producer on the Producers tab first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ลบผลิตภัณฑ์</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบผลิตภัณฑ์ที่เลือก พร้อมรูปและใบรับรองของผลิตภัณฑ์นี้หรือไม่</source>
        <translation>Delete the selected product, together with its photos and certificates?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบไม่ได้</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RatingDialog</name>
    <message>
        <location filename="../ui/otop/RatingDialog.cpp" line="+22"/>
        <source>บันทึกผลการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์</source>
        <translation>Record OTOP Product Champion selection result</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผลิตภัณฑ์: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เกณฑ์ของรอบ…</source>
        <translation>Round criteria…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รอบการคัดสรร (ปี)</source>
        <translation>Selection round (year)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>คะแนนส่วนที่ %1</source>
        <translation>Score, part %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รวม %1 จาก %2 คะแนน ได้ %3 (%4 ดาว)</source>
        <translation>Total %1 of %2 points: %3 (%4 stars)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผลรวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ไม่ได้รับ)</source>
        <translation>(not awarded)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตรา OTOP</source>
        <translation>OTOP mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประกาศผล (พ.ศ.)</source>
        <translation>Announcement date (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ปี %1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>เกณฑ์ของรอบนี้: 5 ดาว ≥ %1 · 4 ดาว ≥ %2 · 3 ดาว ≥ %3 · 2 ดาว ≥ %4 · ต่ำกว่า %4 ได้ 1 ดาว</source>
        <translation>Criteria for this round: 5 stars ≥ %1 · 4 stars ≥ %2 · 3 stars ≥ %3 · 2 stars ≥ %4 · below %4 gets 1 star</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ส่วนที่ %1 %2 (เต็ม %3)</source>
        <translation>Part %1 %2 (out of %3)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReconciliationTab</name>
    <message>
        <location filename="../ui/funds/ReconciliationTab.cpp" line="+38"/>
        <source>บันทึกดอกเบี้ยเงินฝากที่ธนาคารให้…</source>
        <translation>Record bank interest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <location line="+8"/>
        <source>บันทึกการกระทบยอด</source>
        <translation>Save reconciliation</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+10"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ยอดตามสมุดธนาคาร</source>
        <translation>Passbook balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดตามบัญชี</source>
        <translation>Book balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลต่าง</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังหาที่มาไม่ได้</source>
        <translation>Unexplained</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ธนาคารแสดงแล้ว</source>
        <translation>In passbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขที่รายการ</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการ</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>บัญชี:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดในสมุดธนาคาร ณ วันที่:</source>
        <translation>Passbook balance as of:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือ (บาท):</source>
        <translation>Balance (baht):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ติ๊กรายการที่สมุดธนาคารแสดงแล้ว รายการที่ไม่ได้ติ๊กคือส่วนที่ทำให้ยอดต่างกัน</source>
        <translation>Tick the entries the passbook already shows. The unticked entries are what makes the balances differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>การกระทบยอดที่บันทึกไว้</source>
        <translation>Saved reconciliations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>กระทบยอดธนาคาร</source>
        <translation>Bank reconciliation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (เลขที่ %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>กองทุนนี้ยังไม่มีแหล่งเงินทุนและบัญชีธนาคาร</source>
        <translation>This fund has no capital pools or bank accounts yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>พิมพ์ยอดคงเหลือตามสมุดธนาคาร เช่น 985,250.00</source>
        <translation>Type the balance shown in the passbook, e.g. 985,250.00</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ยอดตามบัญชี %1 บาท  ยอดตามสมุดธนาคาร %2 บาท  ผลต่าง %3 บาท
รายการที่ธนาคารยังไม่แสดง %4 รายการ รวม %5 บาท</source>
        <translation>Book balance %1 baht  Passbook balance %2 baht  Difference %3 baht
Entries not yet shown by the bank: %4, totalling %5 baht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
ยอดตรงกันแล้ว</source>
        <translation>
The balances agree.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
ยังหาที่มาไม่ได้ %1 บาท (เช่น ดอกเบี้ยหรือค่าธรรมเนียมที่ธนาคารหักหรือให้ ที่ยังไม่ได้บันทึก)</source>
        <translation>
Unexplained: %1 baht (e.g. interest or charges from the bank that have not been recorded yet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ยังมีผลต่างที่หาที่มาไม่ได้ %1 บาท บันทึกไว้ก่อนหรือไม่?</source>
        <translation>A difference of %1 baht is still unexplained. Save it anyway?</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>ดอกเบี้ยเงินฝาก</source>
        <translation>Bank interest</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>ดอกเบี้ยที่ธนาคารให้ ณ วันที่ %1 (บาท):</source>
        <translation>Interest paid by the bank on %1 (baht):</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RecordDialog</name>
    <message>
        <location filename="../ui/widgets/RecordDialog.cpp" line="+29"/>
        <source>บันทึก (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>กรอกช่องที่จำเป็นให้ครบแล้วจึงบันทึกได้</source>
        <translation>Fill in the required boxes to save.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RepaymentDialog</name>
    <message>
        <location filename="../ui/savings/RepaymentDialog.cpp" line="+19"/>
        <source>รับชำระเงินกู้</source>
        <translation>Take a loan repayment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ปิดบัญชีทั้งหมด</source>
        <translation>Pay off in full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาเลขที่ %1  ผู้กู้: %2</source>
        <translation>Contract no. %1  Borrower: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>วันที่รับชำระ (พ.ศ.)</source>
        <translation>Payment date (B.E.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนเงินที่รับ (บาท)</source>
        <translation>Amount received (baht)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ถึงกำหนดชำระ %1 บาท · ปิดบัญชีทั้งหมด %2 บาท · เงินต้นคงเหลือ %3 บาท</source>
        <translation>Due now %1 baht · Pay-off amount %2 baht · Principal outstanding %3 baht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · ค้างชำระ %1 วัน</source>
        <translation> · %1 days overdue</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReplacementDialog</name>
    <message>
        <location filename="../ui/savings/ReplacementDialog.cpp" line="+18"/>
        <source>ต่อสัญญา / ปรับโครงสร้างหนี้</source>
        <translation>Renew or restructure a loan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ผู้กู้: %1  สัญญาเดิมเลขที่ %2</source>
        <translation>Borrower: %1  Old contract no. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ต่อสัญญา (ชำระดอกเบี้ยแล้ว ยอดเงินต้นยกไปสัญญาใหม่)</source>
        <translation>Renewal (interest paid; the principal carries over to a new contract)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปรับโครงสร้างหนี้ (ดอกเบี้ยค้างรวมเข้าเงินต้นใหม่)</source>
        <translation>Restructuring (unpaid interest is added to the new principal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>แบบ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ทำสัญญาใหม่ (พ.ศ.)</source>
        <translation>New contract date (B.E.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยอดเงินกู้สัญญาใหม่ (บาท)</source>
        <translation>New loan amount (baht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนงวด (เดือน)</source>
        <translation>Number of instalments (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มติ/หมายเหตุ</source>
        <translation>Decision / notes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ณ วันนั้นสัญญาเดิมค้างเงินต้น %1 บาท ดอกเบี้ย %2 บาท ค่าปรับ %3 บาท
สัญญาใหม่ต้องไม่น้อยกว่า %4 บาท</source>
        <translation>On that day the old contract owes principal %1 baht, interest %2 baht and fines %3 baht
The new contract must be at least %4 baht</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReportRequestForm</name>
    <message>
        <location filename="../ui/reports/ReportRequestForm.cpp" line="+34"/>
        <source>พิมพ์เป็นเลขไทย (๑ ๒ ๓)</source>
        <translation>Print in Thai digits (๑ ๒ ๓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์เลขประจำตัวประชาชนเต็ม</source>
        <translation>Print national ID numbers in full</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ทุกตำบล</source>
        <translation>All subdistricts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>องค์กร:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิก:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล:</source>
        <translation>Subdistrict:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แผน:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รุ่นของแผน:</source>
        <translation>Plan version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตั้งแต่วันที่:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>ถึงวันที่:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>เดือน:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปี พ.ศ.:</source>
        <translation>Year (B.E.):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ทุกผลิตภัณฑ์ (หน้าละหนึ่งผลิตภัณฑ์)</source>
        <translation>All products (one page each)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>รุ่นล่าสุด</source>
        <translation>Latest version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รุ่น %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ทุกคน</source>
        <translation>All members</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReportSettingsDialog</name>
    <message>
        <location filename="../ui/reports/ReportSettingsDialog.cpp" line="+29"/>
        <source>ตั้งค่าการพิมพ์: %1</source>
        <translation>Print settings: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>เว้นว่างไว้ = ใช้ชื่อตามคณะกรรมการในวันที่ของรายงาน</source>
        <translation>Leave empty to use the committee member on the report&apos;s date</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลือกรูปโลโก้…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่ใช้โลโก้</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>โลโก้:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เหรัญญิก (ผู้จัดทำ):</source>
        <translation>Treasurer (prepared by):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประธานกรรมการ:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ตรวจสอบ:</source>
        <translation>Auditor:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ไม่มีโลโก้</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>เลือกรูปโลโก้</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปภาพ (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="+20"/>
        <source>ดูตัวอย่างและพิมพ์…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งออก CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตั้งค่าการพิมพ์ขององค์กร…</source>
        <translation>Organisation&apos;s print settings…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>บันทึกรายงานเป็นไฟล์ PDF สำหรับส่งต่อหรือพิมพ์ภายหลัง</source>
        <translation>Save the report as a PDF file to send on or print later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งออกตารางของรายงานเป็นไฟล์ CSV ที่เปิดด้วย Excel ได้ ภาษาไทยไม่เพี้ยน</source>
        <translation>Export the report&apos;s tables as a CSV file that Excel opens with Thai intact</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>รายงาน</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>เลือกองค์กรก่อน แล้วจึงตั้งค่าการพิมพ์</source>
        <translation>Choose an organisation first, then set its printing</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>กรุณาใส่วันที่ให้ครบและถูกต้องก่อน</source>
        <translation>Please fill in all the dates correctly first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>บันทึกแล้ว %1 หน้า: %2</source>
        <translation>Saved %1 pages: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งออกแล้ว: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เอกสาร PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ CSV สำหรับ Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกรายงาน</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundApplicationDialog</name>
    <message>
        <location filename="../ui/funds/RoundDialogs.cpp" line="+84"/>
        <source>รับคำขอกู้ในรอบ</source>
        <translation>New application in the round</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>รอบที่ %1 %2 — รับคำขอกู้ถึงวันที่ %3 วงเงินปกติ %4 บาท</source>
        <translation>Round %1 %2 — applications until %3, normal limit %4 baht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เช่น ซื้อปุ๋ยและเมล็ดพันธุ์ข้าว</source>
        <translation>e.g. fertiliser and rice seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกผู้ขอกู้</source>
        <translation>Applicant (member)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ยื่นคำขอ (พ.ศ.)</source>
        <translation>Applied on (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนเงินที่ขอกู้ (บาท)</source>
        <translation>Amount applied for (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>กรุณาเลือกสมาชิกผู้ขอกู้</source>
        <translation>Please choose the applicant.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundDecisionDialog</name>
    <message>
        <location line="+11"/>
        <source>มติคณะกรรมการกองทุน</source>
        <translation>Fund committee decision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>คณะกรรมการอนุมัติพิเศษเกินวงเงินปกติ %1 บาท</source>
        <translation>Special committee approval above the normal limit of %1 baht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>อนุมัติ</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่อนุมัติ</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มติ</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประชุมคณะกรรมการ (พ.ศ.)</source>
        <translation>Committee meeting date (B.E.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินที่อนุมัติ (บาท)</source>
        <translation>Approved amount (baht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหตุผล/หมายเหตุ</source>
        <translation>Reason / notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>กรุณาใส่เหตุผลที่ไม่อนุมัติ เพื่อแจ้งผู้ขอกู้</source>
        <translation>Please give the reason for not approving, so the applicant can be told.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundDialog</name>
    <message>
        <location line="-163"/>
        <source>เปิดรอบการให้กู้</source>
        <translation>Open a loan round</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>เช่น เงินกู้เพื่อการเกษตร ปี 2569</source>
        <translation>e.g. Farm loans 2569</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชื่อรอบ</source>
        <translation>Round name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ให้กู้จากแหล่งเงินทุน</source>
        <translation>Lend from pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้ (ดอกเบี้ย/ระยะเวลา)</source>
        <translation>Loan type (interest / term)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดรับคำขอกู้ตั้งแต่ (พ.ศ.)</source>
        <translation>Applications open from (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถึงวันที่ (พ.ศ.)</source>
        <translation>Until (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วงเงินกู้ปกติต่อราย (บาท)</source>
        <translation>Normal limit per borrower (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วงเงินสูงสุดเมื่ออนุมัติพิเศษ (บาท)</source>
        <translation>Maximum with special approval (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าธรรมเนียมสัญญา (บาท/สัญญา)</source>
        <translation>Contract fee (baht per contract)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินประกันความเสี่ยง (ร้อยละของเงินกู้)</source>
        <translation>Risk fund (% of the loan)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundDisbursementDialog</name>
    <message>
        <location line="+154"/>
        <source>ทำสัญญาและจ่ายเงินกู้</source>
        <translation>Make the contract and pay out the loan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>วงเงินที่อนุมัติ %1 บาท
รับค่าธรรมเนียมสัญญา %2 บาท และเงินประกันความเสี่ยง %3 บาท เป็นเงินสด (ออกใบเสร็จ)</source>
        <translation>Approved amount: %1 baht
Take the contract fee of %2 baht and the risk fund of %3 baht in cash (a receipt is issued)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>วันที่ทำสัญญาและจ่ายเงิน (พ.ศ.)</source>
        <translation>Contract and payout date (B.E.)</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RulesTab</name>
    <message>
        <location filename="../ui/savings/RulesTab.cpp" line="+8"/>
        <source>เริ่มใช้</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>บันทึกเมื่อ</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ออกระเบียบฉบับใหม่…</source>
        <translation>Issue new rules…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้</source>
        <translation>Loan type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วิธีคิดดอกเบี้ย</source>
        <translation>Interest method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดอกเบี้ย</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วงเงินสูงสุด</source>
        <translation>Maximum loan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เท่าของสัจจะ</source>
        <translation>× sajja savings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผ่อนนานสุด</source>
        <translation>Longest term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เพิ่มประเภทเงินกู้…</source>
        <translation>Add loan type…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ระเบียบกลุ่มและประเภทเงินกู้</source>
        <translation>Group rules and loan types</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ระเบียบกลุ่มแต่ละฉบับ</source>
        <translation>Versions of the group rules</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ประเภทเงินกู้ของกลุ่ม</source>
        <translation>The group&apos;s loan types</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>กลุ่มนี้ยังไม่มีระเบียบ กด &quot;ออกระเบียบฉบับใหม่&quot; เพื่อบันทึกระเบียบของกลุ่ม ก่อนรับเงินสัจจะหรือให้กู้</source>
        <translation>This group has no rules yet. Press &quot;Issue new rules&quot; to record the group&apos;s rules before taking sajja savings or lending.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ร้อยละ %1 %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 เดือน</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดให้กู้</source>
        <translation>Open for loans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>งดให้กู้</source>
        <translation>Closed to new loans</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+21"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> พอยต์</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวอย่าง: นางสมศรี ใจดี สมาชิกเลขที่ 12 เข้ากลุ่มเมื่อ 5 มิถุนายน 2567</source>
        <translation>Sample: Mrs Somsri Jaidee, member no. 12, joined on 5 June 2024</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ภาษา / Language</source>
        <translation>ภาษา / Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขนาดตัวอักษร</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::StartPage</name>
    <message>
        <location filename="../ui/shell/StartPage.cpp" line="+13"/>
        <source>ฐานราก</source>
        <translation>Thanrak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ข้อมูลกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และองค์กรชุมชน ใช้ได้โดยไม่ต้องต่ออินเทอร์เน็ต</source>
        <translation>Records of savings groups, village funds and community organisations. Works without the internet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เปิดไฟล์ล่าสุด</source>
        <translation>Open the last file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดไฟล์…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สร้างไฟล์ใหม่…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปิดข้อมูลตัวอย่าง (อำเภอสมมติสำหรับทดลองใช้)</source>
        <translation>Open the demo data (an invented district to try things out)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>เปิดไฟล์ล่าสุด (ยังไม่มี)</source>
        <translation>Open the last file (none yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดไฟล์ล่าสุด: %1</source>
        <translation>Open the last file: %1</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::StepDialog</name>
    <message>
        <location filename="../ui/cbmc/StepDialog.cpp" line="+15"/>
        <source>ขั้นตอนของแผน</source>
        <translation>Plan stages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ขั้นตอนที่ %1 %2</source>
        <translation>Stage %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เริ่ม</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เสร็จ</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::StepsTab</name>
    <message>
        <location filename="../ui/cbmc/StepsTab.cpp" line="+24"/>
        <location line="+1"/>
        <source>ขั้นตอน</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เริ่ม</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เสร็จ</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>บันทึก</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขนาด (ไบต์)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เพิ่มเมื่อ</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขขั้นตอน…</source>
        <translation>Edit stage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แนบไฟล์…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกไฟล์เป็น…</source>
        <translation>Save file as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>ลบไฟล์</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>ไฟล์หลักฐาน (แนบกับขั้นตอนที่เลือกด้านบน)</source>
        <translation>Evidence files (attached to the stage selected above)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>แนบไฟล์หลักฐาน</source>
        <translation>Attach evidence file</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>แนบไฟล์ไม่ได้</source>
        <translation>Cannot attach the file</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>เปิดไฟล์ไม่ได้: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>บันทึกไฟล์เป็น</source>
        <translation>Save file as</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>บันทึกไม่ได้</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบไฟล์ที่เลือกหรือไม่</source>
        <translation>Delete the selected file?</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::SubdistrictDialog</name>
    <message>
        <location filename="../ui/places/PlaceDialogs.cpp" line="+14"/>
        <source>เพิ่มตำบล</source>
        <translation>Add subdistrict</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ชื่อตำบล ไม่ต้องพิมพ์คำว่า ตำบล</source>
        <translation>Subdistrict name, without the word &quot;Tambon&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รหัสตำบล</source>
        <translation>Subdistrict code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อตำบล</source>
        <translation>Subdistrict name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสไปรษณีย์</source>
        <translation>Postcode</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::TargetDialog</name>
    <message>
        <location filename="../ui/otop/TargetDialog.cpp" line="+17"/>
        <source>เป้าหมายยอดขายประจำปี</source>
        <translation>Annual sales target</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ผลิตภัณฑ์: %1</source>
        <translation>Product: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ปี (พ.ศ.)</source>
        <translation>Year (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายยอดขาย (บาท)</source>
        <translation>Sales target (baht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายจำนวน (%1) ไม่บังคับ</source>
        <translation>Quantity target (%1), optional</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ปี พ.ศ. ไม่ถูกต้อง</source>
        <translation>The B.E. year is not valid.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ThaiDateEdit</name>
    <message>
        <location filename="../ui/widgets/ThaiDateEdit.cpp" line="+16"/>
        <source>วว/ดด/ปปปป</source>
        <translation>dd/mm/yyyy (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์ปี พ.ศ. เช่น 22/11/2569 หรือ 22 พ.ย. 2569</source>
        <translation>Type the year in B.E., e.g. 22/11/2569 or 22 พ.ย. 2569</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::TrialBalanceModel</name>
    <message>
        <location filename="../ui/savings/TrialBalanceModel.cpp" line="+27"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อบัญชี</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดบิต</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เครดิต</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือ</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::TrialBalanceTab</name>
    <message>
        <location filename="../ui/savings/TrialBalanceTab.cpp" line="+41"/>
        <source>ยอดถึงวันที่</source>
        <translation>Balances as of</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>งบทดลอง</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>เลือกกลุ่มก่อน แล้วงบทดลองของกลุ่มจะแสดงที่นี่</source>
        <translation>Choose a group first, and its trial balance will appear here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ยังไม่มีรายการบัญชีถึงวันที่ %1</source>
        <translation>No entries have been recorded up to %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ ยอดสมดุล: ยอดรวมเดบิตเท่ากับยอดรวมเครดิต ณ วันที่ %1</source>
        <translation>✔ Balanced: total debits equal total credits as of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ ไม่สมดุล: ยอดรวมเดบิตไม่เท่ากับยอดรวมเครดิต ณ วันที่ %1 กรุณาแจ้งผู้ดูแลโปรแกรม</source>
        <translation>✘ Not balanced: total debits do not equal total credits as of %1. Please tell whoever looks after the program.</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::VersionDialog</name>
    <message>
        <location filename="../ui/cbmc/VersionDialog.cpp" line="+13"/>
        <source>แก้ไขรุ่น %1 ของแผน</source>
        <translation>Edit version %1 of the plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เช่น ปรับหลังประชุมกลุ่มเดือนมิถุนายน</source>
        <translation>e.g. revised after the June group meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ของรุ่นนี้ (พ.ศ.)</source>
        <translation>Date of this version (B.E.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::VillageDialog</name>
    <message>
        <location filename="../ui/places/PlaceDialogs.cpp" line="+25"/>
        <source>เพิ่มหมู่บ้าน</source>
        <translation>Add village</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เช่น บ้านหนองบัว</source>
        <translation>e.g. Ban Nong Bua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่ที่</source>
        <translation>Moo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อหมู่บ้าน</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสหมู่บ้าน</source>
        <translation>Village code</translation>
    </message>
</context>
<context>
    <name>thanrak::ui::YearEndTab</name>
    <message>
        <location filename="../ui/savings/YearEndTab.cpp" line="+31"/>
        <source>คำนวณการจัดสรร (ร่าง)</source>
        <translation>Calculate the allocation (draft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>หมวดจัดสรร</source>
        <translation>Allocation items</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>ร้อยละ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ชื่อ-สกุล</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ฐานปันผล</source>
        <translation>Dividend base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดอกเบี้ยที่จ่าย</source>
        <translation>Interest paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปันผล</source>
        <translation>Dividend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เฉลี่ยคืน</source>
        <translation>Interest refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รวมรับ</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จ่ายโดย</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>สลับวิธีจ่ายของสมาชิกที่เลือก</source>
        <translation>Switch the payout of the selected member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผ่านรายการจัดสรร…</source>
        <translation>Post the allocation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>จ่ายเป็นเงินสดทุกคน</source>
        <translation>Pay everyone in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>โอนเข้าเงินสัจจะทุกคน</source>
        <translation>Add to everyone&apos;s sajja savings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิก: ปันผลและเฉลี่ยคืน</source>
        <translation>Members: dividends and interest refunds</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ปิดบัญชีสิ้นปี</source>
        <translation>Year end</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปีบัญชี:</source>
        <translation>Accounting year:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ที่ประชุมใหญ่อนุมัติเมื่อ:</source>
        <translation>Approved by the general meeting on:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>พ.ศ. %1</source>
        <translation>B.E. %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>คำนวณไม่สำเร็จ</source>
        <translation>Could not calculate</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ผ่านรายการจัดสรรกำไรปี พ.ศ. %1 ลงวันที่ %2
กำไรสุทธิ %3 บาท

เมื่อผ่านรายการแล้วจะแก้ไขไม่ได้ ต้องการดำเนินการหรือไม่</source>
        <translation>Post the profit allocation for B.E. %1, dated %2
Net profit %3 baht

Once posted, it cannot be changed. Do you want to go ahead?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผ่านรายการจัดสรร</source>
        <translation>Post the allocation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผ่านรายการไม่สำเร็จ</source>
        <translation>Could not post</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ยังไม่ได้คำนวณการจัดสรรของปีนี้ กด &quot;คำนวณการจัดสรร (ร่าง)&quot; เพื่อดูกำไรสุทธิและส่วนแบ่งของสมาชิกแต่ละคน</source>
        <translation>The allocation for this year has not been calculated yet. Press &quot;Calculate the allocation (draft)&quot; to see the net profit and each member&apos;s share.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผ่านรายการแล้วเมื่อ %1</source>
        <translation>Posted on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ร่าง (คำนวณใหม่ได้จนกว่าจะผ่านรายการ)</source>
        <translation>Draft (can be recalculated until posted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;กำไรสุทธิปี พ.ศ. %1: %2 บาท&lt;/b&gt; &amp;nbsp; สถานะ: %3&lt;br&gt;%4&lt;br&gt;ตามระเบียบกลุ่มฉบับเริ่มใช้ %5 &amp;nbsp; %6</source>
        <translation>&lt;b&gt;Net profit for B.E. %1: %2 baht&lt;/b&gt; &amp;nbsp; Status: %3&lt;br&gt;%4&lt;br&gt;Under the group rules in force from %5 &amp;nbsp; %6</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>เงินสด</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เข้าเงินสัจจะ</source>
        <translation>To sajja savings</translation>
    </message>
</context>
</TS>
