package org.thongsuot.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** One operation of the OpenAPI document: method, path template, its parameters and the bodies it takes. */
record FuzzOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

	record Parameter(String name, String in, JsonNode schema, boolean required) {
	}

	String id() {
		return method + " " + path;
	}

	/** Every operation under /api of the document. */
	static List<FuzzOperation> all(JsonNode openApi) {
		List<FuzzOperation> operations = new ArrayList<>();
		for (var path : openApi.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			for (var method : path.getValue().properties()) {
				if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
					continue;
				}
				JsonNode op = method.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode p : op.path("parameters")) {
					parameters.add(new Parameter(p.path("name").asString(), p.path("in").asString(), p.path("schema"),
							p.path("required").asBoolean(false)));
				}
				Map<String, JsonNode> bodies = new LinkedHashMap<>();
				for (var content : op.path("requestBody").path("content").properties()) {
					bodies.put(content.getKey(), content.getValue().path("schema"));
				}
				operations.add(new FuzzOperation(method.getKey().toUpperCase(), path.getKey(), parameters, bodies));
			}
		}
		return operations;
	}
}
