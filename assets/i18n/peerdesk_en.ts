<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln follow-up overdue</numerusform>
            <numerusform>%Ln follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unfinished draft(s) on Today</source>
        <translation>
            <numerusform>%Ln unfinished draft on Today</numerusform>
            <numerusform>%Ln unfinished drafts on Today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message numerus="yes">
        <source>%Ln session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%Ln session came back with only their date, peer and status, or as drafts that hold their notes.</numerusform>
            <numerusform>%Ln sessions came back with only their date, peer and status, or as drafts that hold their notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message numerus="yes">
        <source>Saved {name} (%Ln page(s)).</source>
        <translation>
            <numerusform>Saved {name} (%Ln page).</numerusform>
            <numerusform>Saved {name} (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message numerus="yes">
        <source>%Ln report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%Ln report, {first} to {last}.</numerusform>
            <numerusform>%Ln reports, {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%Ln count(s) are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</source>
        <translation>
            <numerusform>%Ln count are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</numerusform>
            <numerusform>%Ln counts are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message numerus="yes">
        <source>• the notes and follow-up plans of %Ln session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• the notes and follow-up plans of %Ln session held on or before {day} ({notes}, {plans})</numerusform>
            <numerusform>• the notes and follow-up plans of %Ln sessions held on or before {day} ({notes}, {plans})</numerusform>
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
            <numerusform>%Ln plan or reason</numerusform>
            <numerusform>%Ln plans or reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the contact details of %Ln peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• the contact details of %Ln peer closed {days} or more days ago</numerusform>
            <numerusform>• the contact details of %Ln peers closed {days} or more days ago</numerusform>
        </translation>
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
            <numerusform>%Ln contact detail</numerusform>
            <numerusform>%Ln contact details</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln finished session(s)</source>
        <translation>
            <numerusform>%Ln finished session</numerusform>
            <numerusform>%Ln finished sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln draft</numerusform>
            <numerusform>%Ln drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln peer(s)</source>
        <translation>
            <numerusform>%Ln peer</numerusform>
            <numerusform>%Ln peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <source>It locked after %Ln minute(s) without use.</source>
        <translation>
            <numerusform>It locked after %Ln minute without use.</numerusform>
            <numerusform>It locked after %Ln minutes without use.</numerusform>
        </translation>
    </message>
</context>
</TS>
