import CheckoutDomain
import Foundation
import HTTPTypes

/// The OpenAPI 3.1 document of what `checkout-tui serve` answers: Antom's APIs (production and sandbox paths), the
/// simulator API and the notifications it posts. Its paths come from the route tables (`APOEndpoint`,
/// `SimulatorRoute`), so it cannot name a route the server lacks or miss one it has. Served at `/openapi.json`
/// and kept as docs/openapi.json.
public enum OpenAPIDocument {
    public static let path = "/openapi.json"

    /// The document, keys sorted and indented: the same bytes for the same build.
    public static let data: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // A tree of strings, arrays and objects: encoding it cannot fail.
        return ((try? encoder.encode(document)) ?? Data()) + Data("\n".utf8)
    }()

    static var document: JSONValue {
        .object([
            "openapi": .string("3.1.0"),
            "info": .object([
                "title": .string("checkout-tui serve"),
                "version": .string("1"),
                "description": .string(
                    "Antom's payment APIs as the simulator answers them (signed with the APO key, verified with the "
                        + "merchant's), the simulator's own API under /sim/v1 (the buyer's actions on Antom's pages, the "
                        + "notifications posted, the simulation's levers) and the notifications posted to merchants. "
                        + "docs/http.md tells the rules."),
            ]),
            "servers": .array([.object(["url": .string("http://127.0.0.1:8480")])]),
            "paths": .object(antomPaths.merging(simulatorPaths) { first, _ in first }.merging([path: documentPath]) { first, _ in first }),
            "webhooks": .object(["paymentNotification": notificationHook]),
            "components": .object([
                "schemas": .object(
                    AntomSchemas.all.merging(SimulatorSchemas.all) { first, _ in first }
                        .merging(["ResultAnswer": AntomSchemas.answer([])]) { first, _ in first }
                        .mapValues(\.json)),
                "parameters": .object(
                    Dictionary(uniqueKeysWithValues: signedHeaders.map { ($0.component, header($0.name, $0.about)) })),
                "headers": .object(
                    Dictionary(uniqueKeysWithValues: answerHeaders.map {
                        ($0.name, .object(["required": .bool(true), "schema": JSONSchema.text.json, "description": .string($0.about)]))
                    })),
            ]),
        ])
    }

    /// The headers every signed request carries (reference §1.1).
    private static let signedHeaders: [(component: String, name: String, about: String)] = [
        ("ClientId", "client-id", "The merchant's client id (or, on a notification, the merchant's it is for)."),
        ("RequestTime", "request-time", "Epoch milliseconds, or ISO 8601 with an offset."),
        ("Signature", "signature", "algorithm=RSA256,keyVersion=1,signature=<URL-encoded base64 RSA-SHA256>."),
    ]

    private static let answerHeaders: [(name: String, about: String)] = [
        ("client-id", "The client id the answer is signed for."),
        ("response-time", "When the answer was made, ISO 8601."),
        ("signature", "The APO's signature over the answer: algorithm=RSA256,keyVersion=1,signature=…"),
    ]

    private static func header(_ name: String, _ about: String) -> JSONValue {
        .object([
            "name": .string(name), "in": .string("header"), "required": .bool(true),
            "schema": JSONSchema.text.json, "description": .string(about),
        ])
    }

    private static var signedParameters: JSONValue {
        .array(signedHeaders.map { .object(["$ref": .string("#/components/parameters/\($0.component)")]) })
    }

    private static func json(_ schema: JSONSchema) -> JSONValue { content([("application/json", schema)]) }

    /// A `content` map: each media type with its schema.
    private static func content(_ types: [(mediaType: String, schema: JSONSchema)]) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: types.map { ($0.mediaType, .object(["schema": $0.schema.json])) }))
    }

    /// Any refusal before the API or route ran (signature, client id, size, media type, caller): `{"result": …}`.
    private static var refusal: JSONValue {
        .object(["description": .string("Refused, with the reason in result"), "content": json(.ref("ResultAnswer"))])
    }

    private static var antomPaths: [String: JSONValue] {
        var paths: [String: JSONValue] = [:]
        for endpoint in APOEndpoint.allCases {
            let (request, answer) = endpoint.schemaNames
            for prefix in GatewayRoute.prefixes {
                let sandbox = prefix.contains("/sandbox/")
                paths[prefix + endpoint.rawValue] = .object([
                    "post": .object([
                        "operationId": .string(endpoint.rawValue + (sandbox ? "Sandbox" : "")),
                        "summary": .string(endpoint.summary + (sandbox ? " (sandbox path)" : "")),
                        "tags": .array([.string("Antom APIs")]),
                        "parameters": signedParameters,
                        "requestBody": .object(["required": .bool(true), "content": json(.ref(request))]),
                        "responses": .object([
                            "200": .object([
                                "description": .string("The answer, signed: result S, F or U and the API's fields"),
                                "headers": .object(Dictionary(uniqueKeysWithValues: answerHeaders.map {
                                    ($0.name, .object(["$ref": .string("#/components/headers/\($0.name)")]))
                                })),
                                "content": json(.ref(answer)),
                            ]),
                            "default": refusal,
                        ]),
                    ])
                ])
            }
        }
        return paths
    }

    private static var simulatorPaths: [String: JSONValue] {
        var paths: [String: JSONValue] = [:]
        for route in SimulatorRoute.allCases {
            var operation: [String: JSONValue] = [
                "operationId": .string("sim_" + route.rawValue.replacingOccurrences(of: "/", with: "_")),
                "summary": .string(route.summary),
                "tags": .array([.string(route.isControl ? "Simulation control" : "Simulator")]),
                "responses": .object([
                    "200": .object(["description": .string(route.summary), "content": answerContent(route)]),
                    "default": refusal,
                ]),
            ]
            if let schema = route.requestSchema {
                let form = route.formSchema.map { [(mediaType: "application/x-www-form-urlencoded", schema: $0)] } ?? []
                operation["requestBody"] = .object([
                    "required": .bool(true), "content": content([("application/json", .ref(schema))] + form),
                ])
            }
            if route == .notifications {
                operation["parameters"] = .array([
                    .object([
                        "name": .string("paymentRequestId"), "in": .string("query"), "required": .bool(false),
                        "schema": JSONSchema.text.json, "description": .string("Only the attempts of this payment."),
                    ])
                ])
            }
            if route.isControl {
                operation["security"] = .array([.object([:]), .object(["controlToken": .array([])])])
            }
            paths[route.path] = .object([route.method.rawValue.lowercased(): .object(operation)])
        }
        return paths
    }

    /// JSON, and the next page as HTML for a route the pages post forms to.
    private static func answerContent(_ route: SimulatorRoute) -> JSONValue {
        let page = JSONSchema.string(description: "the page that follows")
        return content([("application/json", route.answerSchema)] + (route.formSchema == nil ? [] : [("text/html", page)]))
    }

    private static var documentPath: JSONValue {
        .object([
            "get": .object([
                "operationId": .string("openapi"),
                "summary": .string("This document"),
                "responses": .object([
                    "200": .object([
                        "description": .string("The OpenAPI 3.1 document"),
                        "content": json(.object([], description: "OpenAPI 3.1")),
                    ])
                ]),
            ])
        ])
    }

    private static var notificationHook: JSONValue {
        .object([
            "post": .object([
                "operationId": .string("paymentNotification"),
                "summary": .string(
                    "What serve posts to paymentNotifyUrl (or refundNotifyUrl), signed with the APO key; retried on "
                        + "Antom's schedule until the merchant answers the exact acknowledgement"),
                "parameters": signedParameters,
                "requestBody": .object([
                    "required": .bool(true),
                    "content": json(
                        .oneOf([.ref("NotifyPaymentRequest"), .ref("NotifyCaptureRequest"), .ref("NotifyRefundRequest")])),
                ]),
                "responses": .object([
                    "200": .object([
                        "description": .string("The acknowledgement: {\"result\":{\"resultCode\":\"SUCCESS\",…}}"),
                        "content": json(.ref("NotificationAcknowledgement")),
                    ])
                ]),
            ])
        ])
    }
}
