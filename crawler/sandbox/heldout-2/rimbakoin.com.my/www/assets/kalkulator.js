Vue.createApp({
  data: function () {
    return { asset: "USDT (TRC20)", amount: 100, fees: { "BTC": 0.00004, "ETH": 0.0015, "USDT (TRC20)": 1.2, "MYR": 1 } };
  },
  computed: {
    fee: function () { return this.fees[this.asset]; },
    unit: function () { return this.asset === "MYR" ? "RM" : this.asset.split(" ")[0]; },
    net: function () { var n = (Number(this.amount) || 0) - this.fee; return n > 0 ? +n.toFixed(8) : 0; }
  }
}).mount("#kalkulator");
