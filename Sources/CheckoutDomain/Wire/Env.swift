import Foundation

/// The buyer's browser, used for 3DS (`env.browserInfo`).
public struct BrowserInfo: Codable, Hashable, Sendable {
    public var acceptHeader: String?
    public var javaEnabled: Bool?
    public var javaScriptEnabled: Bool?
    public var language: String?
    public var userAgent: String?

    public init(
        acceptHeader: String? = nil,
        javaEnabled: Bool? = nil,
        javaScriptEnabled: Bool? = nil,
        language: String? = nil,
        userAgent: String? = nil
    ) {
        self.acceptHeader = acceptHeader
        self.javaEnabled = javaEnabled
        self.javaScriptEnabled = javaScriptEnabled
        self.language = language
        self.userAgent = userAgent
    }

    private enum CodingKeys: String, CodingKey {
        case acceptHeader, javaEnabled, javaScriptEnabled, language, userAgent
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        acceptHeader = try container.decodeIfPresent(String.self, forKey: .acceptHeader)
        javaEnabled = try container.decodeFlexibleIfPresent(Bool.self, forKey: .javaEnabled)
        javaScriptEnabled = try container.decodeFlexibleIfPresent(Bool.self, forKey: .javaScriptEnabled)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        userAgent = try container.decodeIfPresent(String.self, forKey: .userAgent)
    }
}

/// The buyer's device and browser (`env`).
public struct Env: Codable, Hashable, Sendable {
    /// `WEB`, `WAP`, `APP` or `MINI_APP`.
    public var terminalType: String?
    /// `IOS` or `ANDROID`.
    public var osType: String?
    public var userAgent: String?
    public var deviceTokenId: String?
    public var clientIp: String?
    public var cookieId: String?
    public var browserInfo: BrowserInfo?
    public var colorDepth: String?
    public var screenHeight: String?
    public var screenWidth: String?
    /// Minutes from UTC as `getTimezoneOffset()` gives them, -720...720.
    public var timeZoneOffset: Int?
    public var deviceBrand: String?
    public var deviceModel: String?
    public var deviceLanguage: String?
    public var deviceId: String?
    public var osVersion: String?

    public init(
        terminalType: String? = nil,
        osType: String? = nil,
        userAgent: String? = nil,
        deviceTokenId: String? = nil,
        clientIp: String? = nil,
        cookieId: String? = nil,
        browserInfo: BrowserInfo? = nil,
        colorDepth: String? = nil,
        screenHeight: String? = nil,
        screenWidth: String? = nil,
        timeZoneOffset: Int? = nil,
        deviceBrand: String? = nil,
        deviceModel: String? = nil,
        deviceLanguage: String? = nil,
        deviceId: String? = nil,
        osVersion: String? = nil
    ) {
        self.terminalType = terminalType
        self.osType = osType
        self.userAgent = userAgent
        self.deviceTokenId = deviceTokenId
        self.clientIp = clientIp
        self.cookieId = cookieId
        self.browserInfo = browserInfo
        self.colorDepth = colorDepth
        self.screenHeight = screenHeight
        self.screenWidth = screenWidth
        self.timeZoneOffset = timeZoneOffset
        self.deviceBrand = deviceBrand
        self.deviceModel = deviceModel
        self.deviceLanguage = deviceLanguage
        self.deviceId = deviceId
        self.osVersion = osVersion
    }

    private enum CodingKeys: String, CodingKey {
        case terminalType, osType, userAgent, deviceTokenId, clientIp, cookieId, browserInfo, colorDepth, screenHeight, screenWidth, timeZoneOffset, deviceBrand, deviceModel, deviceLanguage, deviceId, osVersion
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        terminalType = try container.decodeIfPresent(String.self, forKey: .terminalType)
        osType = try container.decodeIfPresent(String.self, forKey: .osType)
        userAgent = try container.decodeIfPresent(String.self, forKey: .userAgent)
        deviceTokenId = try container.decodeIfPresent(String.self, forKey: .deviceTokenId)
        clientIp = try container.decodeIfPresent(String.self, forKey: .clientIp)
        cookieId = try container.decodeIfPresent(String.self, forKey: .cookieId)
        browserInfo = try container.decodeIfPresent(BrowserInfo.self, forKey: .browserInfo)
        colorDepth = try container.decodeFlexibleIfPresent(String.self, forKey: .colorDepth)
        screenHeight = try container.decodeFlexibleIfPresent(String.self, forKey: .screenHeight)
        screenWidth = try container.decodeFlexibleIfPresent(String.self, forKey: .screenWidth)
        timeZoneOffset = try container.decodeFlexibleIfPresent(Int.self, forKey: .timeZoneOffset)
        deviceBrand = try container.decodeIfPresent(String.self, forKey: .deviceBrand)
        deviceModel = try container.decodeIfPresent(String.self, forKey: .deviceModel)
        deviceLanguage = try container.decodeIfPresent(String.self, forKey: .deviceLanguage)
        deviceId = try container.decodeIfPresent(String.self, forKey: .deviceId)
        osVersion = try container.decodeIfPresent(String.self, forKey: .osVersion)
    }
}
