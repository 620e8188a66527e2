<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>เกี่ยวกับฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ฐานราก รุ่น %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>โปรแกรมข้อมูลกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และองค์กรชุมชน

โฟลเดอร์ข้อมูล:
%1

บันทึกการทำงาน (log):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ปิด</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <location filename="../src/allocation/AllocationError.cpp" line="+14"/>
        <source>กติกาการจัดสรรไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ข้อมูลการจัดสรรไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/allocation/DefaultPolicies.cpp" line="+23"/>
        <location line="+22"/>
        <source>ทุนสำรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>ปันผลตามเงินสัจจะสะสม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เฉลี่ยคืนตามดอกเบี้ยเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>ค่าตอบแทนกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>สวัสดิการสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>สาธารณประโยชน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>ส่งเสริมและการศึกษา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ผลตอบแทนสมาชิกตามหุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนประกันความเสี่ยง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/allocation/AllocationCalculator.cpp" line="+62"/>
        <source>เศษจากการปัดเศษของ &quot;%1&quot; %2 บาท เข้าทุนสำรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่มีสมาชิกจ่ายดอกเบี้ยเงินกู้ในปีนี้ &quot;%1&quot; ทั้งหมด %2 บาท จึงเข้าทุนสำรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่มีเงินออมของสมาชิกให้ปันผล &quot;%1&quot; ทั้งหมด %2 บาท จึงเข้าทุนสำรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>ปีนี้ไม่มีกำไรสุทธิ (ผลการดำเนินงาน %1 บาท) จึงไม่มีเงินให้จัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/allocation/AllocationInput.cpp" line="+23"/>
        <source>ยอดยกมาของสมาชิก %1 ติดลบ (%2 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เงินออมของสมาชิก %1 ติดลบในเดือนที่ %2 (คงเหลือ %3 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>สมาชิกรายการที่ %1 ไม่มีเลขทะเบียนสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขทะเบียนสมาชิก %1 ซ้ำกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ดอกเบี้ยที่สมาชิก %1 จ่ายติดลบ (%2 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ปีบัญชี %1 ไม่ถูกต้อง ต้องเป็นปี ค.ศ. (เช่น 2024 ไม่ใช่ 2567)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/allocation/AllocationPolicy.cpp" line="+30"/>
        <source>หัวการจัดสรรที่ %1 ไม่มีรหัส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รหัสหัวการจัดสรร &quot;%1&quot; ซ้ำกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>หัวการจัดสรรที่ %1 ไม่มีชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ร้อยละของหัว &quot;%1&quot; ติดลบ (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ร้อยละของทุกหัวรวมกันได้ %1 % ต้องรวมกันได้ 100 % พอดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ต้องมีหัวทุนสำรองหนึ่งหัว เพื่อรับเศษจากการปัดเศษ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหัวทุนสำรอง %1 หัว ต้องมีเพียงหัวเดียว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหัวปันผล %1 หัว ต้องมีไม่เกินหนึ่งหัว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหัวเฉลี่ยคืน %1 หัว ต้องมีไม่เกินหนึ่งหัว</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>การเก็บไฟล์แนบของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>การลบไฟล์แนบของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/CanvasRepository.cpp" line="+115"/>
        <location filename="../src/cbmc/VersionRepository.cpp" line="+113"/>
        <location line="+9"/>
        <source>ไม่พบแผนฉบับที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การเพิ่มข้อความในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ไม่พบข้อความที่จะแก้ไข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การแก้ไขข้อความในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การลบข้อความในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+17"/>
        <source>ไม่พบข้อความที่จะย้าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>การจัดลำดับข้อความในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ข้อความนี้มีจำนวนเงิน ย้ายไปช่อง %1 ซึ่งไม่มีจำนวนเงินไม่ได้ กรุณาลบจำนวนเงินก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ย้ายไปช่อง %1 ไม่ได้ เพราะมีการเชื่อมโยง %2 รายการที่วิธีการแคนวาสชุมชนไม่อนุญาตจากช่องนั้น กรุณาลบการเชื่อมโยงเหล่านั้นก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>การย้ายข้อความในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/CbmcRules.cpp" line="+26"/>
        <source>%1 ปี %2 ดูเป็นปี พ.ศ. กรุณาใส่วันที่ในปฏิทินตามปกติ (ปี พ.ศ. %2 คือ ค.ศ. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ก่อนปี 1950 ดูไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>วันเริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1ต้องไม่ก่อนวันเริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ข้อความยาว %1 ตัวอักษร เกิน %2 ตัวอักษร กรุณาเขียนให้สั้นลงหรือแยกเป็นหลายข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>กรุณาเลือกองค์กรหรือกลุ่มที่เป็นเจ้าของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่วันที่ของฉบับนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ของฉบับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่ข้อความของช่อง %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ช่อง %1 ไม่มีจำนวนเงิน ใส่จำนวนเงินได้เฉพาะช่องที่มาของรายได้ (5) และค่าใช้จ่ายที่จำเป็น (9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนเงินต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนเงิน %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เชื่อมข้อความกับตัวเองไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เชื่อมได้เฉพาะข้อความในแผนฉบับเดียวกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วิธีการแคนวาสชุมชนไม่เชื่อม %1 (ช่อง %2) ไปยัง %3 (ช่อง %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>กรุณาใส่หัวข้อการพัฒนา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันสิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>วันที่เสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ขั้นตอนที่ยังไม่เริ่มต้องไม่มีวันที่เสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่ชื่อไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไฟล์นี้ว่างเปล่า ไม่มีข้อมูลให้เก็บ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไฟล์มีขนาด %1 MB ใหญ่เกิน 10 MB กรุณาย่อไฟล์หรือแยกเป็นหลายไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/CbmcTypes.cpp" line="+35"/>
        <source>%1 (ช่อง %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>จุดขายหรือคุณค่าของสินค้าและบริการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กลุ่มลูกค้าเป้าหมาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การสื่อสารการตลาด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การปิดการขายและการซื้อซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ที่มาของรายได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กิจกรรมที่สำคัญ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปัจจัยการผลิตที่ยังใช้ไม่เต็มที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ความร่วมมือกับภายนอกหรือภาคี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่ายที่จำเป็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>จุดขายหรือคุณค่าของสินค้าและบริการของเราคืออะไร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กลุ่มลูกค้าเป้าหมายที่ชัดเจน (ผู้ซื้อและผู้รับบริการ) คือใครบ้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จะสื่อสารการตลาดอย่างไร ให้ลูกค้าในช่อง 2 ได้พบกับสินค้าในช่อง 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จะปิดการขายและทำให้ลูกค้าซื้อซ้ำได้อย่างไร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายได้จะมาจากสินค้าและบริการในช่อง 1 ทางใดได้อีกบ้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กิจกรรมสำคัญที่ต้องทำเพื่อให้บรรลุช่อง 4, 3, 2 และ 1 มีอะไรบ้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปัจจัยการผลิตใดที่ยังใช้ได้ไม่เต็มที่ ที่จะทำให้กิจกรรมในช่อง 6 สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สิ่งที่ต้องทำในช่อง 6 แต่กลุ่มทำเองลำพังไม่ได้ ต้องร่วมมือกับใคร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ต้องใช้เงินกับกิจกรรมใดในช่อง 6 บ้าง และช่อง 7 กับ 8 ช่วยลดได้เท่าใด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>กิจกรรมเชื่อมไปยังช่อง 1 ถึง 4 ที่กิจกรรมนั้นทำเพื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่ายเชื่อมไปยังกิจกรรมที่ใช้เงินนั้น: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เชื่อมไปยังค่าใช้จ่ายที่ช่วยลดได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ไม่ต้องเชื่อมไปยังช่องอื่น ให้เชื่อมจากกิจกรรม (ช่อง 6) มาหาแทน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ความรู้ (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทักษะ (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เครือข่าย (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การประกอบการ (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>วางแผนไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>กำลังดำเนินการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>เสร็จแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ออกแบบแคนวาสชุมชน 9 ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ติดตามกระบวนการทำแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เชื่อมโยงต่อยอดงานพัฒนาเศรษฐกิจและทุนชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ศึกษาและจัดทำชุดความรู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ยังไม่เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/KsnbRepository.cpp" line="+2"/>
        <source>ไม่พบบุคคลที่เลือกเป็นผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>การบันทึกการพัฒนา KSNB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>การลบการพัฒนา KSNB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/LinkRepository.cpp" line="+55"/>
        <source>ไม่พบข้อความต้นทางของการเชื่อมโยง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่พบข้อความปลายทางของการเชื่อมโยง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>สองข้อความนี้เชื่อมกันอยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>การเชื่อมโยงข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>การลบการเชื่อมโยง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/PlanRepository.cpp" line="-168"/>
        <source>ไม่พบองค์กรที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>การสร้างแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>การบันทึกแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>การลบแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ไม่พบผลิตภัณฑ์ที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การบันทึกผลิตภัณฑ์ของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>การบันทึกขั้นตอนของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cbmc/VersionRepository.cpp" line="-72"/>
        <source>ไม่พบแผนฉบับที่จะใช้เป็นต้นแบบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>การสร้างแผนฉบับใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>การบันทึกแผนฉบับนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ลบรุ่น 1 ไม่ได้ แผนต้องมีอย่างน้อยหนึ่งรุ่น หากไม่ใช้แผนนี้แล้วให้ลบทั้งแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ลบได้เฉพาะรุ่นล่าสุด (รุ่น %1) รุ่น %2 มีรุ่นที่ทำต่อจากนั้นแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>การลบแผนฉบับนี้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/FileCommands.cpp" line="+30"/>
        <source>วิธีใช้: thanrak-cli init FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>สร้างไฟล์ใหม่แล้ว พร้อมรายชื่อจังหวัดและอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>วิธีใช้: thanrak-cli demo FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>อำเภอตัวอย่าง: %1 (รหัส %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล %1 แห่ง หมู่บ้าน %2 แห่ง องค์กร %3 แห่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>บุคคล %1 คน สมาชิกภาพ %2 รายการ ตำแหน่งกรรมการ %3 ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>วิธีใช้: thanrak-cli check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปรับรุ่นไฟล์แล้ว สำเนาก่อนปรับรุ่นอยู่ที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไฟล์สมบูรณ์ โครงสร้างรุ่น %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>พบปัญหา %1 รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/LoanCommands.cpp" line="+24"/>
        <source>วิธีใช้: thanrak-cli loan-schedule --principal P --rate R --rate-period month|year --months N --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD [--maturity YYYY-MM-DD]
  R เป็นร้อยละ เช่น 1 = ร้อยละ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>คำเตือน: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/TextCommands.cpp" line="+23"/>
        <source>วิธีใช้: thanrak-cli bahttext AMOUNT   เช่น 1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>วิธีใช้: thanrak-cli thai-date YYYY-MM-DD [--style long|short|numeric] [--thai-digits]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>วิธีใช้: thanrak-cli check-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ถูกต้อง: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่ถูกต้อง: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="+42"/>
        <source>ปี %1 เป็นปี พ.ศ. ให้ใส่ปี ค.ศ. คือ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ปี &quot;%1&quot; ใช้ไม่ได้ ให้ใส่ปี ค.ศ. 4 หลัก เช่น 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ExchangeCommands.cpp" line="+31"/>
        <source>พบปัญหา %1 รายการ ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>วิธีใช้: thanrak-cli export --db FILE [--org CODE ...] [--subdistrict CODE] [--village CODE] --out BUNDLE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/IntakeCommands.cpp" line="+64"/>
        <location filename="../src/cli/ReportCommands.cpp" line="+11"/>
        <source>ไม่พบองค์กรรหัส %1 ในไฟล์นี้ ดูรหัสได้ด้วย thanrak-cli orgs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไม่มีองค์กรในพื้นที่รหัส %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ส่งออก %1 องค์กร %2 แถว (ลบ %3 รายการ) ขนาด %4 KB: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>วิธีใช้: thanrak-cli import --db FILE BUNDLE.zip [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ชุดข้อมูลจาก %1 ส่งออกเมื่อ %2 (%3 องค์กร)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้เคยนำเข้าแล้วเมื่อ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตาราง	เข้ามา	เพิ่ม	แก้ไข	เหมือนเดิม	ขัดแย้ง	ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทดลองนำเข้า (ยังไม่บันทึก): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>นำเข้าแล้ว: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่ม %1 แก้ไข %2 เหมือนเดิม %3 ขัดแย้ง %4 ลบ %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="-33"/>
        <source>วิธีใช้: thanrak-cli report NAME --db FILE [--org CODE] [--member NO]
           [--subdistrict CODE] [--product ID] [--plan ID [--version N]]
           [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY]
           [--thai-digits] [--full-ids] --out FILE.pdf|FILE.csv
       thanrak-cli report --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>ไม่พบสมาชิกเลขที่ %1 ในองค์กรนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ไม่พบฉบับที่ %1 ของแผนที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ไม่มีรายงานชื่อ &quot;%1&quot; ดูรายชื่อได้ด้วย thanrak-cli report --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>บันทึก &quot;%1&quot; แล้ว %2 หน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก &quot;%1&quot; เป็น CSV แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>วิธีใช้: thanrak-cli orgs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/IntakeCommands.cpp" line="-38"/>
        <source>เปิดไฟล์ %1 ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ไม่รู้จักรหัสอักขระ %1 (ใช้ utf-8, windows-874 หรือ utf-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>วิธีใช้: thanrak-cli import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] [--encoding utf-8|windows-874|utf-16] [--header-row N] [--ce] [--opening-date YYYY-MM-DD] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ไฟล์ %1 ไม่มีคอลัมน์ %2 ที่การจับคู่ระบุไว้ ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ไม่มีแถวที่นำเข้าได้ (มีปัญหา %1 แถว) ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ทดลองนำเข้า (ยังไม่บันทึก): นำเข้าได้ %1 แถว มีปัญหา %2 แถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>นำเข้าแล้ว: บุคคลใหม่ %1 สมาชิกใหม่ %2 เงินสัจจะยกมา %3 บาท ข้าม %4 แถวที่มีปัญหา</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <location filename="../src/domain/CommitteeRepository.cpp" line="+48"/>
        <source>การอ่านรายชื่อคณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>กรรมการต้องเป็นสมาชิกขององค์กรในวันเริ่มวาระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ตำแหน่ง%1ของ%2ในช่วงเวลานี้เป็นของ %3 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>การบันทึกคณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/CommitteeTerm.cpp" line="+57"/>
        <source>คณะกรรมการอำนวยการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการตรวจสอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการส่งเสริม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คณะกรรมการอื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ประธาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รองประธาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขานุการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหรัญญิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ที่ปรึกษา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>กรุณาเลือกกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันเริ่มวาระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeTermDialog</name>
    <message>
        <location filename="../ui/organisations/CommitteeTermDialog.cpp" line="+26"/>
        <source>สมาชิกเลขที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../src/base/Csv.cpp" line="+67"/>
        <source>เครื่องหมายคำพูดที่เปิดไว้ในบรรทัดที่ %1 ไม่มีเครื่องหมายปิด</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/demo/DemoDistrict.cpp" line="+31"/>
        <source>ไม่พบข้อมูลตำบลของอำเภอตัวอย่าง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictFundsPage</name>
    <message>
        <location filename="../ui/funds/DistrictFundsPage.cpp" line="+32"/>
        <source>ยังไม่ประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../src/base/Error.cpp" line="+17"/>
        <source>ไฟล์ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แถวที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ช่อง %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../src/exchange/BundleExport.cpp" line="+39"/>
        <source>บันทึกชุดข้อมูล %1 ไม่ได้ (ดิสก์อาจเต็ม หรือไม่มีสิทธิ์เขียนโฟลเดอร์นี้) ไม่มีไฟล์ใดถูกแทนที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeProgress.cpp" line="+15"/>
        <source>ยกเลิกการส่งออกแล้ว ไม่ได้สร้างไฟล์ชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleExport.cpp" line="+159"/>
        <source>กำลังส่งออก %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeProgress.cpp" line="+1"/>
        <source>ยกเลิกการนำเข้าแล้ว ข้อมูลในไฟล์นี้ไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleImport.cpp" line="+64"/>
        <source>แถวนี้ขัดกับเงื่อนไขของตาราง %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>บันทึกตาราง %1 ไม่ได้ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ที่ %1 ยังเป็นของระเบียนอื่นในไฟล์นี้ซึ่งไม่ได้ย้ายตามต้นทาง (แก้ไขหรือเพิ่มไว้ที่นี่ด้วย) ต้องตัดสินข้อขัดแย้งหรือแก้ให้ตรงกันก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 รหัส %2 ในไฟล์นี้ยังอ้างถึง%3ที่ชุดข้อมูลลบไป ต้องลบหรือแก้รายการนี้ที่ต้นทางด้วย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>กำลังลบระเบียนที่ถูกลบจากต้นทาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>กำลังบันทึก %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>กำลังบันทึกลงไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ไฟล์ชุดข้อมูลถูกเปลี่ยนหลังจากตรวจ จึงยังไม่ได้นำเข้า กรุณานำเข้าใหม่อีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>บันทึกชุดข้อมูลไม่ได้ เพราะข้อมูลอ้างอิงกันไม่ครบ (%1) ไฟล์นี้ไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleManifest.cpp" line="+26"/>
        <source>ไม่มีรายการ %1 ในใบกำกับชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ใบกำกับชุดข้อมูลอ่านไม่ได้ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไฟล์นี้ไม่ใช่ชุดข้อมูลของฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้ทำด้วยฐานรากรุ่นที่ใหม่กว่า (รูปแบบรุ่น %1 แต่โปรแกรมนี้อ่านได้ถึงรุ่น %2) กรุณาปรับปรุงโปรแกรมก่อนนำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไม่มีรุ่นของรูปแบบในใบกำกับชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้มาจากไฟล์ที่ใช้โครงสร้างรุ่น %1 แต่โปรแกรมนี้รู้จักถึงรุ่น %2 กรุณาปรับปรุงโปรแกรมก่อนนำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>เวลาส่งออกในใบกำกับ (%1) ไม่ใช่เวลา UTC แบบ 2026-11-22T07:40:00.000Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รหัสในใบกำกับ (%1) ไม่ใช่ UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ใบกำกับชุดข้อมูลไม่บอกจำนวนแถวหรือขนาดของไฟล์ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/BundlePlan.cpp" line="+112"/>
        <source>รหัสระเบียนซ้ำกับแถวที่ %1 ในไฟล์เดียวกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>อ้างถึงระเบียน %1 ในตาราง %2 ซึ่งไม่มีทั้งในชุดข้อมูลนี้และในไฟล์นี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>ค่า %1 มีอยู่แล้วในไฟล์นี้ แต่เป็นของระเบียนอื่น (อาจลงทะเบียนซ้ำกันทั้งสองที่ ต้องแก้ให้ตรงกันก่อน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ค่าในช่องนี้ซ้ำกับแถวที่ %1 ในไฟล์เดียวกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ตาราง %1 ไม่มีการลบระเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>กำลังตรวจรหัสซ้ำ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กำลังตรวจการอ้างอิง: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>กำลังเทียบกับข้อมูลในไฟล์: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/BundleStage.cpp" line="+50"/>
        <source>ไฟล์ %1 ไม่ใช่ชุดข้อมูล zip ที่สมบูรณ์ อาจคัดลอกมาไม่ครบหรือไฟล์เสีย กรุณาคัดลอกหรือส่งไฟล์มาใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ใบกำกับระบุไฟล์นี้ แต่ไม่มีในชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ข้อมูลในไฟล์นี้เสียหาย (ผลตรวจ CRC ของ zip ไม่ตรง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผลตรวจ SHA-256 ไม่ตรงกับใบกำกับ ไฟล์ถูกแก้ไขหรือเสียหายหลังส่งออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มีข้อมูล %1 แถว แต่ใบกำกับระบุ %2 แถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไฟล์ว่าง ไม่มีแม้แต่หัวตาราง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ไม่รู้จักคอลัมน์ &quot;%1&quot; ในตาราง %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คอลัมน์ &quot;%1&quot; ซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ไม่มีคอลัมน์ &quot;%1&quot; ซึ่งต้องมี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>หัวตารางไม่ตรงกับที่ใบกำกับระบุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>กำลังอ่าน %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>เขียนพื้นที่พักข้อมูลชั่วคราวไม่ได้ (ดิสก์อาจเต็ม): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>สร้างโฟลเดอร์ชั่วคราวสำหรับตรวจชุดข้อมูลไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ไม่พบไฟล์ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไฟล์ %1 ไม่มีใบกำกับ (manifest.json) จึงไม่ใช่ชุดข้อมูลของฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>มีไฟล์นี้ในชุดข้อมูล แต่ใบกำกับไม่ได้ระบุไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ไม่รู้จักไฟล์นี้ ชุดข้อมูลอาจมาจากโปรแกรมรุ่นอื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/CellCodec.cpp" line="+42"/>
        <source>ปี %1 เป็นปี พ.ศ. ช่องนี้ต้องเป็นปี ค.ศ. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; ไม่ใช่เดือนแบบ ค.ศ.-เดือน (เช่น 2026-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; ไม่มีเดือนที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; ไม่ใช่เวลาแบบ ISO (เช่น 2026-11-22T07:40:00.000Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ไม่ใช่เวลาที่มีอยู่จริง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; ไม่ใช่ตัวเลขอัตราหรือร้อยละ (เช่น 1.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ไม่ใช่จำนวนเต็ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; ไม่ใช่จำนวนเงิน ต้องเป็นตัวเลขบาท ทศนิยมไม่เกินสองตำแหน่ง ไม่มีจุลภาค (เช่น 1234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนเงิน %1 ติดลบไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>ต้องมีค่า แต่ช่องนี้ว่าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; ไม่ใช่รหัสระเบียน (UUID ตัวพิมพ์เล็ก 36 ตัวอักษร)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลักติดกัน ไม่มีขีดหรือช่องว่าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ข้อมูลรูปภาพ (base64) เสียหาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ข้อความไม่ใช่ UTF-8 ที่ถูกต้อง (อาจบันทึกเป็น Windows-874 หรือไฟล์เสีย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/CsvStream.cpp" line="+53"/>
        <source>ที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>เครื่องหมายคำพูด (&quot;) เปิดไว้แต่ไม่ได้ปิด จนจบไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>มีตัวอักษรต่อท้ายเครื่องหมายคำพูดปิด ช่องที่ครอบด้วยเครื่องหมายคำพูดต้องจบด้วยเครื่องหมายคำพูดแล้วตามด้วยจุลภาคหรือขึ้นบรรทัดใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>มีเครื่องหมายคำพูด (&quot;) อยู่กลางช่องที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeError.cpp" line="+13"/>
        <source> (และปัญหาอื่นอีก %1 รายการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/ExchangeRecords.cpp" line="+70"/>
        <source>จังหวัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกภาพ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตั้งค่าการพิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผังบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรทัดรายการบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เดือนที่ปิดบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระเบียบกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรตามระเบียบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หุ้นที่สมาชิกตั้งใจออม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้รับผลประโยชน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บัญชีเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>งวดผ่อนชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ค้ำประกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การประชุมประจำเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบเสร็จรับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการในใบเสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดจัดสรรกำไร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินปันผลรายสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรประจำปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ความเคลื่อนไหวบัญชีเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดตามสมุดบัญชีธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการที่กระทบยอดแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เกณฑ์การจัดระดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลการจัดระดับกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รอบการคัดสรรผลิตภัณฑ์ OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่องทางการขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มาตรฐานและใบรับรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลการคัดสรร (ดาว)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขายรายเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายยอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ในแผนธุรกิจ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ฉบับของแผนธุรกิจ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการบนแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เส้นเชื่อมบนแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การพัฒนาศักยภาพ (KSNB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขั้นตอนการทำแผนธุรกิจ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์หลักฐานของแผนธุรกิจ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>รายการขัดแย้งนี้ตัดสินไปแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ไม่รู้จักตาราง %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ที่บันทึกแล้วแก้ไขไม่ได้ เก็บได้เฉพาะของในไฟล์นี้ ถ้าต้องแก้ ให้ทำรายการกลับรายการที่ต้นทาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>รายการนี้ไม่มีในไฟล์แล้ว (ถูกลบไป) เลือก &quot;เก็บข้อมูลในไฟล์นี้&quot; เพื่อปิดรายการขัดแย้งนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ใช้ข้อมูลที่เข้ามาไม่ได้ (%1) ไฟล์นี้ไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/exchange/TableCsv.cpp" line="+57"/>
        <source>บันทึกไฟล์ %1 ไม่ได้: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../ui/exchange/ExchangeProgressDialog.cpp" line="+14"/>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormNumbers</name>
    <message>
        <location filename="../ui/widgets/FormNumbers.cpp" line="+40"/>
        <source>พิมพ์เป็นตัวเลขจำนวนเต็ม</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fund</name>
    <message>
        <location filename="../src/fund/BankReconciliation.cpp" line="+26"/>
        <location filename="../src/fund/PoolService.cpp" line="+103"/>
        <source>ไม่พบแหล่งเงินทุนนี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>การอ่านรายการเงินฝากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>กรุณาใส่วันที่ของยอดในสมุดบัญชีธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>บัญชีนี้กระทบยอดถึงวันที่ %1 แล้ว วันที่ของยอดใหม่ต้องหลังจากนั้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>มีรายการที่เลือกซึ่งไม่ใช่รายการค้างของบัญชีนี้ถึงวันที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>การบันทึกยอดธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การอ่านยอดธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/CapitalPool.cpp" line="+48"/>
        <source>เงินจากรัฐบาล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินโครงการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินทุนของกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินกู้ยืมจากภายนอก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>รับเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/fund/PoolService.cpp" line="+94"/>
        <source>ชำระคืนเงินกู้ยืม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/fund/PoolService.cpp" line="-59"/>
        <source>นำเงินสดฝากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/fund/PoolService.cpp" line="+22"/>
        <source>ถอนเงินจากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>กรุณาตั้งชื่อแหล่งเงินทุน เช่น เงินทุนจากรัฐบาล (บัญชี 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่เปิดบัญชีของแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาใส่ชื่อผู้ให้กู้ เช่น ธ.ก.ส. สาขา...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อัตราดอกเบี้ยเงินกู้ยืมต้องอยู่ระหว่าง 0 ถึง 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระยะเวลาเงินกู้ยืมต้องอยู่ระหว่าง 1 ถึง 360 เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/FundChart.cpp" line="+20"/>
        <source>เงินกองทุนประกันความเสี่ยง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ค่าธรรมเนียมสัญญาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ดอกเบี้ยจ่ายเงินกู้ยืม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/GradeRepository.cpp" line="+85"/>
        <source>การบันทึกแบบประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ไม่พบแบบประเมินที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันที่ประเมินต้องอยู่ในปีที่ประเมินหรือหลังจากนั้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>การบันทึกผลการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/Grading.cpp" line="+35"/>
        <source>แบบประเมินจัดระดับกองทุนหมู่บ้าน A B C D (100 คะแนน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การบริหารจัดการของคณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประชุมคณะกรรมการทุกเดือน มีรายงานการประชุม กรรมการครบตามวาระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การมีส่วนร่วมของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกเข้าประชุมใหญ่ ออมสัจจะสม่ำเสมอ รับรู้ระเบียบกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การบริหารเงินทุนและการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ให้กู้ตามระเบียบ มีสัญญาและผู้ค้ำครบ เงินทุนหมุนเวียนไม่ค้างในบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การชำระคืนเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัดส่วนเงินต้นค้างชำระต่อเงินให้กู้คงเหลือ ยิ่งต่ำยิ่งดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การบัญชีและการรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกบัญชีเป็นปัจจุบัน กระทบยอดธนาคาร ปิดบัญชีและรายงานทุกปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรและประโยชน์ต่อชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จัดสรรกำไรตามระเบียบ มีสวัสดิการและกิจกรรมสาธารณประโยชน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ดีมาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปานกลาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต้องปรับปรุง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>แบบประเมินนี้ไม่มีหัวข้อ &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>หัวข้อ &quot;%1&quot; ให้คะแนนซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>หัวข้อ &quot;%1&quot; ให้คะแนนได้ 0 ถึง %2 คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่ได้ให้คะแนนหัวข้อ &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/LoanRound.cpp" line="+28"/>
        <source>กรุณาตั้งชื่อรอบการให้กู้ เช่น เงินกู้เพื่อการเกษตร ปี 2569</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกแหล่งเงินทุนที่ใช้ให้กู้ในรอบนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกประเภทเงินกู้ (อัตราดอกเบี้ยและระยะเวลา)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันเปิดรับคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันปิดรับคำขอกู้ต้องไม่ก่อนวันเปิดรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้ปกติต่อรายต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้สูงสุดเมื่อคณะกรรมการอนุมัติพิเศษต้องไม่น้อยกว่าวงเงินปกติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าธรรมเนียมสัญญาต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินประกันความเสี่ยงต้องอยู่ระหว่างร้อยละ 0 ถึง 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/LoanRoundRepository.cpp" line="+47"/>
        <location line="+9"/>
        <source>การอ่านรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>การบันทึกรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การปิดรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/LoanRoundService.cpp" line="+36"/>
        <source>กรุณาเลือกแหล่งเงินทุนของกองทุนนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ยอดอนุมัติ %1 บาท เกินวงเงินสูงสุดของรอบ %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยอดอนุมัติ %1 บาท เกินวงเงินปกติ %2 บาท ต้องมีมติอนุมัติพิเศษของคณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาบันทึกเหตุผลของการอนุมัติพิเศษเกินวงเงินปกติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบรอบการให้กู้นี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>คำขอกู้นี้ไม่ได้อยู่ในรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>กรุณาเลือกประเภทเงินกู้ที่กองทุนเปิดให้กู้อยู่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>รอบการให้กู้ %1 ปิดไปแล้วเมื่อ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันปิดรอบต้องไม่ก่อนวันเปิดรับคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>รอบการให้กู้ %1 ปิดแล้ว รับคำขอกู้เพิ่มไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รอบนี้รับคำขอกู้ตั้งแต่ %1 ถึง %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ขอกู้ได้ไม่เกิน %1 บาทต่อราย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>ไม่พบคำขอกู้นี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>ยอดอนุมัติที่ยังไม่จ่ายของแหล่งเงินนี้รวม %1 บาท เกินเงินใน%2 ซึ่งมี %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/PoolRepository.cpp" line="+65"/>
        <location line="+9"/>
        <source>การอ่านแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>การบันทึกแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การอ่านรายการเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การบันทึกรายการเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/fund/PoolService.cpp" line="-114"/>
        <source>เงินฝากธนาคาร - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ลูกหนี้เงินกู้ - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>เงินกู้ยืม - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ทุน - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>จำนวนเงินต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>กองทุนมีแหล่งเงินทุนชื่อนี้อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กองทุนหนึ่งมีแหล่งเงินทุนได้ไม่เกิน %1 แหล่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>กรุณาระบุที่มาของเงิน เช่น เงินเพิ่มทุนระยะที่ 3 จาก สทบ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่รับเงินต้องไม่ก่อนวันเปิดบัญชีของแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รับเงินเข้า%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>เงินสดในมือมี %1 บาท ณ วันที่ %2 นำฝาก %3 บาทไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 เข้าบัญชี%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>บัญชี%1 มีเงิน %2 บาท ณ วันที่ %3 ถอน %4 บาทไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 จากบัญชี%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ไม่ใช่เงินกู้ยืมจากภายนอก จึงบันทึกชำระคืนผู้ให้กู้ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้นและดอกเบี้ยต้องไม่ติดลบ และรวมกันมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยังค้างเงินต้นกับ%1 %2 บาท ชำระเงินต้น %3 บาทเกินยอดที่ค้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>บัญชี%1 มีเงิน %2 บาท ไม่พอชำระ %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ให้%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ดอกเบี้ยเงินฝากธนาคาร %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>การอ่านยอดแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/exchange/ImportPreviewDialog.cpp" line="+20"/>
        <source>เพิ่ม %1 แก้ไข %2 เหมือนเดิม %3 ขัดแย้ง %4 ลบ %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../src/intake/IntakeMapping.cpp" line="+28"/>
        <source>คำนำหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>นามสกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชื่อ-สกุล (ช่องเดียว)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>วันเกิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>บ้านเลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขที่สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันที่เข้าเป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จำนวนหุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินสัจจะยกมา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>ไฟล์การจับคู่คอลัมน์ไม่ใช่ JSON ที่อ่านได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/intake/PeopleIntake.cpp" line="+129"/>
        <source>แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 คอลัมน์ (อาจมีจุลภาคในตัวเลข ที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ไม่มีชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เลขประจำตัวนี้ซ้ำกับแถวก่อนหน้าในไฟล์เดียวกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลขประจำตัวนี้เป็นของ %1 ในไฟล์นี้ แต่ในแถวนี้ชื่อ %2 กรุณาตรวจเลขอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 เป็นสมาชิกขององค์กรนี้อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>เลขที่สมาชิก %1 มีผู้ใช้แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>จำนวนหุ้น &quot;%1&quot; ต้องเป็นจำนวนเต็ม 1 ถึง 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เงินสัจจะยกมาติดลบไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เงินสัจจะยกมา %1 บาท สูงเกินจริง กรุณาตรวจอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>องค์กรนี้ไม่มีบัญชีเงินสัจจะ จึงรับยอดยกมาไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>เงินสัจจะยกมา (นำเข้าจากไฟล์)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/intake/SheetFile.cpp" line="+50"/>
        <source>ไฟล์มีเพียง %1 แถว จึงไม่มีแถวที่ %2 ให้ใช้เป็นหัวตาราง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../src/ledger/Periods.cpp" line="+22"/>
        <source>เดือนที่จะปิดบัญชีไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การปิดบัญชีประจำเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ledger/Account.cpp" line="+58"/>
        <source>สินทรัพย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หนี้สิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ledger/ChartOfAccounts.cpp" line="+43"/>
        <source>การบันทึกผังบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลูกหนี้เงินกู้สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสัจจะสะสมของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินฝากของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินปันผลและเฉลี่ยคืนค้างจ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินจัดสรรตามหมวดค้างจ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทุนเรือนหุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทุนสำรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำไรสุทธิรอการจัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ดอกเบี้ยเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ค่าปรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้ค่าธรรมเนียมแรกเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดอกเบี้ยเงินฝากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายได้อื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าเครื่องเขียนและแบบพิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าใช้จ่ายในการประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าธรรมเนียมธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าใช้จ่ายอื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>ผังบัญชีขององค์กรนี้ไม่มีบัญชี &quot;%1&quot; กรุณาเพิ่มบัญชีในผังบัญชีก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่รหัสและชื่อบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>มีบัญชีรหัส %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ledger/Journal.cpp" line="+69"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+167"/>
        <source>ไม่พบรายการบัญชีที่จะกลับรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+8"/>
        <source>รายการเลขที่ %1 เป็นรายการกลับรายการอยู่แล้ว จึงกลับซ้ำไม่ได้ หากต้องการแก้ไข ให้บันทึกรายการใหม่ที่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+4"/>
        <source>รายการเลขที่ %1 ถูกกลับรายการไปแล้วโดยรายการเลขที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="+19"/>
        <source>กรุณาใส่เหตุผลของการกลับรายการ เพื่อให้ผู้ตรวจสอบเข้าใจ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กลับรายการเลขที่ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>การบันทึกรายการบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ledger/JournalCheck.cpp" line="+29"/>
        <source>รายการบรรทัดที่ %1 ต้องมีจำนวนเงินด้านเดบิตหรือเครดิตด้านเดียว และต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รายการบรรทัดที่ %1 ใช้บัญชีที่ไม่อยู่ในผังบัญชีขององค์กรนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชี %1 %2 ถูกปิดใช้แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชี %1 %2 ต้องระบุสมาชิก (รายการบรรทัดที่ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รายการบรรทัดที่ %1 ระบุสมาชิกที่ไม่ได้อยู่ในองค์กรนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาใส่วันที่ของรายการบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่คำอธิบายรายการบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการบัญชีต้องมีอย่างน้อยสองบรรทัด (เดบิตและเครดิต)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/ledger/OtherEntries.cpp" line="-163"/>
        <source>ปิดบัญชีเดือน%1 แล้ว จึงบันทึกรายการวันที่ %2 ไม่ได้ กรุณาบันทึกในเดือนที่ยังไม่ปิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ยอดเดบิต %1 บาท ไม่เท่ากับยอดเครดิต %2 บาท รายการบัญชีต้องสมดุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ledger/OtherEntries.cpp" line="+7"/>
        <source>วันที่ %1 ยังมาไม่ถึง กรุณาตรวจสอบวันและปี พ.ศ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ใบเสร็จรับเงิน (วันสัจจะหรือการชำระเงินกู้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การจ่ายเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>งานส่วนอื่นของโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาใส่วันที่ของรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาเลือกบัญชีรายได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กรุณาเลือกบัญชีค่าใช้จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนเงินต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จำนวนเงิน %1 บาท มากเกินกว่าจะเป็นรายการเดียว (ไม่เกิน %2 บาท) กรุณาตรวจสอบว่าพิมพ์เลขศูนย์เกินหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาใส่คำอธิบาย เช่น ซื้ออะไร จ่ายให้ใคร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>คำอธิบายยาวเกิน %1 ตัวอักษร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาใส่จำนวนเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>บัญชีที่เลือกใช้กับรายการนี้ไม่ได้ กรุณาเลือกบัญชีจากรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผังบัญชีขององค์กรนี้ไม่มีบัญชีเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผังบัญชีขององค์กรนี้ไม่มีบัญชีเงินฝากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>รายการเลขที่ %1 มาจาก%2 จึงกลับรายการจากสมุดเงินสดไม่ได้ เพื่อให้ทะเบียนและบัญชีตรงกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาใส่วันที่กลับรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่กลับรายการต้องไม่ก่อนวันที่ของรายการเดิม (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lending</name>
    <message>
        <location filename="../src/lending/Arrears.cpp" line="+16"/>
        <source>คำนวณยอดค้างชำระไม่ได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>วันที่คำนวณไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มียอดชำระ %1 งวด แต่ตารางผ่อนมี %2 งวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยอดชำระงวดที่ %1 ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lending/InterestMethod.cpp" line="+42"/>
        <source>คงที่จากเงินต้นเดิม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ลดต้นลดดอก (เงินต้นเท่ากัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ลดต้นลดดอก (ผ่อนเท่ากันทุกงวด)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระครั้งเดียวเมื่อครบกำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ต่อเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต่อปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lending/LoanSchedule.cpp" line="+103"/>
        <source>คิดดอกเบี้ยรายวันไม่ได้: ช่วงวันที่ %1 ถึง %2 ไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lending/RepaymentAllocation.cpp" line="+16"/>
        <source>แบ่งเงินชำระคืนไม่ได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยอดชำระติดลบ (%1 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยอดค้างของงวดที่ %1 ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>งวดที่ %1 ซ้ำกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lending/EffectiveRate.cpp" line="+30"/>
        <source>คำนวณอัตราดอกเบี้ยที่แท้จริงไม่ได้: เงินต้นต้องมากกว่าศูนย์ และยอดผ่อนต้องไม่ติดลบโดยมีอย่างน้อยหนึ่งงวดที่มากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>อัตราดอกเบี้ยที่แท้จริงของเงินกู้นี้ประมาณร้อยละ %1 ต่อปี เกินเพดานร้อยละ 15 ต่อปีตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 654</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lending/LoanTerms.cpp" line="+16"/>
        <source>วันที่จ่ายเงินกู้ไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>วันครบกำหนดชำระไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันครบกำหนดชำระ (%1) ต้องอยู่หลังวันที่จ่ายเงินกู้ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>เงินต้นต้องมากกว่าศูนย์ (ได้ %1 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>อัตราดอกเบี้ยติดลบไม่ได้ (ได้ร้อยละ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวนงวดต้องอยู่ระหว่าง 1 ถึง %1 เดือน (ได้ %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanStepDialogs</name>
    <message>
        <location filename="../ui/savings/LoanStepDialogs.cpp" line="+20"/>
        <source>ผู้กู้: %1  ขอกู้ %2 บาท %3 งวด</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSheet</name>
    <message>
        <location filename="../src/savings/MeetingSheet.cpp" line="+51"/>
        <source>จำนวนเงินต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระเบียบกลุ่มไม่รับเงินฝากเพิ่มเติมในเดือนนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิกคนนี้ไม่มีเงินกู้ที่ต้องชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระเงินกู้ได้ไม่เกิน %1 บาท ซึ่งเป็นยอดปิดบัญชีทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberActionDialogs</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="+25"/>
        <source>สมาชิก: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <location filename="../src/savings/MemberCard.cpp" line="+78"/>
        <source>ไม่พบสมาชิกที่เลือกในแฟ้มนี้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <location filename="../src/domain/Membership.cpp" line="+16"/>
        <source>กรุณาเลือกองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกบุคคลที่จะเป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่เลขทะเบียนสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่เข้าเป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่เข้าเป็นสมาชิกต้องไม่เกินวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ออกต้องไม่ก่อนวันที่เข้าเป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/MembershipRepository.cpp" line="+44"/>
        <source>การอ่านรายชื่อสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ไม่พบองค์กรนี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ไม่พบบุคคลนี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลขทะเบียนสมาชิก %1 มีผู้ใช้แล้วในองค์กรนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>บุคคลนี้เป็นสมาชิกอยู่แล้ว (เลขทะเบียน %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>การบันทึกสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipStatus</name>
    <message>
        <location filename="../ui/organisations/MembershipStatus.cpp" line="+11"/>
        <source>เป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ออกเมื่อ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยังไม่ถึงวันเข้า</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../src/money/Allocate.cpp" line="+17"/>
        <source>ไม่มีรายการให้แบ่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>สัดส่วนรายการที่ %1 ติดลบ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สัดส่วนทุกรายการเป็นศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/money/DecimalText.cpp" line="+20"/>
        <source>ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>เครื่องหมายบวกหรือลบต้องอยู่หน้าตัวเลขและมีได้ตัวเดียว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีอักขระ &quot;%1&quot; ซึ่งไม่ใช่ตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>มีจุดทศนิยมมากกว่าหนึ่งจุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ต้องมีตัวเลขหน้าจุดทศนิยม เช่น 0.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่มีตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ต้องมีตัวเลขหลังจุดทศนิยม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ไม่ได้ใส่ตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/money/MoneyError.cpp" line="+10"/>
        <source>ผลการคำนวณ %1 เกินวงเงินที่โปรแกรมรองรับ (ไม่เกิน 92,233,720,368,547,758.07 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>จำนวนเงิน &quot;%1&quot; ไม่ถูกต้อง: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวเลข &quot;%1&quot; ไม่ถูกต้อง: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>จำนวนเงิน &quot;%1&quot; ใหญ่เกินกว่าที่โปรแกรมรองรับ (ไม่เกิน 92,233,720,368,547,758.07 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>คำนวณ %1 ไม่ได้ เพราะตัวหารเป็นศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>แบ่งเงินตามสัดส่วนไม่ได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/money/MoneyFormat.cpp" line="+59"/>
        <source>ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <location filename="../src/thai/NationalId.cpp" line="+64"/>
        <source>ยังไม่ได้ใส่เลขประจำตัวประชาชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น (พบ &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เลขประจำตัวประชาชนต้องมี 13 หลัก (พิมพ์มา %1 หลัก)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลขตรวจสอบหลักสุดท้ายไม่ถูกต้อง อาจพิมพ์ตัวเลขผิดหรือสลับหลัก กรุณาตรวจกับบัตรประชาชนอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ต้องใช้ตัวเลข 12 หลักแรกของเลขประจำตัวประชาชน (ได้ &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../src/domain/OrganisationRepository.cpp" line="+65"/>
        <source>การอ่านรายชื่อองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>รหัส %1 เป็นของ %2 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบหมู่บ้านรหัส %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>การบันทึกองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/Organisation.cpp" line="+38"/>
        <source>กลุ่มออมทรัพย์เพื่อการผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วิสาหกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ผลิต OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>กรุณาใส่รหัสองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รหัสองค์กรใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด ขีด และขีดล่าง ยาว 2 ถึง 30 ตัว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กรุณาใส่ชื่อองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกหมู่บ้านที่ตั้งขององค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่จดทะเบียนต้องไม่เกินวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันที่จดทะเบียนก่อน พ.ศ. 2500 ดูไม่ถูกต้อง กรุณาตรวจว่าพิมพ์ปีเป็น พ.ศ.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การบันทึกใบรับรองมาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การลบใบรับรองมาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/otop/ChampionRepository.cpp" line="-53"/>
        <source>มีรอบการคัดสรรของปี %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>มีผลิตภัณฑ์ได้คะแนนส่วนที่ %1 ไปแล้ว %2 คะแนน คะแนนเต็มจึงต่ำกว่านี้ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>การบันทึกรอบการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>กรุณาเลือกรอบการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การบันทึกผลการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การลบผลการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/otop/OtopRules.cpp" line="+31"/>
        <source>%1 ปี %2 ดูเป็นปี พ.ศ. กรุณาใส่วันที่ในปฏิทินตามปกติ (ปี พ.ศ. %2 คือ ค.ศ. %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ก่อนปี 1950 ดูไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ไทย ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้านการผลิตและการบริหารจัดการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้านผลิตภัณฑ์ การตลาด และความเป็นมาของผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้านคุณภาพผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>กรุณาใส่ชื่อผู้ผลิตหรือชื่อกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกหมู่บ้านที่ตั้งของผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กลุ่มผู้ผลิตชุมชนต้องเชื่อมกับองค์กรที่ลงทะเบียนไว้ กรุณาเลือกองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ผู้ผลิตรายเดียวต้องเชื่อมกับบุคคลที่เป็นเจ้าของ กรุณาเลือกบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กรุณาเลือกองค์กรหรือบุคคลที่เป็นเจ้าของกิจการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนสมาชิกต้องอยู่ระหว่าง 0 ถึง 100,000 คน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ลงทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ลงทะเบียนต้องไม่เกินวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กรุณาเลือกผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่หน่วยนับ เช่น ชิ้น ถุง ผืน ขวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ราคาต่อหน่วยต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ราคาต่อหน่วย %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กำลังการผลิตต่อเดือนต้องอยู่ระหว่าง 0 ถึง 100,000,000 หน่วย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+45"/>
        <location line="+17"/>
        <location line="+25"/>
        <source>กรุณาเลือกผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>กรุณาใส่เลขที่ใบรับรองหรือเลขทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่ออกใบรับรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันหมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ออกใบรับรองต้องไม่เกินวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันหมดอายุต้องอยู่หลังวันที่ออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+71"/>
        <source>ปี %1 ดูเป็นปี พ.ศ. ระบบเก็บปี ค.ศ. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>ปีของรอบคัดสรรไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อรอบการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาใส่ชื่อส่วนที่ %1 ของแบบให้คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คะแนนเต็มส่วนที่ %1 ต้องอยู่ระหว่าง 1 ถึง 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เกณฑ์คะแนนต้องเรียงจากมากไปน้อย: 5 ดาว &gt; 4 ดาว &gt; 3 ดาว &gt; 2 ดาว &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เกณฑ์ 5 ดาว (%1) เกินคะแนนเต็ม (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>คะแนนส่วนที่ %1 (%2) ต้องอยู่ระหว่าง 0 ถึง %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>วันที่ประกาศผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ประกาศผลต้องไม่เกินวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>กรุณาเลือกช่องทางการขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาเลือกเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บันทึกยอดขายของเดือนที่ยังไม่ถึงไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนที่ขายต้องอยู่ระหว่าง 0 ถึง 100,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดขายต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยอดขาย %1 บาท ในเดือนเดียวสูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มีจำนวนที่ขายแต่ไม่มียอดขาย กรุณาใส่ยอดขายเป็นบาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ปีของเป้าหมายไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เป้าหมายยอดขายต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เป้าหมาย %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เป้าหมายจำนวนต้องอยู่ระหว่าง 0 ถึง 100,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/otop/OtopTypes.cpp" line="+52"/>
        <source>กลุ่มผู้ผลิตชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิตที่เป็น SMEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>อาหาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>เครื่องดื่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ผ้าและเครื่องแต่งกาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ของใช้ ของตกแต่ง ของที่ระลึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมุนไพรที่ไม่ใช่อาหาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ผ้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ของใช้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมุนไพร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>อย.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มผช.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มอก.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เครื่องหมาย Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เกษตรอินทรีย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ฮาลาล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GI สิ่งบ่งชี้ทางภูมิศาสตร์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Premium (ทอง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic (เงิน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (แดง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/otop/ProducerRepository.cpp" line="+89"/>
        <source>ไม่พบหมู่บ้านรหัส %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบองค์กรที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบบุคคลที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลขทะเบียน %1 เป็นของ %2 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>การบันทึกผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>ผู้ผลิตนี้ยังมีผลิตภัณฑ์ %1 รายการ กรุณาลบผลิตภัณฑ์ก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การลบผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/otop/ProductRepository.cpp" line="+115"/>
        <source>ไม่พบผู้ผลิตที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผู้ผลิตนี้มีผลิตภัณฑ์ชื่อ %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>การบันทึกผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ผลิตภัณฑ์นี้มียอดขาย เป้าหมาย หรือผลการคัดสรรบันทึกไว้แล้ว %1 รายการ จึงลบไม่ได้ เพื่อให้รายงานย้อนหลังยังครบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>การลบผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ไฟล์นี้ไม่ใช่รูปภาพ JPEG หรือ PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รูปภาพมีขนาด %1 MB ใหญ่เกิน 5 MB กรุณาย่อรูปก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การบันทึกรูปผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>การลบรูปผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/otop/SalesRepository.cpp" line="-100"/>
        <source>กรุณาใส่ชื่อช่องทางการขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มีช่องทาง %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>การเพิ่มช่องทางการขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ไม่พบช่องทางการขายที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>การบันทึกยอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>การบันทึกเป้าหมายยอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>การลบเป้าหมายยอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtopCharts</name>
    <message>
        <location filename="../ui/otop/OtopCharts.cpp" line="+105"/>
        <source>ยอดขายรายเดือนแยกตามช่องทาง ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>พันบาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>จำนวนผลิตภัณฑ์แยกตามประเภทและระดับดาว ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่ได้คัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <location filename="../src/domain/Person.cpp" line="+19"/>
        <source>วันเกิดต้องไม่เกินวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ปีเกิดเก่ากว่า พ.ศ. 2443 ดูไม่ถูกต้อง กรุณาตรวจว่าพิมพ์ปีเป็น พ.ศ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>นาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>นาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>นางสาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด.ช.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ด.ญ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>พระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>กรุณาใส่ชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่นามสกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>เบอร์โทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9 หรือ 10 หลัก เช่น 081-234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/PersonRepository.cpp" line="+72"/>
        <source>การค้นหาบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>การอ่านรายชื่อบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>เลขประจำตัวนี้เป็นของ %1 ซึ่งมีในระบบแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบหมู่บ้านรหัส %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>การบันทึกข้อมูลบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <location filename="../src/domain/Place.cpp" line="+8"/>
        <source>%1 หมู่ที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/ReferenceData.cpp" line="+20"/>
        <source>ไม่พบข้อมูลจังหวัดและอำเภอที่มากับโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ข้อมูลสถานที่ที่มากับโปรแกรมเสียหาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/PlaceRepository.cpp" line="+108"/>
        <source>รหัสตำบลต้องเป็นตัวเลข 6 หลัก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รหัสตำบลต้องขึ้นต้นด้วยรหัสอำเภอ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีตำบลรหัส %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบอำเภอรหัส %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รหัสหมู่บ้านต้องเป็นรหัสตำบลตามด้วยหมู่ที่สองหลัก คือ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มีหมู่บ้านรหัส %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบตำบลรหัส %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่ชื่อหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolMoneyDialog</name>
    <message>
        <location filename="../ui/funds/PoolDialogs.cpp" line="+104"/>
        <source>รับเงินทุนเข้าแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>นำเงินสดฝากเข้าบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ถอนเงินจากบัญชีเป็นเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระคืนเงินกู้ยืมให้ผู้ให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../src/report/PageFlow.cpp" line="+203"/>
        <source>หน้า %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PageFlowTable.cpp" line="+206"/>
        <source>ลงชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/ReportCells.cpp" line="+64"/>
        <source>ประจำเดือน%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ตั้งแต่วันที่ %1 ถึงวันที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ณ วันที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ประจำปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/ReportPdf.cpp" line="+32"/>
        <source>บันทึกรายงานลงไฟล์ %1 ไม่ได้: %2 ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>เริ่มพิมพ์รายงานไม่ได้ ตรวจดูเครื่องพิมพ์หรือที่บันทึกไฟล์แล้วลองใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/DistrictReports.cpp" line="+98"/>
        <source>ตำบล%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+37"/>
        <location filename="../src/reports/PlanReports.cpp" line="+90"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+13"/>
        <source>สมาชิก (คน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>เงินออม / หุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>เงินกู้คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>ค้างชำระ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../src/reports/OtopReports.cpp" line="+70"/>
        <source>สรุปรายตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <location filename="../src/reports/OtopReports.cpp" line="+1"/>
        <location line="+21"/>
        <location line="+74"/>
        <location filename="../src/reports/PlanReports.cpp" line="+0"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>องค์กร (แห่ง)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/reports/OtopReports.cpp" line="+17"/>
        <location line="+32"/>
        <source>รวมทั้งอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ค้างชำระ (%) คือเงินต้นของสัญญาที่เลยกำหนดชำระ หารด้วยเงินกู้คงเหลือทั้งหมด เงินออม / หุ้น รวมเงินสัจจะ เงินฝาก และค่าหุ้นของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>บันทึกล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผ่านมา (วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ข้อมูลส่งมาถึง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ่งที่ควรติดตาม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่มีรายชื่อสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยังไม่มีข้อมูลบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่มีรายการใหม่เกิน %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ไม่ได้ส่งข้อมูลมาเกิน %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน %1 แห่ง ข้อมูลเป็นปัจจุบัน %2 แห่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="-132"/>
        <source>สมุดบัญชีเงินฝากธนาคาร %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="-45"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+52"/>
        <location filename="../src/reports/ReportContext.cpp" line="+126"/>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+35"/>
        <location line="+30"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+8"/>
        <location filename="../src/reports/ReportContext.cpp" line="+1"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="+1"/>
        <source>ฝาก / รับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ถอน / จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="+1"/>
        <location filename="../src/reports/LoanReports.cpp" line="-97"/>
        <location filename="../src/reports/ReportContext.cpp" line="+1"/>
        <source>คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/ReportContext.cpp" line="+1"/>
        <source>ยอดยกมา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="+5"/>
        <source>ไม่อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รอพิจารณา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่ายแล้ว %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>คณะกรรมการเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประธานคณะกรรมการเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขานุการคณะกรรมการเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>ประธานกรรมการกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>ยอดคงเหลือ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+37"/>
        <source>สมาชิก ณ สิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ให้กู้ในปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินกู้คงเหลือ ณ สิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้นของสัญญาที่เลยกำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (ร้อยละ %2 ของเงินกู้คงเหลือ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>สมาชิกและเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/reports/FundReports.cpp" line="+1"/>
        <source>แหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งบดุล ณ วันสิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/FundReports.cpp" line="+0"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทุน / หนี้คงค้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินให้กู้คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินในบัญชีธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>รอบที่ %1 %2  รับคำขอ %3 ถึง %4</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุประสงค์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลการพิจารณา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/MemberReports.cpp" line="+1"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="-50"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รวม %1 คำขอ (ไม่อนุมัติ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ไม่มีรอบการให้กู้ในปีนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ยังไม่ได้ประเมินผลกองทุนของปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เกณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>ผู้ประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../src/reports/MemberReports.cpp" line="-84"/>
        <location line="+82"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+20"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="-62"/>
        <source>ที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตัวชี้วัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คะแนนเต็ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนนที่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หลักฐาน / ข้อสังเกต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>คิดเป็นร้อยละ %1  ระดับ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="-19"/>
        <source>รวม%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>รหัสบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+36"/>
        <source>ชื่อบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/PageFlowCanvas.cpp" line="+29"/>
        <source>ต่อจากหน้าก่อน: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/report/ReportCsv.cpp" line="+48"/>
        <source>ลำดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/report/ReportCsv.cpp" line="+0"/>
        <source>ข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/reports/LedgerReports.cpp" line="-35"/>
        <location filename="../src/reports/LoanReports.cpp" line="-106"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+3"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="+1"/>
        <source>จำนวนเงิน (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>ต่อหน้าถัดไป อีก %1 รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/LedgerReports.cpp" line="+10"/>
        <location filename="../src/reports/OtopReports.cpp" line="+87"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-23"/>
        <location filename="../src/reports/ReceiptReports.cpp" line="-10"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>รวม / ยอดคงเหลือยกไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เดบิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เครดิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>งบทดลองไม่สมดุล ต่างกัน %1 บาท กรุณาตรวจสอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+34"/>
        <source>รายได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="+2"/>
        <source>ค่าใช้จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ขาดทุนสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>สินทรัพย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หนี้สิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กำไร (ขาดทุน) สุทธิที่ยังไม่ได้จัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รวมหนี้สินและทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/LoanReports.cpp" line="-20"/>
        <source>สัญญา %1  %2  เงินกู้ %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>งวดที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กำหนดชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินต้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/reports/MemberReports.cpp" line="-79"/>
        <source>ดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รวมชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>เงินต้นคงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>กำไรสุทธิ %1 บาท จัดสรรตามระเบียบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (ร่าง ยังไม่ผ่านรายการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการจัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <source>สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>ประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ครบกำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถึงกำหนดชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เกินกำหนด (วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+42"/>
        <source>รวม %1 สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>เงินต้นของสัญญาที่เกินกำหนด %1 บาท คิดเป็นร้อยละ %2 ของเงินกู้คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ตารางผ่อนชำระของแต่ละสัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ยอดที่ถึงกำหนดชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลยกำหนด (วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>รายการนี้ใช้ติดตามการชำระคืนตามสัญญา เพื่อให้คณะกรรมการช่วยสมาชิกวางแผนชำระ ยอดที่ถึงกำหนดรวมค่าปรับตามระเบียบของกลุ่มแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+6"/>
        <location filename="../src/reports/LoanReports.cpp" line="+16"/>
        <source>ยังไม่ได้คำนวณการจัดสรรกำไรของปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../src/reports/MemberReports.cpp" line="-42"/>
        <source> บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/LoanReports.cpp" line="+12"/>
        <source>เงินปันผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินเฉลี่ยคืน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลายมือชื่อผู้รับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/MemberReports.cpp" line="+3"/>
        <source>สมาชิก ณ สิ้นเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+3"/>
        <location filename="../src/reports/MemberReports.cpp" line="+0"/>
        <source>%1 คน (เข้าใหม่ %2 คน ลาออก %3 คน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/MemberReports.cpp" line="+4"/>
        <source>ผู้ชำระเงินในเดือนนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 คน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสดยกมา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินในเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่ายเงินในเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสดคงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปล่อยกู้ในเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+1"/>
        <location line="+2"/>
        <location filename="../src/reports/MemberReports.cpp" line="+1"/>
        <location line="+1"/>
        <source>%1 สัญญา %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/MemberReports.cpp" line="+0"/>
        <source>เงินกู้คงค้าง ณ สิ้นเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เงินสัจจะสะสม ณ สิ้นเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ทุนเรือนหุ้น ณ สิ้นเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>สัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ค่าหุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต้นเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>อื่น ๆ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>รวมทั้งเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>สรุปประจำเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ช่องว่างคือเดือนที่ยังไม่ได้รับเงินสัจจะ ตัวเลขเป็นเงินสัจจะของเดือนนั้น ไม่ว่าจะรับในเดือนใด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การประชุมวันที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ลายมือชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>สมาชิกทั้งหมด %1 คน มาประชุม ........ คน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เลขานุการ / ผู้บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/ReceiptReports.cpp" line="-24"/>
        <source> เดือน%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> สัญญา %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> งวดที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ได้รับเงินจาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (สมาชิกเลขที่ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระโดย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หักจากเงินสัจจะสะสมของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ใบเสร็จนี้ยกเลิกแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รวมเป็นเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ผู้ชำระเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้รับเงิน (เหรัญญิก)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ไม่มีใบเสร็จในช่วงวันที่นี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เพิ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สมาชิกเลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป็นสมาชิกตั้งแต่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/ReportCatalog.cpp" line="+34"/>
        <source>ใบเสร็จรับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบเสร็จที่ออกในช่วงวันที่ หน้าละหนึ่งใบ พร้อมจำนวนเงินเป็นตัวอักษรและช่องลงชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการเคลื่อนไหวบัญชีสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการฝาก ถอน และเงินกู้ของสมาชิกทีละคน พร้อมยอดคงเหลือ ใช้แทนสมุดคู่ฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายงานประจำเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินที่สมาชิกแต่ละคนส่งในเดือน และสรุปเงินสด เงินกู้ เงินสัจจะ สำหรับรายงานที่ประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทะเบียนเงินสัจจะรายเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินสัจจะของสมาชิกทุกคนทีละเดือนตลอดปี ช่องว่างคือเดือนที่ยังไม่ได้ส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ทะเบียนเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาเงินกู้ที่ยังผ่อนอยู่ ยอดคงเหลือ และตารางผ่อนชำระของแต่ละสัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายชื่อติดตามการชำระเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาที่ถึงกำหนดแล้วยังไม่ได้ชำระ เพื่อให้กรรมการช่วยสมาชิกวางแผนชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมุดเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการรับจ่ายเงินสดตามลำดับวันที่ พร้อมยอดคงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งบทดลอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดคงเหลือทุกบัญชี ณ วันที่เลือก ด้านเดบิตต้องเท่ากับด้านเครดิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/AnnualReport.cpp" line="+24"/>
        <location filename="../src/reports/ReportCatalog.cpp" line="+2"/>
        <source>งบรายได้และค่าใช้จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/ReportCatalog.cpp" line="+1"/>
        <source>รายได้ ค่าใช้จ่าย และกำไรสุทธิของช่วงวันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งบดุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สินทรัพย์ หนี้สิน และทุน ณ วันที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชีรายชื่อรับเงินปันผลและเงินเฉลี่ยคืน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินปันผลและเงินเฉลี่ยคืนของสมาชิกแต่ละคน พร้อมช่องลงชื่อรับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชีลงชื่อผู้เข้าประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายชื่อสมาชิกพร้อมช่องลงลายมือชื่อ สำหรับวันประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายงานประจำปีเสนอที่ประชุมใหญ่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิก เงินกู้ งบรายได้และค่าใช้จ่าย งบดุล และการจัดสรรกำไรของปี สำหรับการประชุมใหญ่สามัญประจำปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รายงานการเงินแยกตามแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินของแต่ละแหล่งเงินทุนและสมุดบัญชีธนาคารของแต่ละบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บัญชีรายชื่อผู้ขอกู้และผลการพิจารณา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คำขอกู้ของแต่ละรอบในปี ผลการพิจารณา และช่องลงชื่อคณะกรรมการเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แบบประเมินผลกองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คะแนนแต่ละตัวชี้วัด คะแนนรวม และระดับของกองทุนในปีที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>สรุปองค์กรการเงินชุมชนรายตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิก เงินออม เงินกู้คงเหลือ และร้อยละค้างชำระ ขององค์กรทุกแห่ง รวมรายตำบลและทั้งอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>องค์กรที่ยังไม่มีสมาชิกหรือบัญชี หรือไม่มีรายการใหม่เกิน 60 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ข้อมูลผลิตภัณฑ์ OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต รายละเอียดและรูปผลิตภัณฑ์ ใบรับรองมาตรฐาน ผลการคัดสรรระดับดาว และยอดขายเทียบเป้าหมายของปี หน้าละหนึ่งผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>สรุปผลิตภัณฑ์ OTOP ระดับอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนผลิตภัณฑ์ตามหมวดและระดับดาว สรุปรายตำบล และยอดขายเทียบเป้าหมายของปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ใบรับรองมาตรฐานที่ใกล้หมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบรับรองที่จะหมดอายุภายใน 90 วันและที่หมดอายุแล้ว พร้อมเบอร์โทรผู้ผลิต เพื่อแจ้งให้ต่ออายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>แคนวาสแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แคนวาส 9 ช่องของแผนธุรกิจชุมชนฉบับที่เลือกบนกระดาษแนวนอนหนึ่งหน้า พร้อมรายได้ ค่าใช้จ่าย และกำไรที่คาดไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เอกสารแผนธุรกิจชุมชน: ผลิตภัณฑ์ แคนวาสทีละช่อง ตัวเลขที่คาดไว้เทียบยอดขายและบัญชีของปี การพัฒนาศักยภาพ (KSNB) และความก้าวหน้าสี่ขั้นตอน พร้อมช่องลงชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แผนธุรกิจชุมชนรายอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แผนธุรกิจชุมชนทุกแผนเรียงตามตำบล ฉบับล่าสุด ขั้นตอนที่ทำถึง และกำไรที่คาดไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>วันเริ่มต้น (%1) อยู่หลังวันสิ้นสุด (%2) กรุณาแก้ช่วงวันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รายงาน &quot;%1&quot; ต้องเลือกแผนธุรกิจชุมชนก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รายงาน &quot;%1&quot; ต้องเลือกองค์กรก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายงาน &quot;%1&quot; ใช้กับ%2ไม่ได้ เลือก%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กลุ่มออมทรัพย์หรือกองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/ReportContext.cpp" line="-100"/>
        <source>พิมพ์เมื่อ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>หมู่ที่ %1 %2 ตำบล%3 อำเภอ%4 จังหวัด%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ไม่พบองค์กรที่เลือกในไฟล์นี้ กรุณาเลือกองค์กรอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>สำนักงานพัฒนาชุมชนอำเภอ%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อำเภอ%1 จังหวัด%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>เหรัญญิก (ผู้จัดทำ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประธานกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ตรวจสอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/ReportSettings.cpp" line="+28"/>
        <source>ไฟล์ %1 ไม่ใช่รูปภาพที่อ่านได้ ใช้ไฟล์ PNG หรือ JPG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>การบันทึกการตั้งค่าการพิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/report/ReportCsv.cpp" line="+0"/>
        <source>ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/OtopReports.cpp" line="-139"/>
        <source>ยังไม่ได้คัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+31"/>
        <source>%1 ดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผลิตภัณฑ์ตามหมวดและระดับดาว (ผลการคัดสรรล่าสุดถึงปี %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมวดผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>ยอดขายในปี (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ผู้ผลิต (ราย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+75"/>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="-62"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>คัดสรรแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4–5 ดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบรับรองที่ใช้ได้ ณ สิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ยอดขายเทียบเป้าหมายปี %1 (ผลิตภัณฑ์ที่ตั้งเป้าหมายไว้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-97"/>
        <location line="+6"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>เป้าหมาย (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขายได้ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ร้อยละของเป้าหมาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>รวม %1 ผลิตภัณฑ์ ถึงเป้าหมาย %2 ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ผู้ผลิต %1 ราย ผลิตภัณฑ์ %2 รายการ ผ่านการคัดสรรแล้ว %3 รายการ ยอดขายปี %4 รวม %5 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ระดับดาวคือผลการคัดสรรครั้งล่าสุดของแต่ละผลิตภัณฑ์ในปีนี้หรือก่อนหน้า ร้อยละของเป้าหมายปัดครึ่งขึ้นเป็นทศนิยมหนึ่งตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>หมดแล้ว %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมดอายุวันนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหลือ %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+60"/>
        <source>มาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+1"/>
        <source>วันหมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เหลือ (วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ใบรับรองที่จะหมดอายุภายใน %1 วัน (ถึงวันที่ %2) %3 ใบ และที่หมดอายุแล้ว %4 ใบ ควรแจ้งผู้ผลิตให้ยื่นต่ออายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/PlanContext.cpp" line="+24"/>
        <source>ฉบับที่ %1 ลงวันที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ไม่พบแผนธุรกิจชุมชนที่เลือกในไฟล์นี้ กรุณาเลือกแผนอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไม่พบฉบับที่เลือกของแผน &quot;%1&quot; กรุณาเลือกฉบับของแผนนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/reports/PlanReports.cpp" line="-46"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/PlanDocumentReport.cpp" line="-11"/>
        <location filename="../src/reports/PlanReports.cpp" line="+59"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-61"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/reports/PlanReports.cpp" line="-12"/>
        <source>ฉบับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมายเหตุฉบับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยังไม่ได้เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ช่อง %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เชื่อมกับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+50"/>
        <source>ยังไม่มีรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>ตัวเลขที่คาดไว้เทียบกับที่เกิดขึ้นจริงปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตามแผน (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขาย OTOP (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตามบัญชี (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่ได้ทำบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กำไร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  ยอดขาย %1 (%2 หน่วย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>การพัฒนาศักยภาพ (KSNB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ด้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หัวข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กิจกรรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>สิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+61"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ความก้าวหน้าสี่ขั้นตอน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ขั้นตอน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ไฟล์แนบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/reports/PlanReports.cpp" line="+16"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ประธานกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>พัฒนากรผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/PlanReports.cpp" line="-69"/>
        <location filename="../src/reports/ProductSheetReport.cpp" line="-81"/>
        <source>%1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>รายได้ที่คาดไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าใช้จ่ายที่คาดไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำไรที่คาดไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>แผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขั้นตอนปัจจุบัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ขั้นที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำไรที่คาดไว้ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ครบทั้งสี่ขั้นตอน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>รวม %1 แผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ขั้นที่ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/reports/ProductSheetReport.cpp" line="+19"/>
        <source> สมาชิก %1 คน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ที่ตั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผู้ติดต่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> โทร. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ลงทะเบียนเมื่อ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ทะเบียนผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ตราสินค้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (กลุ่มย่อย %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ราคา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ต่อ%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำลังการผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 ต่อเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุดิบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรจุภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>รายละเอียด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เรื่องราว ภูมิปัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>ใช้ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>จะหมดอายุในอีก %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมดอายุแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ใบรับรองมาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ไม่มีกำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ผลการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ (OTOP Product Champion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปี (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่วนที่ 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตรา OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ม.ค.–%1 %2 บาท (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · เป้าหมายทั้งปี %1 บาท ขายได้ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · ยังไม่ได้ตั้งเป้าหมาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขายปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่องทางขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังไม่มียอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ไม่พบผลิตภัณฑ์ที่เลือกในไฟล์นี้ กรุณาเลือกผลิตภัณฑ์อีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ยังไม่มีผลิตภัณฑ์ OTOP ที่ลงทะเบียนไว้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="+29"/>
        <source>กลุ่มออมทรัพย์และกองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สำนักงานอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPreview.cpp" line="+22"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialogs</name>
    <message>
        <location filename="../ui/funds/RoundDialogs.cpp" line="+32"/>
        <source>รอบที่ %1 %2
ผู้ขอกู้: %3 %4  ขอกู้ %5 บาท</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../ui/savings/RulesTab.cpp" line="+31"/>
        <source>&lt;b&gt;เริ่มใช้ %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หุ้นละ %1 บาท ส่งเดือนละ %2–%3 หุ้น ค่าธรรมเนียมแรกเข้า %4 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>วันสัจจะ: วันที่ %1 ของทุกเดือน; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับเงินฝากเพิ่มเติม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ไม่รับเงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งสัจจะช้า: %1; ส่งงวดเงินกู้ช้า: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จัดสรรกำไร: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปันผลคิดถัวเฉลี่ยรายเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปันผลคิดจากยอดคงเหลือสิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Savings</name>
    <message>
        <location filename="../src/savings/MeetingRepository.cpp" line="+34"/>
        <source>การบันทึกการประชุมประจำเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanService.cpp" line="+43"/>
        <source>ผู้กู้ต้องเป็นสมาชิกของกลุ่มนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้กู้ต้องเป็นสมาชิกอยู่ในวันที่ยื่นคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กรุณาเลือกประเภทเงินกู้ที่กลุ่มเปิดให้กู้อยู่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/savings/MeetingPosting.cpp" line="+88"/>
        <location filename="../src/savings/MemberService.cpp" line="+29"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 กรุณาบันทึกระเบียบกลุ่มก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>สัญญาเดิมที่จะปรับโครงสร้างต้องเป็นสัญญาที่ยังผ่อนอยู่ของผู้กู้คนเดียวกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanReplacement.cpp" line="+27"/>
        <location filename="../src/savings/LoanService.cpp" line="+67"/>
        <location filename="../src/savings/RepaymentService.cpp" line="+17"/>
        <source>ไม่พบสัญญาเงินกู้นี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ต่อสัญญาได้เมื่อชำระดอกเบี้ยและค่าปรับ %1 บาทของสัญญาเดิมแล้ว หรือเลือกปรับโครงสร้างหนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยอดเงินกู้สัญญาใหม่ต้องไม่น้อยกว่า %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source> สัญญาเดิมเลขที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanService.cpp" line="-63"/>
        <source>กองทุนหมู่บ้านให้กู้จากแหล่งเงินทุนที่ระบุ กรุณารับคำขอกู้ในแท็บรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาเลือกแหล่งเงินทุนของกองทุนนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>คำขอกู้นี้อยู่ในรอบการให้กู้ กรุณาบันทึกมติและจ่ายเงินที่แท็บรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เงินกู้นี้อยู่ในสถานะ &quot;%1&quot; จึง%2ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>วันประชุมคณะกรรมการเงินกู้ต้องไม่ก่อนวันที่ยื่นคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>ยอดอนุมัติต้องมากกว่าศูนย์ และไม่เกินยอดที่ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>บันทึกไม่อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>กรุณาใส่เหตุผลที่ไม่อนุมัติ เพื่อแจ้งผู้ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/StoredDecimal.cpp" line="+25"/>
        <source>ตัวเลข %1 ต้องไม่ติดลบ และมีทศนิยมไม่เกิน %2 ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/MeetingDues.cpp" line="+28"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในเดือน %1 กรุณาบันทึกระเบียบกลุ่มก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/BeneficiaryRepository.cpp" line="+27"/>
        <source>กรุณาใส่ชื่อผู้รับประโยชน์คนที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ส่วนแบ่งของผู้รับประโยชน์คนที่ %1 ต้องมากกว่า 0 และมีทศนิยมไม่เกิน %2 ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ส่วนแบ่งของผู้รับประโยชน์รวมกันได้ร้อยละ %1 ต้องรวมกันได้ร้อยละ 100 พอดี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>การอ่านผู้รับประโยชน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/savings/MemberService.cpp" line="+61"/>
        <location filename="../src/savings/PledgeRepository.cpp" line="+73"/>
        <source>ไม่พบสมาชิกนี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+31"/>
        <source>การบันทึกผู้รับประโยชน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/FineRule.cpp" line="+32"/>
        <source>ไม่มีค่าปรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปรับ %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปรับร้อยละ %1 ของยอดค้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ค่าปรับแบบจำนวนคงที่ต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าปรับแบบร้อยละต้องมากกว่า 0 และไม่เกิน 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/GroupRules.cpp" line="+37"/>
        <source>กรุณาใส่วันที่เริ่มใช้ระเบียบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>มูลค่าหุ้นต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนหุ้นขั้นต่ำต่อเดือนต้องอย่างน้อย 1 หุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนหุ้นสูงสุดต่อเดือนต้องไม่น้อยกว่าจำนวนขั้นต่ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าธรรมเนียมแรกเข้าต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วันสัจจะต้องอยู่ระหว่างวันที่ 1 ถึง 28 ของเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>จำนวนครั้งที่ผิดสัจจะติดกันต้องอย่างน้อย 1 ครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ส่งสัจจะได้เดือนละ %1 ถึง %2 หุ้น (หุ้นละ %3 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/GroupRulesRepository.cpp" line="+89"/>
        <source>ร้อยละต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>การอ่านระเบียบกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/savings/LoanProductRepository.cpp" line="+96"/>
        <source>ไม่พบองค์กรนี้ในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>มีระเบียบที่เริ่มใช้วันนี้อยู่แล้ว ระเบียบที่บันทึกแล้วแก้ไขไม่ได้ กรุณาเลือกวันเริ่มใช้วันอื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>การบันทึกระเบียบกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/GuarantorRules.cpp" line="+22"/>
        <source>ผู้กู้ค้ำประกันเงินกู้ของตนเองไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 เป็นคู่สมรสของผู้กู้ จึงค้ำประกันไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ไม่ได้เป็นสมาชิกอยู่ จึงค้ำประกันไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ค้ำประกันอยู่แล้ว %2 สัญญา ซึ่งครบจำนวนที่ระเบียบกำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ค้ำประกันเงินกู้คงค้างอยู่ %2 บาท รวมสัญญานี้จะเกินวงเงิน %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/savings/LoanEligibility.cpp" line="+36"/>
        <source>เงินกู้เกิน %1 บาท ต้องมีผู้ค้ำประกัน %2 คน (ระบุมา %3 คน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ระบุ %1 เป็นผู้ค้ำประกันซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/Loan.cpp" line="+49"/>
        <source>ต่อสัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปรับโครงสร้างหนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ยื่นคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อนุมัติแล้ว รอจ่ายเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระหว่างผ่อนชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชำระครบแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanChecks.cpp" line="+42"/>
        <source>ผู้ค้ำประกันต้องเป็นสมาชิกของกลุ่มนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanDisbursement.cpp" line="+34"/>
        <source>วันที่จ่ายเงินกู้ต้องไม่ก่อนวันที่อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กรุณาระบุสิ่งของที่จ่ายเป็นเงินกู้ เช่น ปุ๋ย 10 กระสอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ผู้กู้ต้องเป็นสมาชิกอยู่ในวันที่จ่ายเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่จ่ายเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>สัญญาเดิมที่จะปิดต้องเป็นสัญญาที่ยังผ่อนอยู่ของผู้กู้คนเดียวกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ต่อสัญญาได้เมื่อชำระดอกเบี้ยและค่าปรับของสัญญาเดิม (%1) ครบแล้ว วันที่ %2 ยังค้างอยู่ %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยอดเงินกู้สัญญาใหม่ %1 บาท น้อยกว่ายอดที่ต้องปิดสัญญาเดิม (%2) %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>แหล่งเงิน &quot;%1&quot; มีเงินคงเหลือ %2 บาท ณ วันที่ %3 ไม่พอจ่ายเงินกู้ %4 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: สัญญาเลขที่ %2 ปิดสัญญาเดิมเลขที่ %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จ่ายเงินกู้เป็นสิ่งของ (%1) สัญญาเลขที่ %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่ายเงินกู้สัญญาเลขที่ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>จ่ายเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanEligibility.cpp" line="-17"/>
        <source>จำนวนเงินกู้ต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>กู้%1ได้ไม่เกิน %2 บาท (เงินสัจจะ %3 บาท วงเงินสูงสุด %4 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ระยะเวลากู้%1ต้องอยู่ระหว่าง 1 ถึง %2 เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanProduct.cpp" line="+20"/>
        <source>กรุณาใส่ชื่อประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนเท่าของเงินสัจจะต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้สูงสุดต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ระยะเวลากู้สูงสุดต้องอยู่ระหว่าง 1 ถึง %1 เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อัตราดอกเบี้ยต้องอยู่ระหว่างร้อยละ 0 ถึง 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินที่ต้องมีผู้ค้ำประกันต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนผู้ค้ำประกันต้องอยู่ระหว่าง 0 ถึง 5 คน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิกหนึ่งคนต้องค้ำประกันได้อย่างน้อย 1 สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินค้ำประกันสูงสุดต้องไม่ติดลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanProductRepository.cpp" line="-35"/>
        <source>การอ่านประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>อัตราดอกเบี้ยต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จำนวนเท่าของเงินสัจจะต้องมีทศนิยมไม่เกิน %1 ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>มีประเภทเงินกู้ชื่อ %1 อยู่แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>การบันทึกประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanRepository.cpp" line="+31"/>
        <source>การอ่านสัญญาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+30"/>
        <location line="+12"/>
        <source>การอ่านตารางผ่อนชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>การอ่านการค้ำประกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>การบันทึกคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การบันทึกผู้ค้ำประกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>การบันทึกผลการพิจารณาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>การบันทึกสัญญาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การบันทึกตารางผ่อนชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>การปิดสัญญาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/MeetingPosting.cpp" line="-48"/>
        <source>สมาชิกเลขทะเบียน %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ยอด%1ติดลบ (%2 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผู้ชำระรายหนึ่งไม่ได้เป็นสมาชิกของกลุ่มในวันประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>มียอดชำระซ้ำสองแถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/savings/Receipt.cpp" line="+48"/>
        <source>เงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับผิดสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระเบียบกลุ่มไม่ได้เปิดรับเงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชำระเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>สัญญาเงินกู้ที่ชำระไม่ใช่ของสมาชิกนี้ หรือระบุซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>บันทึกการประชุมเดือน%1 ไปแล้วเมื่อวันที่ %2 จึงบันทึกซ้ำไม่ได้ ผู้ที่มาชำระภายหลังให้ออกใบเสร็จแยกรายคน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ยังไม่มียอดชำระของสมาชิกคนใดในการประชุมนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/MemberLeave.cpp" line="+79"/>
        <source>สมาชิกยังมีเงินกู้ค้างชำระ (สัญญาเลขที่ %1) เงินต้นคงเหลือ %2 บาท จึงลาออกไม่ได้ กรุณาชำระให้ครบก่อน หรือเลือกหักกลบหนี้กับเงินสัจจะสะสม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เงินสัจจะสะสม %1 บาท ไม่พอหักชำระหนี้เงินกู้ %2 บาท (ขาดอีก %3 บาท) กรุณาชำระส่วนที่ขาดเป็นเงินสดก่อนลาออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>จ่ายคืนเงินสัจจะและเงินฝากแก่สมาชิกที่ลาออก %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/MemberService.cpp" line="+3"/>
        <source>สมาชิกเลขทะเบียน %1 ไม่ได้เป็นสมาชิกอยู่ในวันที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/PledgeRepository.cpp" line="-37"/>
        <location line="+18"/>
        <source>การอ่านสัจจะของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>จำนวนหุ้นที่ส่งสัจจะต้องอย่างน้อย 1 หุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กรุณาใส่วันที่เริ่มส่งสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>วันที่เริ่มส่งสัจจะต้องไม่ก่อนวันที่เข้าเป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>การบันทึกสัจจะของสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/Receipt.cpp" line="-2"/>
        <source>เงินสัจจะสะสม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค่าธรรมเนียมแรกเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าปรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อื่น ๆ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าหุ้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าธรรมเนียมสัญญาเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินประกันความเสี่ยง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/ReceiptPosting.cpp" line="+54"/>
        <source>ใบเสร็จต้องมีรายการรับเงินอย่างน้อยหนึ่งรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รายการ%1 จำนวน %2 บาท ต้องมากกว่าศูนย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ไม่พบสัญญาเงินกู้ของรายการรับชำระนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>ใบเสร็จรับเงินเลขที่ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/ReceiptRepository.cpp" line="+91"/>
        <location line="+11"/>
        <source>การบันทึกใบเสร็จรับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การอ่านใบเสร็จรับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>การอ่านการชำระเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>การอ่านเงินสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>การอ่านค่าปรับผิดสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/RepaymentPlanner.cpp" line="+45"/>
        <source>สัญญาเงินกู้นี้%1 จึงรับชำระไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>วันที่ชำระต้องไม่ก่อนวันที่จ่ายเงินกู้สัญญาเลขที่ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยอดชำระเงินกู้สัญญาเลขที่ %1 ต้องมากกว่าศูนย์ (ได้ %2 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยอดชำระ %1 บาท เกินยอดปิดสัญญาเลขที่ %2 ณ วันที่ %3 ซึ่งเท่ากับ %4 บาท (เงินต้นคงเหลือ ดอกเบี้ยถึงวันนี้ และค่าปรับ) จึงไม่ได้บันทึก กรุณาแก้ยอดชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/SpouseRepository.cpp" line="+32"/>
        <source>บุคคลเป็นคู่สมรสของตนเองไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>การบันทึกคู่สมรส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/AllocationRunRepository.cpp" line="+103"/>
        <source>การอ่านการจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>การบันทึกร่างการจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>การลบร่างการจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>การผ่านรายการจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/YearEndLedger.cpp" line="+38"/>
        <source>การอ่านยอดสมาชิกประจำปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>การอ่านเงินสัจจะรายเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>การอ่านเงินสัจจะยกมา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>การอ่านรายได้และค่าใช้จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/YearEndPosting.cpp" line="+55"/>
        <source>ปิดบัญชีรายได้และค่าใช้จ่ายปี %1 เข้ากำไรสุทธิรอการจัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>จัดสรรกำไรสุทธิปี %1 ตามมติที่ประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>จ่ายเงินปันผลและเฉลี่ยคืนปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เข้าเงินสัจจะสะสม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จ่ายเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/YearEndService.cpp" line="+34"/>
        <source>ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 จึงจัดสรรกำไรสุทธิไม่ได้ กรุณาบันทึกระเบียบกลุ่มก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>การจัดสรรกำไรสุทธิปี %1 ผ่านรายการไปแล้วเมื่อวันที่ %2 จึง%3ไม่ได้ หากต้องแก้ไข ให้บันทึกรายการปรับปรุงในปีถัดไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ไม่พบร่างการจัดสรรกำไรสุทธินี้ อาจมีการคำนวณร่างใหม่แทนแล้ว กรุณาเปิดร่างล่าสุดแล้วตรวจสอบอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ผ่านรายการซ้ำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>กรุณาใส่วันที่ที่ประชุมอนุมัติการจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ %1 อยู่ก่อนวันสิ้นปีบัญชี %2 กรุณาใช้วันที่ที่ประชุมอนุมัติการจัดสรร ซึ่งต้องไม่ก่อนวันสิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>กำไรสุทธิปี %1 ในบัญชีขณะนี้ %2 บาท ไม่ตรงกับร่างการจัดสรร (%3 บาท) เพราะมีการบันทึกรายการหลังทำร่าง กรุณาคำนวณร่างใหม่ก่อนผ่านรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>เงินสัจจะหรือดอกเบี้ยของสมาชิกปี %1 ในบัญชีเปลี่ยนไปหลังทำร่างการจัดสรร กรุณาคำนวณร่างใหม่ก่อนผ่านรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยอดในร่างการจัดสรรปี %1 รวมกันไม่ตรงกับกำไรสุทธิ กรุณาคำนวณร่างใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>มีการเลือกวิธีรับเงินให้ผู้ที่ไม่อยู่ในรายการจัดสรรปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>สมาชิกเลขทะเบียน %1 ไม่ได้เป็นสมาชิกแล้วในวันที่ %2 จึงโอนเงินปันผลเข้าเงินสัจจะไม่ได้ กรุณาเลือกจ่ายเป็นเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>คำนวณร่างใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผลการจัดสรรปี %1 รวมกันไม่ตรงกับกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ยอดปิดบัญชีไม่ตรงกับกำไรสุทธิในร่าง กรุณาคำนวณร่างใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanAccounts.cpp" line="+29"/>
        <source>การอ่านแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไม่พบแหล่งเงินทุนของสัญญาเงินกู้นี้ในกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/savings/LoanRegister.cpp" line="+81"/>
        <source>%1เป็น %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../src/storage/migrations/Migration001Places.cpp" line="+69"/>
        <source>การสร้างตารางสถานที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration002Organisations.cpp" line="+74"/>
        <source>การสร้างตารางองค์กรและบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/Sql.cpp" line="+12"/>
        <source>การอ่านหรือบันทึกข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/StorageError.cpp" line="+14"/>
        <source>พื้นที่ดิสก์เต็ม จึง%1ไม่สำเร็จ ข้อมูลยังเหมือนเดิม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1ไม่สำเร็จ ข้อมูลยังเหมือนเดิม (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/ThaiSqlCollation.cpp" line="+32"/>
        <source>ไม่สามารถตั้งค่าการเรียงลำดับภาษาไทยของฐานข้อมูลได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/Transaction.cpp" line="+63"/>
        <source>การบันทึกข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration003Ledger.cpp" line="+84"/>
        <source>การสร้างตารางบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration004Savings.cpp" line="+245"/>
        <source>การสร้างตารางกลุ่มออมทรัพย์และเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/Database.cpp" line="+35"/>
        <source>ไม่พบไฟล์ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไฟล์ %1 ไม่ใช่ไฟล์ฐานข้อมูล จึงไม่ได้เปิด และไม่ได้แก้ไขไฟล์นี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ไฟล์ %1 เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของฐานราก จึงไม่ได้เปิด และไม่ได้แก้ไขไฟล์นี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ไฟล์ %1 บันทึกด้วยฐานรากรุ่นที่ใหม่กว่า (โครงสร้างรุ่น %2 แต่โปรแกรมนี้รู้จักถึงรุ่น %3) กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้ ไฟล์ยังไม่ถูกแก้ไข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>มีไฟล์ %1 อยู่แล้ว กรุณาเลือกชื่อไฟล์ใหม่ หรือใช้คำสั่งเปิดไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>การเปิดไฟล์ฐานข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ไฟล์ %1 เสียหาย อ่านโครงสร้างฐานข้อมูลไม่ได้ (%2) จึงไม่ได้เปิด กรุณาใช้ไฟล์สำรองล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ไฟล์ %1 เสียหาย (%2) จึงไม่ได้ปรับรุ่นไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ทำสำเนาไฟล์ก่อนปรับรุ่นไม่สำเร็จ (%1) จึงยังไม่ได้ปรับรุ่นไฟล์ ข้อมูลยังเหมือนเดิม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>โครงสร้างไฟล์: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ตาราง %1 แถวที่ %2 อ้างถึงข้อมูลที่ไม่มีในตาราง %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รุ่นโครงสร้างไฟล์ %1 ไม่ตรงกับรุ่นของโปรแกรม %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration005AllocationRuns.cpp" line="+105"/>
        <source>การสร้างตารางการจัดสรรกำไรสุทธิ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration006VillageFunds.cpp" line="+171"/>
        <source>การสร้างตารางกองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration007ReportSettings.cpp" line="+25"/>
        <source>การสร้างตารางตั้งค่าการพิมพ์รายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration008Exchange.cpp" line="+91"/>
        <source>การสร้างตารางแลกเปลี่ยนข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration009Otop.cpp" line="+169"/>
        <source>การสร้างตารางผลิตภัณฑ์ OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/Migration010BusinessPlans.cpp" line="+123"/>
        <source>การสร้างตารางแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCsvExport</name>
    <message>
        <location filename="../ui/widgets/TableCsvExport.cpp" line="+50"/>
        <source>ส่งออกตารางเป็น CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตาราง.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ CSV สำหรับ Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ส่งออกไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ส่งออกตารางนี้เป็น CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <location filename="../src/thai/UnicodeBytes.cpp" line="+46"/>
        <source>ข้อมูล UTF-16 ผิดรูปแบบที่ไบต์ตำแหน่ง %1 (นับจาก 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ข้อมูล UTF-8 ผิดรูปแบบ: ไบต์ 0x%1 ที่ตำแหน่ง %2 (นับจาก 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/thai/Windows874.cpp" line="+52"/>
        <source>อักขระ &quot;%1&quot; (U+%2) ที่ตำแหน่งที่ %3 ไม่มีในรหัสอักขระ Windows-874 (ภาษาไทย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ไบต์ 0x%1 ที่ตำแหน่ง %2 (นับจาก 0) ไม่มีในรหัสอักขระ Windows-874 (ภาษาไทย) ไฟล์นี้อาจใช้รหัสอักขระอื่น</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThaiDate</name>
    <message>
        <location filename="../src/thai/ThaiDateParse.cpp" line="+90"/>
        <source>ปี %1 ในวันที่ &quot;%2&quot; ดูเหมือนเป็นปี ค.ศ. แต่ช่องนี้ใช้ปี พ.ศ. ถ้าหมายถึง ค.ศ. %1 ให้พิมพ์ พ.ศ. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปี %1 ในวันที่ &quot;%2&quot; ดูเหมือนเป็นปี พ.ศ. แต่ช่องนี้ใช้ปี ค.ศ. ถ้าหมายถึง พ.ศ. %1 ให้พิมพ์ ค.ศ. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>วันที่ &quot;%1&quot; ใช้ปีสองหลัก กรุณาพิมพ์ปีสี่หลัก เช่น %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>วันที่ &quot;%1&quot; ต้องมีปีสี่หลัก เช่น %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ไม่มีวันที่ &quot;%1&quot; ในปฏิทิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ยังไม่ได้ใส่วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>อ่านวันที่ &quot;%1&quot; ไม่ออก กรุณาพิมพ์แบบ วัน/เดือน/ปี เช่น 5/6/%2 หรือ 5 มิ.ย. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไม่รู้จักชื่อเดือน &quot;%1&quot; ในวันที่ &quot;%2&quot; กรุณาใช้ชื่อเดือนเต็มหรือย่อ เช่น มิถุนายน หรือ มิ.ย.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>วันที่ &quot;%1&quot; ต้องอยู่ในรูปแบบ ปปปป-ดด-วว แบบ ค.ศ. เช่น 2024-06-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปี %1 ในวันที่ &quot;%2&quot; ดูเหมือนเป็นปี พ.ศ. แต่วันที่แบบ ISO (ปปปป-ดด-วว) ต้องใช้ปี ค.ศ. ถ้าหมายถึง พ.ศ. %1 ให้พิมพ์ ค.ศ. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui</name>
    <message>
        <location filename="../ui/otop/ProductCertificatesTab.cpp" line="+19"/>
        <source>ไม่มีวันหมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมดอายุแล้ว %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อีก %1 วันหมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใช้ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/otop/ProductsTab.cpp" line="+35"/>
        <source>เพิ่มผลิตภัณฑ์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์ข้อมูลผลิตภัณฑ์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ทุกประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหาชื่อผลิตภัณฑ์หรือตราสินค้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ข้อมูลผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>มาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::AppController</name>
    <message>
        <location filename="../ui/app/AppController.cpp" line="+38"/>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::BeneficiariesDialog</name>
    <message>
        <location filename="../ui/savings/BeneficiariesDialog.cpp" line="+32"/>
        <source>สมาชิก: %1
ใส่ชื่อ ความเกี่ยวพัน และส่วนแบ่งเป็นร้อยละ รวมกันต้องเท่ากับ 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ความเกี่ยวพัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+21"/>
        <source>ผู้รับประโยชน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>แถวที่ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::BusinessPlansPage</name>
    <message>
        <location filename="../ui/cbmc/BusinessPlansPage.cpp" line="+50"/>
        <source>ขั้นตอน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>พิมพ์แคนวาส…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์แผนธุรกิจ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>แผนทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KSNB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปรียบเทียบรุ่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>แผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · ตำบล%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยังไม่ได้เลือกแผน สร้างแผนใหม่หรือเลือกจากรายการแผนทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CanvasBlockView</name>
    <message>
        <location filename="../ui/cbmc/CanvasBlockView.cpp" line="+172"/>
        <source> — %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  [เชื่อม %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CanvasEditor</name>
    <message>
        <location filename="../ui/cbmc/CanvasEditor.cpp" line="+138"/>
        <source>ลบรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบ “%1” และเส้นเชื่อมของรายการนี้หรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>ย้ายรายการไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>เชื่อมโยงรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการในช่องนี้เชื่อมได้กับ %1 ซึ่งยังไม่มีรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>เพิ่มรายการ…	Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>แก้ไข…	F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เชื่อมโยง…	Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลื่อนขึ้น	Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลื่อนลง	Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ย้ายไปช่องก่อนหน้า	Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ย้ายไปช่องถัดไป	Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ…	Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CanvasTab</name>
    <message>
        <location filename="../ui/cbmc/CanvasTab.cpp" line="+26"/>
        <source>สร้างรุ่นใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขรุ่น…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบรุ่นนี้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบได้เฉพาะรุ่นล่าสุด เมื่อแผนมีมากกว่าหนึ่งรุ่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รุ่น:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert เพิ่ม · F2 แก้ · Del ลบ · Ctrl+L เชื่อม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert หรือ Ctrl+N เพิ่มรายการ · Enter หรือ F2 แก้ไข · Delete ลบ
Ctrl+↑ / Ctrl+↓ เลื่อนขึ้นลง · Ctrl+← / Ctrl+→ ย้ายไปช่องก่อนหน้า/ถัดไป
Ctrl+L เชื่อมโยง · Tab หรือ Ctrl+1–9 ไปยังช่อง · คลิกขวาเพื่อดูคำสั่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>รุ่น %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>สร้างรุ่นใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รุ่นใหม่เริ่มจากสำเนาของรุ่นที่แสดงอยู่
หมายเหตุ (ไม่บังคับ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ลบรุ่นของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบรุ่น %1 พร้อมรายการบนแคนวาส %2 รายการและเส้นเชื่อมของรุ่นนี้หรือไม่
รุ่นก่อนหน้ายังอยู่ครบ ลบแล้วเรียกคืนไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ลบรุ่นไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CardDialog</name>
    <message>
        <location filename="../ui/cbmc/CardDialog.cpp" line="+15"/>
        <source>เพิ่มรายการในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขรายการในแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ช่อง %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ข้อความ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>จำนวนเงินต่อปี (บาท) ไม่บังคับ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CashBookModel</name>
    <message>
        <location filename="../ui/savings/CashBookModel.cpp" line="+103"/>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CashBookReversalDialog</name>
    <message>
        <location filename="../ui/savings/CashBookReversalDialog.cpp" line="+22"/>
        <source>กลับรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รายการเลขที่ %1 วันที่ %2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รายการเดิมยังอยู่ในสมุดเหมือนเดิม โปรแกรมจะบันทึกรายการใหม่ที่กลับด้านกัน เพื่อยกเลิกยอดของรายการเดิม แล้วจึงบันทึกรายการที่ถูกต้องใหม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เช่น พิมพ์จำนวนเงินผิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่กลับรายการ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เหตุผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กลับรายการ (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CashBookTab</name>
    <message>
        <location filename="../ui/savings/CashBookTab.cpp" line="+55"/>
        <source>บันทึกรายรับ/รายจ่ายอื่น (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กลับรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+122"/>
        <source>%1 รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>สมุดเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ตั้งแต่วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ถึงวันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ เดือนก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เดือนถัดไป ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>พิมพ์คำในรายการ วันที่ หรือจำนวนเงิน (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ค้นหา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ยกเลิกรายการที่เลือกด้วยรายการกลับด้าน รายการเดิมจะไม่ถูกลบหรือแก้ไข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลือกกลุ่มก่อน แล้วสมุดเงินสดของกลุ่มจะแสดงที่นี่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ยอดยกมา ณ วันที่ %1   %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือ ณ วันที่ %1   %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>บันทึกรายการเลขที่ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกรายการเลขที่ %1 แล้ว รายการนี้ผ่านบัญชีเงินฝากธนาคาร จึงไม่แสดงในสมุดเงินสด ดูยอดได้ที่งบทดลอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>กลับรายการไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จ่ายเงินสด %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินสด %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>กลับรายการเลขที่ %1 แล้ว ด้วยรายการเลขที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/otop/CertificateDialog.cpp" line="+15"/>
        <source>เพิ่มมาตรฐานหรือใบรับรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขใบรับรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>เช่น สำนักงานสาธารณสุขจังหวัด สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่ใบรับรองหรือเลขทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หน่วยงานที่ออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ออก (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันหมดอายุ (พ.ศ.) เว้นว่างถ้าไม่มีวันหมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ChampionRoundDialog</name>
    <message>
        <location filename="../ui/otop/ChampionRoundDialog.cpp" line="+16"/>
        <source>เกณฑ์การคัดสรร ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เมื่อบันทึก ผลิตภัณฑ์ทุกรายการในรอบนี้จะได้ดาวตามเกณฑ์ใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชื่อรอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ส่วนที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คะแนนเต็มส่วนที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>คะแนนต่ำสุดของ %1 ดาว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CommitteeDialog</name>
    <message>
        <location filename="../ui/organisations/CommitteeDialog.cpp" line="+25"/>
        <source>แสดงทุกวาระ รวมวาระที่หมดแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คณะกรรมการ — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เพิ่มกรรมการ (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ปิด (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CommitteeTableModel</name>
    <message>
        <location filename="../ui/organisations/CommitteeTableModel.cpp" line="+35"/>
        <source>ไม่กำหนด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>คณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เริ่มวาระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สิ้นสุดวาระ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CommitteeTermDialog</name>
    <message>
        <location filename="../ui/organisations/CommitteeTermDialog.cpp" line="+10"/>
        <source>เพิ่มกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>องค์กร: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>คณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำแหน่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กรรมการ (จากสมาชิก)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เริ่มวาระ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ้นสุดวาระ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::CompareTab</name>
    <message>
        <location filename="../ui/cbmc/CompareTab.cpp" line="+29"/>
        <location line="+55"/>
        <source>ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>ผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+75"/>
        <source>ตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+1"/>
        <location line="+54"/>
        <source>รุ่นแรก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>แสดงเฉพาะที่ต่างกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+55"/>
        <source>รุ่นที่สอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+75"/>
        <source>เปลี่ยนไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>เทียบรุ่น:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กับรุ่น:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>รุ่น %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ตัดออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปลี่ยน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหมือนเดิม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รายได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำไร</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ConflictsPanel</name>
    <message>
        <location filename="../ui/exchange/ConflictsPanel.cpp" line="+18"/>
        <source>ข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ที่ต่างกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>พบเมื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จากไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ใช้ข้อมูลที่เข้ามา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เก็บข้อมูลในไฟล์นี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>แทนข้อมูลในไฟล์นี้ด้วยข้อมูลจากชุดข้อมูลที่นำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เก็บข้อมูลในไฟล์นี้ไว้ และส่งกลับไปในชุดข้อมูลครั้งหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ต้นทางลบรายการนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ไม่มีรายการขัดแย้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ต้นทางลบรายการนี้ แต่ในไฟล์นี้มีการแก้ไขภายหลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1 — ในไฟล์นี้: %2 | ที่เข้ามา: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รายการนี้บันทึกบัญชีแล้ว จึงเก็บได้เฉพาะของในไฟล์นี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ใช้ข้อมูลที่เข้ามาแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เก็บข้อมูลในไฟล์นี้แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::DisbursementDialog</name>
    <message>
        <location filename="../ui/savings/LoanStepDialogs.cpp" line="+59"/>
        <source>จ่ายเงินกู้และทำสัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>วงเงินที่อนุมัติ %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จ่ายเป็นเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่ายเป็นสิ่งของ (ปุ๋ย เมล็ดพันธุ์ ฯลฯ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่จ่ายเงินกู้ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จ่ายเป็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ่งของที่จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>กรุณาระบุสิ่งของที่จ่ายแทนเงินสด</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::DistrictFundsPage</name>
    <message>
        <location filename="../ui/funds/DistrictFundsPage.cpp" line="+18"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินในบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค้างชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระดับ (ปี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ให้กู้คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% ค้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ณ วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ภาพรวมกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>กองทุน %1 แห่ง สมาชิก %2 คน เงินในบัญชีรวม %3 บาท เงินให้กู้คงเหลือ %4 บาท ค้างชำระ %5 บาท (ร้อยละ %6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ExchangePage</name>
    <message>
        <location filename="../ui/exchange/ExchangePage.cpp" line="+37"/>
        <source>ส่งออกชุดข้อมูล…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้าชุดข้อมูล…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้ารายชื่อจาก Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รหัส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่งออกเมื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้าเมื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จากไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เมื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รับ/ส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>นำเข้ารายชื่อสมาชิกและเงินสัจจะยกมาจากไฟล์ที่บันทึกจาก Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>บันทึกข้อมูลที่เลือกเป็นไฟล์ .zip เพื่อคัดลอกลงแฟลชไดรฟ์หรือส่งทาง LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตรวจชุดข้อมูลทุกแถว แสดงสิ่งที่จะเปลี่ยน แล้วบันทึกเมื่อท่านยืนยัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ส่งข้อมูลออก: เลือกพื้นที่หรือองค์กร (ไม่เลือก = ทั้งไฟล์)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>องค์กร:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ข้อมูลมาถึงล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>รายการขัดแย้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>ประวัติการรับส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>รับส่งข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ทุกองค์กรในพื้นที่ที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ยังไม่มีข้อมูลส่งมา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ข้อมูลส่งมาแล้ว %1 จาก %2 องค์กร สีแดง: ยังไม่มีข้อมูล หรือข้อมูลเก่ากว่า %3 วัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รายการขัดแย้ง (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 แถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รับเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่งออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ไม่มีองค์กรในพื้นที่ที่เลือก จึงไม่ได้สร้างชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กำลังส่งออกชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บันทึกชุดข้อมูลแล้ว: %1 องค์กร %2 แถว ที่ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>กำลังตรวจชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยกเลิกการนำเข้า ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>กำลังนำเข้าชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>นำเข้าแล้ว: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>นำเข้าชุดข้อมูล %1 ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ชุดข้อมูล-%1.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกชุดข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>ชุดข้อมูลฐานราก (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>เลือกชุดข้อมูลที่จะนำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>นำเข้ารายชื่อแล้ว: บุคคลใหม่ %1 สมาชิกใหม่ %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ExpiryReminder</name>
    <message>
        <location filename="../ui/otop/ExpiryReminder.cpp" line="+21"/>
        <source>ดูรายการทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดข้อความนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;ใบรับรองมาตรฐานผลิตภัณฑ์ %1 รายการจะหมดอายุภายใน %2 วัน&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (อีก %2 วัน) · %3 %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>และอีก %1 รายการ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ExpiryTab</name>
    <message>
        <location filename="../ui/otop/ExpiryTab.cpp" line="+17"/>
        <source>วันหมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>มาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ใบรับรองที่จะหมดอายุภายใน %1 วัน %2 รายการ และหมดอายุแล้ว %3 รายการ ดับเบิลคลิกเพื่อเปิดผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FiguresTab</name>
    <message>
        <location filename="../ui/cbmc/FiguresTab.cpp" line="+19"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตามแผน (ต่อปี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลจริงจากบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขาย OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ในแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผลจริงของปี พ.ศ.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>รายได้ (ช่อง 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าใช้จ่าย (ช่อง 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำไร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>องค์กรนี้ยังไม่ได้ทำบัญชีในแฟ้มนี้ จึงแสดงเฉพาะยอดขายผลิตภัณฑ์ OTOP ที่อยู่ในแผน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FileActions</name>
    <message>
        <location filename="../ui/shell/FileActions.cpp" line="+31"/>
        <source>ไฟล์ฐานราก (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>ตกลง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>เปิดไฟล์ฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สร้างไฟล์ใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>สร้างไฟล์ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ปรับรุ่นไฟล์แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์นี้มาจากโปรแกรมรุ่นก่อน จึงปรับให้ใช้กับรุ่นนี้แล้ว สำเนาก่อนปรับเก็บไว้ที่
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เปิดข้อมูลตัวอย่างไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ตรวจสอบไฟล์ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>ตรวจสอบไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>ไฟล์สมบูรณ์ ไม่พบปัญหา
โครงสร้างข้อมูลรุ่น %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>พบปัญหา %1 รายการ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FineRuleEdit</name>
    <message>
        <location filename="../ui/savings/FineRuleEdit.cpp" line="+14"/>
        <source>ไม่มีค่าปรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปรับเป็นจำนวนเงิน (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปรับร้อยละของยอดค้าง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::FundPage</name>
    <message>
        <location filename="../ui/funds/FundPage.cpp" line="+17"/>
        <source>กองทุน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>กองทุนหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::GradingTab</name>
    <message>
        <location filename="../ui/funds/GradingTab.cpp" line="+34"/>
        <location line="+159"/>
        <source>บันทึกผลการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-158"/>
        <source>ปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ระดับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่ประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ปี %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หัวข้อการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนนเต็ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คะแนนที่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หลักฐาน / สิ่งที่พบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ประเมินผลการดำเนินงาน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>วันที่ประเมิน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผู้ประเมิน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ผลการประเมินที่บันทึกไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ผลการประเมิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ข้อมูลจากบัญชี ณ 31 ธ.ค. %1: เงินให้กู้คงเหลือ %2 บาท ค้างชำระ %3 สัญญา เงินต้น %4 บาท (ร้อยละ %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>ใส่คะแนนเป็นตัวเลขให้ครบทุกหัวข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รวม %1 จาก %2 คะแนน (ร้อยละ %3)  ระดับ %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::GroupPage</name>
    <message>
        <location filename="../ui/savings/GroupPage.cpp" line="+23"/>
        <source>กลุ่ม:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>กลุ่มออมทรัพย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 ต.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::GroupRulesDialog</name>
    <message>
        <location filename="../ui/savings/GroupRulesDialog.cpp" line="+29"/>
        <source>ออกระเบียบกลุ่มฉบับใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ไม่รับเงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินฝากเพิ่มเติม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ถัวเฉลี่ยรายเดือน (ฝากก่อนได้มากกว่า)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือสิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินสัจจะสะสม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หุ้นที่ถือ (กองทุนหมู่บ้าน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>จ่ายถึงสตางค์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปัดลงเป็นบาทเต็ม (เศษเข้าทุนสำรอง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>เริ่มใช้ตั้งแต่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มูลค่าหุ้นละ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งสัจจะอย่างน้อย (หุ้น/เดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งสัจจะอย่างมาก (หุ้น/เดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าธรรมเนียมแรกเข้า (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันสัจจะ (วันที่ของเดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับส่งสัจจะช้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าปรับส่งงวดเงินกู้ช้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผิดสัจจะติดกันกี่ครั้งให้กรรมการพิจารณา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>จัดสรรกำไรสุทธิ (ร้อยละ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปันผลตามยอดของ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปันผลคิดจาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>การปัดเศษเงินปันผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>หมวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ร้อยละ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>รวม %1 (ต้องเท่ากับร้อยละ 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>พิมพ์จำนวนค่าปรับเป็นตัวเลข</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/exchange/ImportPreviewDialog.cpp" line="+16"/>
        <source>ข้อมูล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เข้ามา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เพิ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เหมือนเดิม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขัดแย้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>นำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ตรวจชุดข้อมูลก่อนนำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชุดข้อมูลจากไฟล์ %1 ส่งออกเมื่อ %2 มี %3 องค์กร ตรวจทุกแถวแล้ว ไม่พบปัญหา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ชุดข้อมูลนี้เคยนำเข้าแล้ว นำเข้าซ้ำจะไม่มีอะไรเปลี่ยน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มี %1 รายการที่แก้ไขทั้งสองที่ ระบบจะเก็บของในไฟล์นี้ไว้ แล้วให้ท่านตัดสินที่แท็บ &quot;รายการขัดแย้ง&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>รวม: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::JoinMemberDialog</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="+8"/>
        <source>รับสมาชิกใหม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เว้นว่างเพื่อใช้เลขถัดไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บุคคล (ค้นหาชื่อหรือเลขบัตร)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เข้าเป็นสมาชิก (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัจจะเดือนละ (หุ้น)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>กรุณาเลือกบุคคลที่จะเป็นสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::KsnbDialog</name>
    <message>
        <location filename="../ui/cbmc/KsnbDialog.cpp" line="+17"/>
        <source>เพิ่มการพัฒนาศักยภาพ (KSNB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขการพัฒนาศักยภาพ (KSNB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>เช่น พัฒนากรตำบล หรือชื่อวิทยากร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ด้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หัวข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กิจกรรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้รับผิดชอบ (บุคคลในทะเบียน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หรือชื่อ/ตำแหน่งผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::KsnbTab</name>
    <message>
        <location filename="../ui/cbmc/KsnbTab.cpp" line="+17"/>
        <source>ด้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หัวข้อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กิจกรรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สิ้นสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้รับผิดชอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่ม…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ลบ KSNB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบรายการที่เลือกหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LeaveDialog</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="+50"/>
        <source>สมาชิกลาออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ไม่หัก (ต้องไม่มีหนี้เงินกู้ค้าง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หักเงินสัจจะชำระหนี้เงินกู้ก่อน (หักกลบลบหนี้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ลาออก (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หนี้เงินกู้ที่ค้าง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LinkDialog</name>
    <message>
        <location filename="../ui/cbmc/LinkDialog.cpp" line="+18"/>
        <source>เชื่อมโยงรายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ช่อง %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” เชื่อมกับ: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เว้นวรรค: เลือก/ไม่เลือก · Enter: บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>เชื่อมโยงไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanApplicationDialog</name>
    <message>
        <location filename="../ui/savings/LoanApplicationDialog.cpp" line="+25"/>
        <source>รับคำขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(ไม่มี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ผู้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ยื่นคำขอ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนเงินที่ขอกู้ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนงวด (เดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุประสงค์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ผู้ค้ำประกันคนที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>กลุ่มยังไม่มีประเภทเงินกู้ เพิ่มได้ที่แท็บ &quot;ระเบียบกลุ่มและประเภทเงินกู้&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ดอกเบี้ยร้อยละ %1 %2 แบบ%3 วงเงินไม่เกิน %4 บาท ผ่อนได้ไม่เกิน %5 เดือน กู้เกิน %6 บาทต้องมีผู้ค้ำ %7 คน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanDecisionDialog</name>
    <message>
        <location filename="../ui/savings/LoanStepDialogs.cpp" line="-81"/>
        <source>มติคณะกรรมการเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>มติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประชุมคณะกรรมการ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินที่อนุมัติ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanProductDialog</name>
    <message>
        <location filename="../ui/savings/LoanProductDialog.cpp" line="+17"/>
        <source>เพิ่มประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>เปิดให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>งดให้กู้ประเภทนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ชื่อประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กู้ได้ไม่เกินกี่เท่าของเงินสัจจะ (0 = ไม่จำกัด)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินกู้สูงสุด (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผ่อนได้นานสุด (เดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อัตราดอกเบี้ยร้อยละ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ต่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วิธีคิดดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กู้เกินกว่านี้ต้องมีผู้ค้ำ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนผู้ค้ำประกัน (คน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกหนึ่งคนค้ำได้ไม่เกิน (สัญญา)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค้ำประกันรวมไม่เกิน (บาท, 0 = ไม่จำกัด)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanRegisterTab</name>
    <message>
        <location filename="../ui/savings/LoanRegisterTab.cpp" line="+52"/>
        <source>เฉพาะที่ค้างชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้กู้ (เลขที่ ชื่อ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วงเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ต้องชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ค้าง (วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รับคำขอกู้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มติกรรมการ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ต่อสัญญา/ปรับหนี้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>จ่ายเงินกู้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับชำระนอกวันประชุม…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหาชื่อผู้กู้หรือเลขที่สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ณ วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>คำขอกู้ในรอบการให้กู้ บันทึกมติที่แท็บรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เงินกู้ในรอบการให้กู้ จ่ายที่แท็บรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>รับชำระแล้ว ใบเสร็จเลขที่ %1 สัญญา %2 ปิดบัญชีแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับชำระแล้ว ใบเสร็จเลขที่ %1 จำนวน %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ทำสัญญาใหม่เลขที่ %1 แล้ว ปิดสัญญาเดิมเลขที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>รับคำขอกู้แล้ว รอคณะกรรมการเงินกู้พิจารณา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>บันทึกมติคณะกรรมการของคำขอกู้ของ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>จ่ายเงินกู้แล้ว สัญญาเลขที่ %1 ผ่อน %2 งวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ทะเบียนเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>สัญญาที่ยังผ่อนอยู่ %1 สัญญา เงินต้นคงเหลือ %2 บาท   ค้างชำระ %3 สัญญา เงินต้นคงเหลือ %4 บาท</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::LoanRoundsTab</name>
    <message>
        <location filename="../ui/funds/LoanRoundsTab.cpp" line="+40"/>
        <source>สมาชิก (เลขที่ ชื่อ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่ยื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>มติ/หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เปิดรอบใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับคำขอกู้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มติอนุมัติ/ไม่อนุมัติ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ทำสัญญาและจ่ายเงิน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดรอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>รอบการให้กู้:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>รอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>รอบที่ %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปิดรับถึง %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>คำขอกู้ %1 ราย (ไม่อนุมัติ %2 ราย) ขอกู้รวม %3 บาท อนุมัติรวม %4 บาท จ่ายแล้ว %5 บาท   เงินในบัญชีแหล่งเงินทุนวันนี้ %6 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ยังไม่มีรอบการให้กู้ กด &quot;เปิดรอบใหม่…&quot; เพื่อเริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>เปิดรอบที่ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>รับคำขอกู้แล้ว รอคณะกรรมการพิจารณา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>บันทึกมติของคำขอกู้ของ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>จ่ายเงินกู้แล้ว สัญญาเลขที่ %1 ครบกำหนด %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ใบเสร็จค่าธรรมเนียมเลขที่ %1 จำนวน %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ปิดรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปิดรอบที่ %1 วันนี้? หลังปิดแล้วจะรับคำขอกู้เพิ่มไม่ได้ แต่ยังบันทึกมติและจ่ายเงินได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+48"/>
        <source>ไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สร้างไฟล์ใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดไฟล์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปิดข้อมูลตัวอย่าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตรวจสอบไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ออกจากโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ตั้งค่า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ภาษาและขนาดตัวอักษร…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่วยเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เกี่ยวกับฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(ยังไม่มี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังไม่ได้เปิดไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ฐานราก — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ข้อมูลรุ่น %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MeetingDayTab</name>
    <message>
        <location filename="../ui/savings/MeetingDayTab.cpp" line="+33"/>
        <source>ไม่ได้มาชำระ (ล้างแถว)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกการประชุมและออกใบเสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>วันสัจจะ (รับเงินประจำเดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>วันประชุม:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>รับเงินของเดือน%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>บันทึกการประชุมของเดือนนี้แล้ว ตารางนี้แสดงเพื่อดูเท่านั้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผู้ชำระ %1 จาก %2 คน   สัจจะ %3   เงินฝาก %4   ค่าปรับ %5   เงินกู้ %6
รวมรับ %7 บาท (ยอดที่ต้องรับ %8 บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>บันทึกการประชุมวันที่ %1
ผู้ชำระ %2 คน รวมรับ %3 บาท
(%4)

เมื่อบันทึกแล้วจะแก้ไขไม่ได้ ต้องกลับรายการเท่านั้น ต้องการบันทึกหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>บันทึกการประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>บันทึกแล้ว ใบเสร็จเลขที่ %1 ถึง %2 รวม %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MeetingSheetModel</name>
    <message>
        <location filename="../ui/savings/MeetingSheetModel.cpp" line="+137"/>
        <source>ค้างสัจจะเดือน%1 %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>สัญญา %1: ถึงกำหนด %2 บาท ปิดบัญชี %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (ค้างชำระ %1 วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สัจจะที่ต้องส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ค่าปรับที่ต้องส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>งวดเงินกู้ที่ต้องส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับเงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับค่าปรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับชำระเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รวมรับ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MemberCardTab</name>
    <message>
        <location filename="../ui/savings/MemberCardTab.cpp" line="+37"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>สัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วิธีคิดดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วงเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถึงกำหนดชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ค้าง (วัน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>งวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>กำหนดชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินต้น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รวมชำระ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เงินต้นคงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สัจจะที่ต้องส่ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่งแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขที่ใบเสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับสมาชิกใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปลี่ยนสัจจะ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลาออก…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้รับประโยชน์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>บันทึกผู้รับประโยชน์ของ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>รับสมาชิกเลขที่ %1 แล้ว ใบเสร็จค่าธรรมเนียมแรกเข้าเลขที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รับสมาชิกเลขที่ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>บันทึกการเปลี่ยนสัจจะของ %1 แล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ลาออกแล้ว จ่ายคืนเป็นเงินสด %2 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>บัตรสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ค้นหาชื่อหรือเลขที่สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ข้อมูล ณ วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เงินกู้และตารางผ่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัจจะ 12 เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประวัติการรับเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลาออกแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>เลือกสมาชิกทางซ้ายเพื่อดูบัตรสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#a40000&apos;&gt;ค้างสัจจะ %1 เดือน รวม %2 บาท&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt; &amp;nbsp; สมาชิกเลขที่ %2 &amp;nbsp; เข้าเป็นสมาชิก %3&lt;br&gt;สัจจะเดือนละ %4 หุ้น = %5 บาท &amp;nbsp;|&amp;nbsp; เงินสัจจะสะสม &lt;b&gt;%6&lt;/b&gt; บาท &amp;nbsp;|&amp;nbsp; เงินฝาก %7 บาท &amp;nbsp;|&amp;nbsp; เงินกู้คงเหลือ &lt;b&gt;%8&lt;/b&gt; บาท%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/organisations/MemberTableModel.cpp" line="+72"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่เข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MembershipDialog</name>
    <message>
        <location filename="../ui/organisations/MembershipDialog.cpp" line="+19"/>
        <source>เพิ่มสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>องค์กร: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>บุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขทะเบียนสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เข้าเป็นสมาชิก (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::MonthSalesDialog</name>
    <message>
        <location filename="../ui/otop/MonthSalesDialog.cpp" line="+20"/>
        <source>บันทึกยอดขายประจำเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ผลิตภัณฑ์: %1 (ราคา %2 บาทต่อ%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>พ.ศ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>จำนวน (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขาย (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ช่องทาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>กรุณาใส่ปี พ.ศ. เป็นตัวเลข เช่น %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::NationalIdEdit</name>
    <message>
        <location filename="../ui/widgets/NationalIdEdit.cpp" line="+13"/>
        <source>13 หลัก เว้นวรรคหรือขีดได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationDetails</name>
    <message>
        <location filename="../ui/organisations/OrganisationDetails.cpp" line="+38"/>
        <source>แสดงผู้ที่ออกแล้วด้วย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คณะกรรมการชุดปัจจุบัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>เลือกองค์กรจากรายการด้านบนเพื่อดูสมาชิกและคณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>สมาชิก (%1 คน)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationDialog</name>
    <message>
        <location filename="../ui/organisations/OrganisationDialog.cpp" line="+16"/>
        <source>เพิ่มองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>เช่น SG-35060101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ที่ตั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>วันที่จดทะเบียน (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationTableModel</name>
    <message>
        <location filename="../ui/organisations/OrganisationTableModel.cpp" line="+80"/>
        <source>รหัส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จดทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OrganisationsPage</name>
    <message>
        <location filename="../ui/organisations/OrganisationsPage.cpp" line="+79"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ทุกประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหาชื่อหรือรหัสองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>เพิ่มองค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มสมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คณะกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>หรือกด Enter หรือดับเบิลคลิกที่รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดูคณะกรรมการทุกวาระ และเพิ่มกรรมการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OtherEntryDialog</name>
    <message>
        <location filename="../ui/savings/OtherEntryDialog.cpp" line="+30"/>
        <source>บันทึกรายรับ/รายจ่ายอื่น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ใช้บันทึกเงินที่กลุ่มได้รับหรือจ่ายนอกเหนือจากเงินสัจจะและเงินกู้ เช่น ดอกเบี้ยเงินฝากธนาคาร ค่าเครื่องเขียน ค่าใช้จ่ายในการประชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ค่าใช้จ่าย (จ่ายเงินออก)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายได้อื่น (รับเงินเข้า)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินฝากธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เช่น ซื้อสมุดบัญชีและปากกา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนเงิน (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับหรือจ่ายทาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>คำอธิบาย</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OtopOverviewTab</name>
    <message>
        <location filename="../ui/otop/OtopOverviewTab.cpp" line="+21"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>คัดสรรแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4–5 ดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ใบรับรองที่ใช้ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดขายของปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผลิตภัณฑ์ตามประเภทและระดับดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยอดขายตามช่องทาง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สรุปรายตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ปี %1: ผู้ผลิต %2 ราย ผลิตภัณฑ์ %3 รายการ (คัดสรรแล้ว %4 ได้ 5 ดาว %5) ยอดขายรวม %6 บาท · ผลิตภัณฑ์ที่ตั้งเป้า %7 รายการ ถึงเป้า %8 รายการ เป้ารวม %9 บาท</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::OtopPage</name>
    <message>
        <location filename="../ui/otop/OtopPage.cpp" line="+39"/>
        <source>ปี พ.ศ.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ภาพรวมอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ใบรับรองใกล้หมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ผลิตภัณฑ์ OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PeopleImportWizard</name>
    <message>
        <location filename="../ui/intake/PeopleImportWizard.cpp" line="+46"/>
        <source>พ.ศ. (เช่น 5/6/2510)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค.ศ. (เช่น 5/6/1967)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>นำเข้ารายชื่อสมาชิกจาก Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ถัดไป &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; ย้อนกลับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1. เลือกองค์กรและไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกรายชื่อจาก Excel เป็น CSV หรือข้อความ (Unicode) ก่อน โปรแกรมจะเดารหัสอักขระและตัวคั่นให้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เลือกไฟล์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>อัตโนมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จุลภาค ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อัฒภาค ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>แท็บ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>องค์กร:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสอักขระ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวคั่น:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แถวหัวตาราง:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เลือกไฟล์รายชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ CSV หรือข้อความ (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>2. จับคู่คอลัมน์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลือกว่าแต่ละข้อมูลอยู่ในคอลัมน์ใดของไฟล์ โปรแกรมจะจำไว้สำหรับองค์กรนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ปีในไฟล์เป็น:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่ยอดยกมา:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3. ตรวจทุกแถวก่อนนำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นำเข้าเฉพาะแถวที่ไม่มีปัญหา แถวที่มีปัญหาให้แก้ในไฟล์แล้วนำเข้าอีกครั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปัญหา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>เปิดไฟล์ %1 ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>อ่านเป็น %1 คั่นด้วย %2: หัวตาราง %3 คอลัมน์ ข้อมูล %4 แถว (แสดง %5 แถวแรก)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>— ไม่มีในไฟล์ —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>คอลัมน์ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>นำเข้าได้ %1 แถว (เงินสัจจะยกมารวม %2 บาท) มีปัญหา %3 แถว ซึ่งจะไม่นำเข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>นำเข้า %1 แถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>กรุณาเลือกองค์กรและไฟล์ที่อ่านได้ก่อน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PeoplePage</name>
    <message>
        <location filename="../ui/people/PeoplePage.cpp" line="+77"/>
        <source>บุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>พิมพ์ชื่อ นามสกุล หรือเลขประจำตัวประชาชน (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เพิ่มบุคคล (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>แก้ไข (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>หรือกด Enter หรือดับเบิลคลิกที่รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ค้นหา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>แสดง %1 คนแรก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 คน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>เลือกบุคคลจากรายการเพื่อดูว่าเป็นสมาชิกองค์กรใดบ้าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>การเป็นสมาชิกของ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonDialog</name>
    <message>
        <location filename="../ui/people/PersonDialog.cpp" line="+15"/>
        <source>เพิ่มบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลบุคคล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ซอย ถนน หรือที่อยู่นอกอำเภอ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เช่น 081-234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>คำนำหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>นามสกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันเกิด (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บ้านเลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ที่อยู่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ที่อยู่เพิ่มเติม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสไปรษณีย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonMembershipModel</name>
    <message>
        <location filename="../ui/people/PersonMembershipModel.cpp" line="+57"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขที่สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่เข้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonPicker</name>
    <message>
        <location filename="../ui/widgets/PersonPicker.cpp" line="+18"/>
        <source>พิมพ์ชื่อ นามสกุล หรือเลขประจำตัว</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PersonTableModel</name>
    <message>
        <location filename="../ui/people/PersonTableModel.cpp" line="+75"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เลขประจำตัวประชาชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันเกิด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlaceFilterBar</name>
    <message>
        <location filename="../ui/widgets/PlaceFilterBar.cpp" line="+47"/>
        <source>อำเภอ/เขต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— เลือกอำเภอ —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— เลือกตำบล —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— เลือกหมู่บ้าน —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlacesPage</name>
    <message>
        <location filename="../ui/places/PlacesPage.cpp" line="+49"/>
        <source>เพิ่มตำบล (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มหมู่บ้าน (Ctrl+Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>จังหวัด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>อำเภอ/เขต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>สถานที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+20"/>
        <source>รหัส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รหัสไปรษณีย์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>หมู่ที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlanDialog</name>
    <message>
        <location filename="../ui/cbmc/PlanDialog.cpp" line="+18"/>
        <source>สร้างแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— เลือกองค์กร —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์ OTOP ในแผน (ไม่บังคับ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PlanListTab</name>
    <message>
        <location filename="../ui/cbmc/PlanListTab.cpp" line="+26"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำลังทำ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>แผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>องค์กร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รุ่นล่าสุด · วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขั้น 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขั้น 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขั้น 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขั้น 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สร้างแผนใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขแผน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบแผน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดแคนวาส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ขั้น %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>ลบแผนธุรกิจชุมชน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบแผน “%1” ของ%2 ทั้งแผนหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จะลบ %1 รุ่น รายการบนแคนวาส %2 รายการ การพัฒนาศักยภาพ (KSNB) %3 รายการ และไฟล์แนบ %4 ไฟล์ไปด้วย ลบแล้วเรียกคืนไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบทั้งแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบแผนไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PledgeDialog</name>
    <message>
        <location filename="../ui/savings/MemberActionDialogs.cpp" line="-42"/>
        <source>เปลี่ยนจำนวนหุ้นสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เริ่มตั้งแต่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัจจะเดือนละ (หุ้น)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PoolDialog</name>
    <message>
        <location filename="../ui/funds/PoolDialogs.cpp" line="-92"/>
        <source>เปิดแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>เช่น เงินทุนจากรัฐบาล (บัญชี 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เช่น ธ.ก.ส. สาขากุดชุม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ธนาคาร/สาขา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่บัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เปิดบัญชี (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>อัตราดอกเบี้ย (ร้อยละต่อปี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระยะเวลา (เดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PoolMoneyDialog</name>
    <message>
        <location line="+80"/>
        <source>แหล่งเงินทุน: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>วันที่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เงินต้น (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ดอกเบี้ย (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ที่มาของเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เช่น เงินเพิ่มทุนระยะที่ 3 จาก สทบ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>กรุณาระบุที่มาของเงิน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::PoolsTab</name>
    <message>
        <location filename="../ui/funds/PoolsTab.cpp" line="+43"/>
        <source>ที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>แหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ธนาคาร / เลขที่บัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินในบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ทุน / หนี้เงินกู้ยืม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ให้กู้คงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ที่มา / หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เปิดแหล่งเงินทุน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รับเงินทุน/เพิ่มทุน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ฝากเงินสดเข้าบัญชี…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถอนเงินสด…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชำระคืนผู้ให้กู้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ณ วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รายการเงินทุนของแหล่งที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>กองทุนนี้ยังไม่มีแหล่งเงินทุน กด &quot;เปิดแหล่งเงินทุน…&quot; เพื่อเริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รวม %1 แหล่ง: เงินในบัญชี %2 บาท ให้กู้คงเหลือ %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>งวดที่ %1 ครบกำหนด %2 เงินต้น %3 ดอกเบี้ย %4 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>กำหนดชำระคืน %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProblemListDialog</name>
    <message>
        <location filename="../ui/exchange/ProblemListDialog.cpp" line="+13"/>
        <source>ไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แถว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ช่อง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปัญหา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>พบปัญหาในไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ไม่ได้บันทึกอะไรลงในไฟล์ข้อมูล กรุณาแก้ไฟล์ตามรายการด้านล่างแล้วลองใหม่</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProducerDialog</name>
    <message>
        <location filename="../ui/otop/ProducerDialog.cpp" line="+21"/>
        <source>ลงทะเบียนผู้ผลิต OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(ไม่ได้เชื่อมกับองค์กร)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ประเภทผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อผู้ผลิตหรือชื่อกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>องค์กรที่เป็นผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เจ้าของหรือผู้ประสานงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ที่ตั้ง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อผู้ติดต่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนสมาชิก (คน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ลงทะเบียน (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขทะเบียนผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProducersTab</name>
    <message>
        <location filename="../ui/otop/ProducersTab.cpp" line="+20"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>โทรศัพท์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สมาชิก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เชื่อมกับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ลงทะเบียนผู้ผลิต…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ค้นหาชื่อผู้ผลิตหรือเลขทะเบียน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ลบผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบผู้ผลิตที่เลือกหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ลบไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductCertificatesTab</name>
    <message>
        <location filename="../ui/otop/ProductCertificatesTab.cpp" line="+7"/>
        <source>มาตรฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมดอายุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วันที่ออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ออก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เพิ่มใบรับรอง…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>ลบใบรับรอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบใบรับรองที่เลือกหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductDetailsTab</name>
    <message>
        <location filename="../ui/otop/ProductDetailsTab.cpp" line="+33"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มรูป…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบรูปนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขข้อมูล…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>รูปก่อนหน้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปถัดไป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตราสินค้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ราคา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 บาท ต่อ%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>กำลังการผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 %2 ต่อเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ระดับดาวล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ดาว (ปี %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>วัตถุดิบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรจุภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายละเอียด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เรื่องราวและภูมิปัญญา</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ยังไม่มีรูป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>รูปที่ %1 จาก %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เลือกรูปผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปภาพ (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>เพิ่มรูปไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>เปิดไฟล์ %1 ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ลบรูป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบรูปที่ %1 ของผลิตภัณฑ์นี้หรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductDialog</name>
    <message>
        <location filename="../ui/otop/ProductDialog.cpp" line="+25"/>
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>แก้ไขข้อมูลผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>เช่น ขนม ผ้าไหม เครื่องจักสาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เช่น ถุง ชิ้น ผืน ขวด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผู้ผลิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตราสินค้า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กลุ่มย่อย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หน่วยนับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ราคาต่อหน่วย (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กำลังการผลิตต่อเดือน (หน่วย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แหล่งวัตถุดิบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บรรจุภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายละเอียดผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เรื่องราวและภูมิปัญญา</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductRatingsTab</name>
    <message>
        <location filename="../ui/otop/ProductRatingsTab.cpp" line="+17"/>
        <source>ปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ส่วนที่ 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ระดับดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตรา OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>บันทึกผลการคัดสรร…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบผลของปีที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>ลบผลการคัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ลบผลการคัดสรรของปีที่เลือกหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductSalesTab</name>
    <message>
        <location filename="../ui/otop/ProductSalesTab.cpp" line="+27"/>
        <location line="+40"/>
        <source>เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>บันทึกยอดขาย…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายปีนี้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เพิ่มช่องทางขาย…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ตารางรายเดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>กราฟ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>รวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>รวมทั้งปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>เป้าหมายปี %1: %2 บาท · ขายแล้ว %3 บาท (%4 ของเป้าหมาย)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ปี %1 ขายแล้ว %2 บาท ยังไม่ได้ตั้งเป้าหมาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>เพิ่มช่องทางการขาย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อช่องทาง เช่น ร้านของฝากหน้าวัด เพจ Facebook ของกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เพิ่มช่องทางไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ProductsTab</name>
    <message>
        <location filename="../ui/otop/ProductsTab.cpp" line="-17"/>
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังไม่มีผู้ผลิตในแฟ้มนี้ กรุณาลงทะเบียนผู้ผลิตที่แท็บ ผู้ผลิต ก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ลบผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ลบผลิตภัณฑ์ที่เลือก พร้อมรูปและใบรับรองของผลิตภัณฑ์นี้หรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RatingDialog</name>
    <message>
        <location filename="../ui/otop/RatingDialog.cpp" line="+22"/>
        <source>บันทึกผลการคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ผลิตภัณฑ์: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>เกณฑ์ของรอบ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>รอบการคัดสรร (ปี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>คะแนนส่วนที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>รวม %1 จาก %2 คะแนน ได้ %3 (%4 ดาว)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ผลรวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ไม่ได้รับ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ตรา OTOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประกาศผล (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ปี %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>เกณฑ์ของรอบนี้: 5 ดาว ≥ %1 · 4 ดาว ≥ %2 · 3 ดาว ≥ %3 · 2 ดาว ≥ %4 · ต่ำกว่า %4 ได้ 1 ดาว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ส่วนที่ %1 %2 (เต็ม %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReconciliationTab</name>
    <message>
        <location filename="../ui/funds/ReconciliationTab.cpp" line="+38"/>
        <source>บันทึกดอกเบี้ยเงินฝากที่ธนาคารให้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <location line="+8"/>
        <source>บันทึกการกระทบยอด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+10"/>
        <source>วันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>ยอดตามสมุดธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ยอดตามบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผลต่าง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยังหาที่มาไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ธนาคารแสดงแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เลขที่รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รายการ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>บัญชี:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดในสมุดธนาคาร ณ วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือ (บาท):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ติ๊กรายการที่สมุดธนาคารแสดงแล้ว รายการที่ไม่ได้ติ๊กคือส่วนที่ทำให้ยอดต่างกัน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>การกระทบยอดที่บันทึกไว้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>กระทบยอดธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (เลขที่ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>กองทุนนี้ยังไม่มีแหล่งเงินทุนและบัญชีธนาคาร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>พิมพ์ยอดคงเหลือตามสมุดธนาคาร เช่น 985,250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ยอดตามบัญชี %1 บาท  ยอดตามสมุดธนาคาร %2 บาท  ผลต่าง %3 บาท
รายการที่ธนาคารยังไม่แสดง %4 รายการ รวม %5 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
ยอดตรงกันแล้ว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
ยังหาที่มาไม่ได้ %1 บาท (เช่น ดอกเบี้ยหรือค่าธรรมเนียมที่ธนาคารหักหรือให้ ที่ยังไม่ได้บันทึก)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ยังมีผลต่างที่หาที่มาไม่ได้ %1 บาท บันทึกไว้ก่อนหรือไม่?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>ดอกเบี้ยเงินฝาก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>ดอกเบี้ยที่ธนาคารให้ ณ วันที่ %1 (บาท):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RecordDialog</name>
    <message>
        <location filename="../ui/widgets/RecordDialog.cpp" line="+29"/>
        <source>บันทึก (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>กรอกช่องที่จำเป็นให้ครบแล้วจึงบันทึกได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RepaymentDialog</name>
    <message>
        <location filename="../ui/savings/RepaymentDialog.cpp" line="+19"/>
        <source>รับชำระเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ปิดบัญชีทั้งหมด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สัญญาเลขที่ %1  ผู้กู้: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>วันที่รับชำระ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนเงินที่รับ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ถึงกำหนดชำระ %1 บาท · ปิดบัญชีทั้งหมด %2 บาท · เงินต้นคงเหลือ %3 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · ค้างชำระ %1 วัน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReplacementDialog</name>
    <message>
        <location filename="../ui/savings/ReplacementDialog.cpp" line="+18"/>
        <source>ต่อสัญญา / ปรับโครงสร้างหนี้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ผู้กู้: %1  สัญญาเดิมเลขที่ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ต่อสัญญา (ชำระดอกเบี้ยแล้ว ยอดเงินต้นยกไปสัญญาใหม่)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ปรับโครงสร้างหนี้ (ดอกเบี้ยค้างรวมเข้าเงินต้นใหม่)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>แบบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ทำสัญญาใหม่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ยอดเงินกู้สัญญาใหม่ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>จำนวนงวด (เดือน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>มติ/หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ณ วันนั้นสัญญาเดิมค้างเงินต้น %1 บาท ดอกเบี้ย %2 บาท ค่าปรับ %3 บาท
สัญญาใหม่ต้องไม่น้อยกว่า %4 บาท</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReportRequestForm</name>
    <message>
        <location filename="../ui/reports/ReportRequestForm.cpp" line="+34"/>
        <source>พิมพ์เป็นเลขไทย (๑ ๒ ๓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์เลขประจำตัวประชาชนเต็ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ทุกตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>องค์กร:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิก:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตำบล:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผลิตภัณฑ์:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แผน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รุ่นของแผน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตั้งแต่วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>ถึงวันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>เดือน:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ปี พ.ศ.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ณ วันที่:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ทุกผลิตภัณฑ์ (หน้าละหนึ่งผลิตภัณฑ์)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>รุ่นล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>รุ่น %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ทุกคน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReportSettingsDialog</name>
    <message>
        <location filename="../ui/reports/ReportSettingsDialog.cpp" line="+29"/>
        <source>ตั้งค่าการพิมพ์: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>เว้นว่างไว้ = ใช้ชื่อตามคณะกรรมการในวันที่ของรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>เลือกรูปโลโก้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่ใช้โลโก้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>โลโก้:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เหรัญญิก (ผู้จัดทำ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประธานกรรมการ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผู้ตรวจสอบ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ไม่มีโลโก้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>เลือกรูปโลโก้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รูปภาพ (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="+20"/>
        <source>ดูตัวอย่างและพิมพ์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งออก CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตั้งค่าการพิมพ์ขององค์กร…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>บันทึกรายงานเป็นไฟล์ PDF สำหรับส่งต่อหรือพิมพ์ภายหลัง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งออกตารางของรายงานเป็นไฟล์ CSV ที่เปิดด้วย Excel ได้ ภาษาไทยไม่เพี้ยน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>รายงาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>เลือกองค์กรก่อน แล้วจึงตั้งค่าการพิมพ์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>กรุณาใส่วันที่ให้ครบและถูกต้องก่อน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>บันทึกแล้ว %1 หน้า: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ส่งออกแล้ว: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>เอกสาร PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์ CSV สำหรับ Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกรายงาน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundApplicationDialog</name>
    <message>
        <location filename="../ui/funds/RoundDialogs.cpp" line="+84"/>
        <source>รับคำขอกู้ในรอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>รอบที่ %1 %2 — รับคำขอกู้ถึงวันที่ %3 วงเงินปกติ %4 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>เช่น ซื้อปุ๋ยและเมล็ดพันธุ์ข้าว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สมาชิกผู้ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ยื่นคำขอ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>จำนวนเงินที่ขอกู้ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วัตถุประสงค์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>กรุณาเลือกสมาชิกผู้ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundDecisionDialog</name>
    <message>
        <location line="+11"/>
        <source>มติคณะกรรมการกองทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>คณะกรรมการอนุมัติพิเศษเกินวงเงินปกติ %1 บาท</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไม่อนุมัติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>มติ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ประชุมคณะกรรมการ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>วงเงินที่อนุมัติ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เหตุผล/หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>กรุณาใส่เหตุผลที่ไม่อนุมัติ เพื่อแจ้งผู้ขอกู้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundDialog</name>
    <message>
        <location line="-163"/>
        <source>เปิดรอบการให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>เช่น เงินกู้เพื่อการเกษตร ปี 2569</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ชื่อรอบ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ให้กู้จากแหล่งเงินทุน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้ (ดอกเบี้ย/ระยะเวลา)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดรับคำขอกู้ตั้งแต่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ถึงวันที่ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วงเงินกู้ปกติต่อราย (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วงเงินสูงสุดเมื่ออนุมัติพิเศษ (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ค่าธรรมเนียมสัญญา (บาท/สัญญา)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เงินประกันความเสี่ยง (ร้อยละของเงินกู้)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RoundDisbursementDialog</name>
    <message>
        <location line="+154"/>
        <source>ทำสัญญาและจ่ายเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>วงเงินที่อนุมัติ %1 บาท
รับค่าธรรมเนียมสัญญา %2 บาท และเงินประกันความเสี่ยง %3 บาท เป็นเงินสด (ออกใบเสร็จ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>วันที่ทำสัญญาและจ่ายเงิน (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::RulesTab</name>
    <message>
        <location filename="../ui/savings/RulesTab.cpp" line="+8"/>
        <source>เริ่มใช้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>บันทึกเมื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ออกระเบียบฉบับใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วิธีคิดดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดอกเบี้ย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>วงเงินสูงสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เท่าของสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ผ่อนนานสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เพิ่มประเภทเงินกู้…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไข…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ระเบียบกลุ่มและประเภทเงินกู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ระเบียบกลุ่มแต่ละฉบับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ประเภทเงินกู้ของกลุ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>กลุ่มนี้ยังไม่มีระเบียบ กด &quot;ออกระเบียบฉบับใหม่&quot; เพื่อบันทึกระเบียบของกลุ่ม ก่อนรับเงินสัจจะหรือให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ร้อยละ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 เดือน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>งดให้กู้</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+21"/>
        <source>ตั้งค่า</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> พอยต์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ตัวอย่าง: นางสมศรี ใจดี สมาชิกเลขที่ 12 เข้ากลุ่มเมื่อ 5 มิถุนายน 2567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ภาษา / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ขนาดตัวอักษร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ยกเลิก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::StartPage</name>
    <message>
        <location filename="../ui/shell/StartPage.cpp" line="+13"/>
        <source>ฐานราก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ข้อมูลกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และองค์กรชุมชน ใช้ได้โดยไม่ต้องต่ออินเทอร์เน็ต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>เปิดไฟล์ล่าสุด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดไฟล์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>สร้างไฟล์ใหม่…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เปิดข้อมูลตัวอย่าง (อำเภอสมมติสำหรับทดลองใช้)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>เปิดไฟล์ล่าสุด (ยังไม่มี)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เปิดไฟล์ล่าสุด: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::StepDialog</name>
    <message>
        <location filename="../ui/cbmc/StepDialog.cpp" line="+15"/>
        <source>ขั้นตอนของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ขั้นตอนที่ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่เสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::StepsTab</name>
    <message>
        <location filename="../ui/cbmc/StepsTab.cpp" line="+24"/>
        <location line="+1"/>
        <source>ขั้นตอน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>สถานะ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เริ่ม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เสร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>บันทึก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ขนาด (ไบต์)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เพิ่มเมื่อ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แก้ไขขั้นตอน…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>แนบไฟล์…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>บันทึกไฟล์เป็น…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>ลบไฟล์</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>ไฟล์หลักฐาน (แนบกับขั้นตอนที่เลือกด้านบน)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>แนบไฟล์หลักฐาน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>แนบไฟล์ไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>เปิดไฟล์ไม่ได้: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>บันทึกไฟล์เป็น</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>บันทึกไม่ได้</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ลบไฟล์ที่เลือกหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::SubdistrictDialog</name>
    <message>
        <location filename="../ui/places/PlaceDialogs.cpp" line="+14"/>
        <source>เพิ่มตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ชื่อตำบล ไม่ต้องพิมพ์คำว่า ตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>รหัสตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อตำบล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อภาษาอังกฤษ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสไปรษณีย์</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::TargetDialog</name>
    <message>
        <location filename="../ui/otop/TargetDialog.cpp" line="+17"/>
        <source>เป้าหมายยอดขายประจำปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ผลิตภัณฑ์: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ปี (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายยอดขาย (บาท)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เป้าหมายจำนวน (%1) ไม่บังคับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ปี พ.ศ. ไม่ถูกต้อง</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::ThaiDateEdit</name>
    <message>
        <location filename="../ui/widgets/ThaiDateEdit.cpp" line="+16"/>
        <source>วว/ดด/ปปปป</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>พิมพ์ปี พ.ศ. เช่น 22/11/2569 หรือ 22 พ.ย. 2569</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::TrialBalanceModel</name>
    <message>
        <location filename="../ui/savings/TrialBalanceModel.cpp" line="+27"/>
        <source>รวม</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>รหัส</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ชื่อบัญชี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เดบิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>เครดิต</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ยอดคงเหลือ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::TrialBalanceTab</name>
    <message>
        <location filename="../ui/savings/TrialBalanceTab.cpp" line="+41"/>
        <source>ยอดถึงวันที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>งบทดลอง</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>เลือกกลุ่มก่อน แล้วงบทดลองของกลุ่มจะแสดงที่นี่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ยังไม่มีรายการบัญชีถึงวันที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ ยอดสมดุล: ยอดรวมเดบิตเท่ากับยอดรวมเครดิต ณ วันที่ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ ไม่สมดุล: ยอดรวมเดบิตไม่เท่ากับยอดรวมเครดิต ณ วันที่ %1 กรุณาแจ้งผู้ดูแลโปรแกรม</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::VersionDialog</name>
    <message>
        <location filename="../ui/cbmc/VersionDialog.cpp" line="+13"/>
        <source>แก้ไขรุ่น %1 ของแผน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>เช่น ปรับหลังประชุมกลุ่มเดือนมิถุนายน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>วันที่ของรุ่นนี้ (พ.ศ.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>หมายเหตุ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::VillageDialog</name>
    <message>
        <location filename="../ui/places/PlaceDialogs.cpp" line="+25"/>
        <source>เพิ่มหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>เช่น บ้านหนองบัว</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>หมู่ที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ชื่อหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>รหัสหมู่บ้าน</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>thanrak::ui::YearEndTab</name>
    <message>
        <location filename="../ui/savings/YearEndTab.cpp" line="+31"/>
        <source>คำนวณการจัดสรร (ร่าง)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>หมวดจัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>ร้อยละ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จำนวนเงิน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เลขที่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ชื่อ-สกุล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ฐานปันผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ดอกเบี้ยที่จ่าย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ปันผล</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>เฉลี่ยคืน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>รวมรับ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>จ่ายโดย</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>สลับวิธีจ่ายของสมาชิกที่เลือก</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ผ่านรายการจัดสรร…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>จ่ายเป็นเงินสดทุกคน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>โอนเข้าเงินสัจจะทุกคน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>สมาชิก: ปันผลและเฉลี่ยคืน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ปิดบัญชีสิ้นปี</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ปีบัญชี:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ที่ประชุมใหญ่อนุมัติเมื่อ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>พ.ศ. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>คำนวณไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ผ่านรายการจัดสรรกำไรปี พ.ศ. %1 ลงวันที่ %2
กำไรสุทธิ %3 บาท

เมื่อผ่านรายการแล้วจะแก้ไขไม่ได้ ต้องการดำเนินการหรือไม่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผ่านรายการจัดสรร</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ผ่านรายการไม่สำเร็จ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ยังไม่ได้คำนวณการจัดสรรของปีนี้ กด &quot;คำนวณการจัดสรร (ร่าง)&quot; เพื่อดูกำไรสุทธิและส่วนแบ่งของสมาชิกแต่ละคน</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ผ่านรายการแล้วเมื่อ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ร่าง (คำนวณใหม่ได้จนกว่าจะผ่านรายการ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;กำไรสุทธิปี พ.ศ. %1: %2 บาท&lt;/b&gt; &amp;nbsp; สถานะ: %3&lt;br&gt;%4&lt;br&gt;ตามระเบียบกลุ่มฉบับเริ่มใช้ %5 &amp;nbsp; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>เงินสด</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>เข้าเงินสัจจะ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
