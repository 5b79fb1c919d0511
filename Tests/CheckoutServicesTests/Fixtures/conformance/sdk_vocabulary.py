#!/usr/bin/env python3
"""Checks every field of the simulator's answers and notifications against Antom's official Python SDK models.

Input: a JSON file, a list of {"label": ..., "class": "response/pay/alipay_pay_response.AlipayPayResponse",
"body": {...}, "allow": {"path.field": "ModelClass" or ""}}. For each body, every key at every depth must be one the
SDK's class for that place reads (its `if "key" in ...` lines, superclasses included); a nested object is checked
against the class those lines build, or, where the SDK keeps the object as a raw map, against its model of that
name or its last words (`paymentResultInfo` → PaymentResultInfo, `paymentAmount` → Amount). `allow` names a seed-shown field the SDK lacks at that place, kept on purpose
(docs/DECISIONS.md "Wire vocabulary"), with the SDK model its content is checked against ("" for a plain value).
Prints one line per unknown field and exits 1 when there is any.
"""

import importlib
import inspect
import json
import re
import sys

ROOT = "com.alipay.ams.api"
KEY = re.compile(r"""if\s+['"]([A-Za-z0-9_]+)['"]\s+in\s""")
TYPE = re.compile(r"""self\.__([a-z0-9_]+)\s*=\s*None\s*#\s*type:\s*\[?\s*([A-Za-z0-9_]+)""")
ATTRIBUTE = re.compile(r"""self\.__([a-z0-9_]+)""")
CONSTRUCTOR = re.compile(r"""\b([A-Z][A-Za-z0-9]+)\(""")


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Model:
    cache = {}

    def __init__(self, cls):
        self.name = cls.__name__
        self.keys = set()
        self.types = {}
        # Model classes named in the parsing code, as the defining modules import them.
        self.namespace = {}
        for klass in inspect.getmro(cls):
            module = inspect.getmodule(klass)
            if module is not None:
                for name, value in vars(module).items():
                    if inspect.isclass(value):
                        self.namespace.setdefault(name, value)
        for klass in inspect.getmro(cls):
            if klass is object:
                continue
            try:
                source = inspect.getsource(klass)
            except (OSError, TypeError):
                continue
            declared = dict(TYPE.findall(source))
            matches = list(KEY.finditer(source))
            for index, match in enumerate(matches):
                key = match.group(1)
                self.keys.add(key)
                # The lines that read this key: which attribute they set, and with which model class.
                block = source[match.end():matches[index + 1].start() if index + 1 < len(matches) else len(source)]
                attribute = ATTRIBUTE.search(block)
                built = CONSTRUCTOR.search(block)
                type_name = declared.get(attribute.group(1)) if attribute else None
                if type_name in (None, "str", "int", "bool", "float", "dict", "list") and built:
                    type_name = built.group(1)
                if type_name:
                    self.types.setdefault(key, type_name)

    @classmethod
    def named(cls, dotted):
        """'response/pay/alipay_pay_response.AlipayPayResponse' or a bare model class name ('Amount')."""
        if dotted in cls.cache:
            return cls.cache[dotted]
        if "." in dotted:
            module_path, class_name = dotted.rsplit(".", 1)
            module = importlib.import_module(ROOT + "." + module_path.replace("/", "."))
        else:
            class_name = dotted
            try:
                module = importlib.import_module(ROOT + ".model." + snake(dotted))
            except ImportError:
                cls.cache[dotted] = None
                return None
        klass = getattr(module, class_name, None)
        model = Model(klass) if inspect.isclass(klass) else None
        cls.cache[dotted] = model
        return model

    def child(self, key):
        type_name = self.types.get(key)
        if type_name in (None, "str", "int", "bool", "float", "dict", "list"):
            # Some notify classes keep an object as a raw map (AlipayPayResultNotify's paymentResultInfo): check
            # it against the SDK's model of that name, or of its last words (paymentAmount → Amount).
            words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", key[0].upper() + key[1:])
            for start in range(len(words)):
                model = Model.named("".join(words[start:]))
                if model is not None:
                    return model
            return None
        klass = self.namespace.get(type_name)
        if klass is not None:
            return Model.of(klass)
        return Model.named(type_name)

    @classmethod
    def of(cls, klass):
        key = klass.__module__ + "." + klass.__name__
        if key not in cls.cache:
            cls.cache[key] = Model(klass)
        return cls.cache[key]


def walk(model, value, path, allowed, problems):
    if isinstance(value, list):
        for index, item in enumerate(value):
            walk(model, item, "%s[%d]" % (path, index), allowed, problems)
        return
    if not isinstance(value, dict):
        return
    if model is None:
        # The SDK reads this field as a plain value or a free map: its keys are the sender's to choose.
        print("note %s: an object the SDK keeps without a model; its keys are not checked" % path)
        return
    for key, item in value.items():
        where = path + "." + key if path else key
        if key not in model.keys:
            if where not in allowed:
                problems.append("%s: %s has no field '%s' (at %s)" % (path or "body", model.name, key, where))
            elif allowed[where]:
                walk(Model.named(allowed[where]), item, where, allowed, problems)
            continue
        walk(model.child(key), item, where, allowed, problems)


def main():
    with open(sys.argv[1], "r", encoding="utf-8") as handle:
        items = json.load(handle)
    problems = []
    for item in items:
        model = Model.named(item["class"])
        if model is None:
            problems.append("%s: the SDK has no class %s" % (item["label"], item["class"]))
            continue
        found = []
        walk(model, item["body"], "", item.get("allow", {}), found)
        problems.extend("%s: %s" % (item["label"], problem) for problem in found)
        print("checked %-40s against %s" % (item["label"], model.name))
    for problem in problems:
        print("UNKNOWN FIELD " + problem)
    print("vocabulary: %d bodies, %d unknown fields" % (len(items), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
