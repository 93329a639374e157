<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<!-- What the translation gate must refuse: one of each kind of mistake. -->
<context>
    <name>SomeDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Spedisci</translation>
    </message>
    <message>
        <source>Created %1 and linked %2 reports.</source>
        <translation>Creato %1.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
