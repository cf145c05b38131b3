<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished draft(s) on Today</source>
        <translation>
            <numerusform>%n unfinished draft on Today</numerusform>
            <numerusform>%n unfinished drafts on Today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message numerus="yes">
        <source>%n session(s) came back with only their date, peer and status, or as drafts that hold their notes.</source>
        <translation>
            <numerusform>%n session came back with only their date, peer and status, or as drafts that hold their notes.</numerusform>
            <numerusform>%n sessions came back with only their date, peer and status, or as drafts that hold their notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message numerus="yes">
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>Saved {name} (%n page).</numerusform>
            <numerusform>Saved {name} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramTotalsDialog</name>
    <message numerus="yes">
        <source>%n report(s), {first} to {last}.</source>
        <translation>
            <numerusform>%n report, {first} to {last}.</numerusform>
            <numerusform>%n reports, {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n count(s) are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</source>
        <translation>
            <numerusform>%n count are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</numerusform>
            <numerusform>%n counts are shown as x: the counts from 1 to {below}, so that no peer can be picked out, and the counts that add up with them, so that none can be worked out by subtraction. A report of the same months at a higher number holds back at least these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message numerus="yes">
        <source>• the notes and follow-up plans of %n session(s) held on or before {day} ({notes}, {plans})</source>
        <translation>
            <numerusform>• the notes and follow-up plans of %n session held on or before {day} ({notes}, {plans})</numerusform>
            <numerusform>• the notes and follow-up plans of %n sessions held on or before {day} ({notes}, {plans})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) or reason(s)</source>
        <translation>
            <numerusform>%n plan or reason</numerusform>
            <numerusform>%n plans or reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• the contact details of %n peer(s) closed {days} or more days ago</source>
        <translation>
            <numerusform>• the contact details of %n peer closed {days} or more days ago</numerusform>
            <numerusform>• the contact details of %n peers closed {days} or more days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact detail(s)</source>
        <translation>
            <numerusform>%n contact detail</numerusform>
            <numerusform>%n contact details</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%n finished session(s)</source>
        <translation>
            <numerusform>%n finished session</numerusform>
            <numerusform>%n finished sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <source>It locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>It locked after %n minute without use.</numerusform>
            <numerusform>It locked after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
</TS>
