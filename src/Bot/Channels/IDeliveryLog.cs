namespace Assistant.Bot.Channels;

/// <summary>
/// Remembers messenger deliveries (a Bot Framework activity id, a WeCom MsgId, a Feishu event_id, a DingTalk msgId)
/// for a day, so a platform's retry of a message already answered is acknowledged without a second answer.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>Records a delivery; false when <paramref name="deliveryId"/> of <paramref name="channel"/> was seen before.</summary>
    bool TryRecord(string channel, string deliveryId);
}
