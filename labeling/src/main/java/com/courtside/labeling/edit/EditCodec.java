package com.courtside.labeling.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The row changes of an edit as the JSON the journal keeps ({@code [{"table":"BALL","insert":true,"row":{…}}]}). */
final class EditCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Wire(String table, boolean insert, LinkedHashMap<String, Object> row) {
    }

    private EditCodec() {
    }

    static String encode(List<RowChange> changes) {
        List<Wire> wire = new ArrayList<>();
        for (RowChange c : changes) {
            wire.add(new Wire(c.table().name(), c.insert(), new LinkedHashMap<>(c.row())));
        }
        try {
            return MAPPER.writeValueAsString(wire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an edit that cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    static List<RowChange> decode(String json) {
        try {
            List<Wire> wire = MAPPER.readValue(json, new TypeReference<List<Wire>>() { });
            List<RowChange> changes = new ArrayList<>();
            for (Wire w : wire) {
                Map<String, Object> row = new LinkedHashMap<>(w.row());
                changes.add(new RowChange(HumanTable.valueOf(w.table()), w.insert(), row));
            }
            return changes;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("an unreadable entry in the edit history: " + e.getMessage(), e);
        }
    }
}
