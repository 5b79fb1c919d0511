"""Checks checkout-tui serve's OpenAPI document and a full run's exchanges against it.

    python openapi_check.py DOCUMENT EXCHANGES

DOCUMENT is the served /openapi.json. EXCHANGES is a JSON array of {"method", "path", "status", "request",
"requestType", "response", "responseType"} (bodies as JSON, request null for a GET; a form post's fields as an
object, an HTML answer as a string; the types default to application/json), plus {"webhook": body} for each
notification posted.
The document must be valid OpenAPI 3.1 (openapi-spec-validator); each request body must match its operation's
requestBody schema, each answer the schema of its status (or "default"), each webhook body the webhook's.
Prints one line per problem and a closing 'N passed, N failed' line; exits 1 on any failure.
"""

import json
import sys

try:
    from openapi_schema_validator import OAS31Validator
    from openapi_spec_validator import validate
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError as error:
    sys.exit(f"{sys.executable} lacks {error.name}: install what .ci/run installs "
             "(pip install openapi-spec-validator==0.9.0) or run .ci/run once")

BASE = "urn:checkout-tui:openapi"


def pointer(*parts):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def main(document_path, exchanges_path):
    document = json.load(open(document_path))
    exchanges = json.load(open(exchanges_path))
    validate(document)
    registry = Registry().with_resource(BASE, Resource.from_contents(document, default_specification=DRAFT202012))

    def problems(instance, *parts):
        validator = OAS31Validator({"$ref": BASE + "#" + pointer(*parts)}, registry=registry)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(instance)]

    passed = failed = 0
    for exchange in exchanges:
        if "webhook" in exchange:
            name = "webhook " + exchange["webhook"].get("notifyType", "?")
            found = problems(exchange["webhook"], "webhooks", "paymentNotification", "post", "requestBody", "content",
                             "application/json", "schema")
        else:
            method, path, status = exchange["method"].lower(), exchange["path"], str(exchange["status"])
            name = f"{exchange['method']} {path} → {status}"
            operation = document["paths"].get(path, {}).get(method)
            if operation is None:
                found = ["the document has no such operation"]
            else:
                found = []
                request_type = exchange.get("requestType", "application/json")
                response_type = exchange.get("responseType", "application/json")
                if exchange.get("request") is not None:
                    if request_type not in operation.get("requestBody", {}).get("content", {}):
                        found.append(f"a {request_type} request body is not documented")
                    else:
                        found += ["request " + p for p in problems(
                            exchange["request"], "paths", path, method, "requestBody", "content", request_type,
                            "schema")]
                answer = status if status in operation["responses"] else "default"
                if answer not in operation["responses"]:
                    found.append(f"status {status} is not documented")
                elif response_type not in operation["responses"][answer].get("content", {}):
                    found.append(f"a {response_type} answer to status {status} is not documented")
                else:
                    found += ["answer " + p for p in problems(
                        exchange["response"], "paths", path, method, "responses", answer, "content",
                        response_type, "schema")]
        if found:
            failed += 1
            for problem in found:
                print(f"FAIL {name}: {problem}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
